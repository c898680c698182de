package org.retrotread.session;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.retrotread.session.event.BlockSkipped;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.GradePrompted;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HandsOnRails;
import org.retrotread.session.event.HandsReleased;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.Resumed;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.event.SpeedPrompted;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * Runs one session: takes the operator's commands, checks them against the {@link MoveTable} and
 * the session's limits, and records what happened as events.
 *
 * <p>Not thread-safe: one thread (the screen's) drives it. Listeners hear every event as it is
 * recorded, in order, on that thread; the store's listener only queues them for its writer thread.
 */
public final class SessionEngine {

    public static final int LONGEST_NOTE = 10_000;

    /**
     * The shortest reason accepted for ending, skipping or releasing early. One character is what a
     * stray keystroke leaves behind ("9" from a mistyped "1e9"), never a reason a person gave.
     */
    public static final int SHORTEST_REASON = 3;

    private final SessionClock clock;
    private final Clock wallClock;
    private final SpeedLimits limits;
    private final GradeLimits grades;
    private final HeartRateGuide heartRate;
    private final List<SessionEvent> events = new ArrayList<>();
    private final List<Consumer<SessionEvent>> listeners = new CopyOnWriteArrayList<>();
    private SessionState state;

    public SessionEngine(Plan plan, SessionContext context, SessionClock clock, Clock wallClock) {
        this(plan, context, clock, wallClock, List.of());
    }

    /** An engine that carries on a session from its recorded events (after a restart, say). */
    public SessionEngine(Plan plan, SessionContext context, SessionClock clock, Clock wallClock,
                         List<? extends SessionEvent> history) {
        this.clock = clock;
        this.wallClock = wallClock;
        this.limits = SpeedLimits.of(plan, context);
        this.grades = GradeLimits.of(context);
        this.heartRate = context.heartRate();
        this.state = SessionState.replay(plan, history);
        this.events.addAll(history);
    }

    public void addListener(Consumer<SessionEvent> listener) {
        listeners.add(listener);
    }

    public SessionState state() {
        return state;
    }

    public Duration now() {
        return clock.now();
    }

    public List<SessionEvent> events() {
        return List.copyOf(events);
    }

    public SpeedLimits limits() {
        return limits;
    }

    public GradeLimits grades() {
        return grades;
    }

    public HeartRateGuide heartRateGuide() {
        return heartRate;
    }

    /** Lets time move the session on: ends timed segments and prompts for the next. Call it often. */
    public List<SessionEvent> advance() {
        Duration now = clock.now();
        Recorder recorder = new Recorder();
        SessionStatus before = state.status();
        catchUp(now, recorder);
        checkMove(before, CommandKind.CLOCK);
        return recorder.recorded;
    }

    /** Carries out a command, or refuses it and changes nothing (time still catches up first). */
    public CommandResult handle(Command command) {
        Duration now = clock.now();
        Recorder recorder = new Recorder();
        catchUp(now, recorder);
        SessionStatus before = state.status();
        if (!MoveTable.allows(before, command.kind())) {
            return new CommandResult.Refused(Message.of("refusal.notNow", command.kind(), before));
        }
        Optional<CommandResult> objection = Objections.to(command, state, limits, grades, now, opensOnRails());
        if (objection.isPresent()) {
            return objection.get();
        }
        carryOut(command, now, recorder);
        checkMove(before, command.kind());
        return new CommandResult.Accepted(recorder.recorded);
    }

    private void checkMove(SessionStatus before, CommandKind kind) {
        if (!MoveTable.allows(before, kind, state.status())) {
            throw new IllegalStateException(kind + " moved a session from " + before + " to " + state.status());
        }
    }

    private void carryOut(Command command, Duration now, Recorder r) {
        if (command instanceof Command.Start c) {
            r.record(new SessionStarted(r.seq(), now, wallClock.instant(),
                    opensOnRails() ? Optional.empty() : c.walkerHoldingRails()));
            enterSegment(0, now, r);
        } else if (command instanceof Command.EnterSpeed c) {
            SpeedSet.Source source = state.plan().mode() == TreadmillMode.UNPOWERED
                    ? SpeedSet.Source.OBSERVED : SpeedSet.Source.ENTERED;
            r.record(new SpeedSet(r.seq(), now, c.speed(), source));
        } else if (command instanceof Command.ConfirmPromptedSpeed) {
            r.record(new SpeedSet(r.seq(), now, state.pendingPrompt().orElseThrow(), SpeedSet.Source.PROMPT_CONFIRMED));
        } else if (command instanceof Command.HandsOff c) {
            boolean endsHandrailPhase = state.currentSegment().map(Segment::waitsForHandsOff).orElse(false);
            boolean early = endsHandrailPhase && !state.handsOffDue(now);
            r.record(new HandsReleased(r.seq(), now, early ? c.earlyReason().strip() : ""));
            if (endsHandrailPhase) {
                enterSegmentOrFinish(state.segmentIndex() + 1, now, r, SessionEnded.Ending.COMPLETED, "");
            }
        } else if (command instanceof Command.HandsBackOnRails) {
            r.record(new HandsOnRails(r.seq(), now));
        } else if (command instanceof Command.NextBlock c) {
            int block = state.currentSegment().orElseThrow().blockIndex();
            r.record(new BlockSkipped(r.seq(), now, block, c.reason().strip()));
            enterSegmentOrFinish(firstSegmentAfterBlock(block), now, r, SessionEnded.Ending.ENDED_EARLY, c.reason().strip());
        } else if (command instanceof Command.Pause) {
            r.record(new Paused(r.seq(), now));
        } else if (command instanceof Command.Resume) {
            r.record(new Resumed(r.seq(), now));
            promptForCurrentSegment(now, r); // the belt stopped, so its speed must be set again
        } else if (command instanceof Command.EmergencyStop) {
            r.record(new EmergencyStopped(r.seq(), now));
        } else if (command instanceof Command.End c) {
            r.record(new SessionEnded(r.seq(), now, SessionEnded.Ending.ENDED_EARLY, c.reason().strip()));
        } else if (command instanceof Command.CloseInterrupted c) {
            r.record(new SessionEnded(r.seq(), now, SessionEnded.Ending.INTERRUPTED, c.reason().strip()));
        } else if (command instanceof Command.CheckIn c) {
            r.record(new CheckInRecorded(r.seq(), now, c.rpe(), c.pain()));
        } else if (command instanceof Command.AddNote c) {
            r.record(new NoteAdded(r.seq(), now, c.text()));
        } else {
            carryOutGradeOrHeartRate(command, now, r);
        }
    }

    private void carryOutGradeOrHeartRate(Command command, Duration now, Recorder r) {
        if (command instanceof Command.EnterGrade c) {
            r.record(new GradeSet(r.seq(), now, c.grade(), GradeSet.Source.ENTERED));
        } else if (command instanceof Command.ConfirmPromptedGrade) {
            r.record(new GradeSet(r.seq(), now, state.pendingGradePrompt().orElseThrow(), GradeSet.Source.PROMPT_CONFIRMED));
        } else if (command instanceof Command.EnterHeartRate c) {
            r.record(new HeartRateRecorded(r.seq(), now, c.heartRate(), c.source(), heartRate.ceilingInForce()));
        } else if (command instanceof Command.AnswerHeartRate c) {
            r.record(new HeartRateAnswered(r.seq(), now, c.response(), c.note().strip()));
            if (c.response() == HeartRateAnswered.Response.STOPPED && state.isRunning()) {
                r.record(new Paused(r.seq(), now)); // "stop" is carried out, not only written down
            }
        }
    }

    /**
     * Moves through every timed segment that ended by {@code now}. Each boundary is recorded at the
     * exact moment the segment's time ran out, not when this happened to be called, so the
     * session's timing does not depend on how often the screen ticks.
     */
    private void catchUp(Duration now, Recorder r) {
        while (state.isRunning()) {
            Segment segment = state.currentSegment().orElseThrow();
            Duration over = state.timeInSegment(now).minus(segment.duration());
            if (segment.waitsForHandsOff() || over.isNegative()) {
                return;
            }
            Duration boundary = now.minus(over);
            enterSegmentOrFinish(state.segmentIndex() + 1, boundary, r, SessionEnded.Ending.COMPLETED, "");
        }
    }

    private void enterSegmentOrFinish(int index, Duration at, Recorder r, SessionEnded.Ending ending, String reason) {
        if (index < state.segments().size()) {
            enterSegment(index, at, r);
        } else {
            r.record(new SessionEnded(r.seq(), at, ending, reason));
        }
    }

    private void enterSegment(int index, Duration at, Recorder r) {
        r.record(new SegmentEntered(r.seq(), at, index));
        promptForCurrentSegment(at, r);
    }

    /**
     * Asks for the segment's grade unless the deck is already there (either kind of treadmill: the deck is
     * the operator's to set), and on a powered treadmill its speed unless the belt already runs at it.
     */
    private void promptForCurrentSegment(Duration at, Recorder r) {
        Segment segment = state.currentSegment().orElseThrow();
        if (segment.movement() == Movement.STANDING) {
            return;
        }
        Grade grade = grades.shown(segment.grade());
        if (!grade.equals(state.actualGrade()) && !grade.equals(state.pendingGradePrompt().orElse(null))) {
            r.record(new GradePrompted(r.seq(), at, grade, !grade.equals(segment.grade())));
        }
        if (state.plan().mode() != TreadmillMode.POWERED) {
            return;
        }
        Optional<Speed> planned = segment.target().filter(Target.AtSpeed.class::isInstance)
                .map(t -> ((Target.AtSpeed) t).speed());
        if (planned.isEmpty()) {
            return;
        }
        Speed prompt = limits.shown(planned.get());
        boolean alreadySet = state.actualSpeed().map(prompt::sameAs).orElse(false);
        if (!alreadySet) {
            r.record(new SpeedPrompted(r.seq(), at, prompt, planned.get().exceeds(prompt)));
        }
    }

    /** A plan that opens with a handrail block needs no question at the start: the walker is on the rails. */
    public boolean opensOnRails() {
        return state.segments().get(0).phase() == PhaseKind.HANDRAIL;
    }

    private int firstSegmentAfterBlock(int block) {
        List<Segment> segments = state.segments();
        int i = state.segmentIndex();
        while (i < segments.size() && segments.get(i).blockIndex() == block) {
            i++;
        }
        return i;
    }

    /** Applies each event to the state as it is made, so later steps of one command see it. */
    private final class Recorder {
        private final List<SessionEvent> recorded = new ArrayList<>();

        long seq() {
            return state.lastSeq() + 1;
        }

        void record(SessionEvent event) {
            state = state.apply(event);
            events.add(event);
            recorded.add(event);
            listeners.forEach(l -> l.accept(event));
        }
    }
}
