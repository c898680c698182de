package org.retrotread.session.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionState;
import org.retrotread.session.event.BlockSkipped;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.HandsReleased;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Energy;
import org.retrotread.session.units.Speed;

/**
 * Computes a {@link SessionSummary} from a session's events.
 *
 * <p>It replays the events through {@link SessionState} (the same fold the engine uses) and
 * attributes each stretch of time between two events to what was true during it: the segment,
 * the rails, the belt speed. Speed is constant between events, so distance is an exact sum of
 * speed x time, not a sampled approximation.
 */
public final class SummaryCalculator {

    private final Plan plan;
    private final SessionContext context;
    private final Map<PhaseKind, Duration> timeByPhase = new EnumMap<>(PhaseKind.class);
    private final Duration[] blockTime;
    private final Duration[] blockOnRails;
    private final Speed[] blockSlowest;
    private final Speed[] blockFastest;
    private final List<Optional<String>> skipped = new ArrayList<>();
    private final List<CheckInEntry> checkIns = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<SessionSummary.EarlyRelease> earlyReleases = new ArrayList<>();
    private Duration paused = Duration.ZERO;
    private Duration stopped = Duration.ZERO;
    private int emergencyStops;
    private Duration onRails = Duration.ZERO;
    private Duration handsFree = Duration.ZERO;
    private Duration backwardTimeWithSpeed = Duration.ZERO;
    private double backwardMetres;
    private double forwardMetres;
    private Speed maxBackward;
    private Speed maxHandsFree;
    private double kilocalories;
    private boolean energyOutsideRange;
    private Duration declineLeftOut = Duration.ZERO;
    private final GradeAndHeartTally gradeAndHeart = new GradeAndHeartTally();

    private SummaryCalculator(Plan plan, SessionContext context) {
        this.plan = plan;
        this.context = context;
        int blocks = plan.blocks().size();
        this.blockTime = new Duration[blocks];
        this.blockOnRails = new Duration[blocks];
        this.blockSlowest = new Speed[blocks];
        this.blockFastest = new Speed[blocks];
        Arrays.fill(blockTime, Duration.ZERO);
        Arrays.fill(blockOnRails, Duration.ZERO);
        plan.blocks().forEach(b -> skipped.add(Optional.empty()));
    }

    /**
     * @param until for a session still running, the moment to summarise up to; ignored once it has ended
     */
    public static SessionSummary summarise(Plan plan, SessionContext context, List<? extends SessionEvent> events,
                                           Duration until) {
        return new SummaryCalculator(plan, context).run(events, until);
    }

    private SessionSummary run(List<? extends SessionEvent> events, Duration until) {
        SessionState end = SessionWalk.walk(plan, events, until, new SessionWalk.Visitor() {
            @Override
            public void stretch(SessionState state, Duration span) {
                account(state, span);
            }

            @Override
            public void event(SessionState before, SessionEvent event) {
                record(before, event);
            }
        });
        return build(end, end.activeTime(SessionWalk.end(events, until)));
    }

    /** Attributes a stretch of time to whatever the state said was going on during it. */
    private void account(SessionState state, Duration span) {
        switch (state.status()) {
            case PAUSED -> paused = paused.plus(span);
            case EMERGENCY_STOPPED -> stopped = stopped.plus(span);
            case RUNNING -> accountActive(state, span);
            default -> { }
        }
    }

    private void accountActive(SessionState state, Duration span) {
        Segment segment = state.currentSegment().orElseThrow();
        int block = segment.blockIndex();
        blockTime[block] = blockTime[block].plus(span);
        timeByPhase.merge(segment.phase(), span, Duration::plus);
        state.actualSpeed().filter(speed -> !speed.isZero()).ifPresent(speed -> {
            blockSlowest[block] = blockSlowest[block] == null ? speed : Speed.min(blockSlowest[block], speed);
            blockFastest[block] = blockFastest[block] == null ? speed : max(blockFastest[block], speed);
        });
        if (state.handsOnRails()) {
            onRails = onRails.plus(span);
            blockOnRails[block] = blockOnRails[block].plus(span);
        } else {
            handsFree = handsFree.plus(span);
        }
        state.actualSpeed().ifPresent(speed -> accountMovement(state, segment.movement(), speed, span));
        gradeAndHeart.active(state, segment.movement(), span);
    }

    private void accountMovement(SessionState state, Movement movement, Speed speed, Duration span) {
        double seconds = span.toNanos() / 1e9;
        double metres = speed.metresPerSecond() * seconds;
        if (movement == Movement.BACKWARD) {
            backwardMetres += metres;
            backwardTimeWithSpeed = backwardTimeWithSpeed.plus(span);
            maxBackward = maxBackward == null ? speed : max(maxBackward, speed);
            if (!state.handsOnRails()) {
                maxHandsFree = maxHandsFree == null ? speed : max(maxHandsFree, speed);
            }
        } else if (movement == Movement.FORWARD) {
            forwardMetres += metres;
        }
        context.bodyMass().ifPresent(mass -> {
            OptionalDouble uptake = EnergyModel.oxygenUptakeMlPerKgMin(movement, speed, state.actualGrade());
            if (uptake.isEmpty()) {
                declineLeftOut = declineLeftOut.plus(span); // downhill: outside the equations, never a guessed number
                return;
            }
            kilocalories += EnergyModel.kilocaloriesPerMinute(uptake.getAsDouble(), mass.kilograms()) * seconds / 60;
            energyOutsideRange |= EnergyModel.outsideValidatedRange(movement, speed);
        });
    }

    private void record(SessionState before, SessionEvent event) {
        gradeAndHeart.event(before, event);
        if (event instanceof CheckInRecorded c) {
            CheckInEntry.When when = switch (before.status()) {
                case READY -> CheckInEntry.When.BEFORE_START;
                case FINISHED -> CheckInEntry.When.AFTER_END;
                default -> CheckInEntry.When.DURING;
            };
            // Session time, as the console's "Elapsed" showed it: not the wait before the start, not pauses.
            checkIns.add(new CheckInEntry(before.activeTime(c.at()), when, c.rpe(), c.pain()));
        } else if (event instanceof HandsReleased h && h.early()) {
            earlyReleases.add(new SessionSummary.EarlyRelease(before.activeTime(h.at()), h.earlyReason()));
        } else if (event instanceof NoteAdded n) {
            notes.add(n.text());
        } else if (event instanceof BlockSkipped s) {
            skipped.set(s.blockIndex(), Optional.of(s.reason()));
        } else if (event instanceof EmergencyStopped) {
            emergencyStops++;
        }
    }

    private SessionSummary build(SessionState end, Duration active) {
        List<BlockTime> blocks = new ArrayList<>();
        for (int i = 0; i < blockTime.length; i++) {
            Block block = plan.blocks().get(i);
            blocks.add(new BlockTime(i, block.kind(), block.plannedDuration(), blockTime[i], skipped.get(i), blockOnRails[i],
                    blockTime[i].minus(blockOnRails[i]), Optional.ofNullable(blockSlowest[i]), Optional.ofNullable(blockFastest[i])));
        }
        Optional<Speed> average = backwardTimeWithSpeed.isZero() ? Optional.empty()
                : Optional.of(new Speed(backwardMetres / (backwardTimeWithSpeed.toNanos() / 1e9)));
        OptionalInt rpeAfterStart = lastScore(false, true);
        OptionalDouble load = rpeAfterStart.isPresent()
                ? OptionalDouble.of(rpeAfterStart.getAsInt() * active.toNanos() / 60e9) : OptionalDouble.empty();
        return new SessionSummary(active, paused, stopped, emergencyStops, List.copyOf(blocks), Map.copyOf(timeByPhase),
                onRails, handsFree, new Distance(backwardMetres), new Distance(forwardMetres), average,
                Optional.ofNullable(maxBackward), Optional.ofNullable(maxHandsFree), List.copyOf(checkIns),
                lastScore(true, false), lastScore(false, false), rpeAfterStart, load, energy(), List.copyOf(notes), List.copyOf(earlyReleases),
                end.ending(), end.endReason(), gradeAndHeart.grade(), gradeAndHeart.heartRate());
    }

    /** The latest pain (or, with {@code rpe}, effort) score before the start, or after it. */
    private OptionalInt lastScore(boolean beforeStart, boolean rpe) {
        OptionalInt found = OptionalInt.empty();
        for (CheckInEntry c : checkIns) {
            boolean before = c.when() == CheckInEntry.When.BEFORE_START;
            OptionalInt score = rpe ? c.rpe() : c.pain();
            if (before == beforeStart && score.isPresent()) {
                found = score;
            }
        }
        return found;
    }

    private EnergyEstimate energy() {
        if (plan.mode() == TreadmillMode.UNPOWERED) {
            return new EnergyEstimate.NotEstimable("energy.notEstimable.unpowered");
        }
        if (context.bodyMass().isEmpty()) {
            return new EnergyEstimate.NotEstimable("energy.notEstimable.noBodyMass");
        }
        return new EnergyEstimate.Estimated(new Energy(kilocalories), EnergyModel.BACKWARD_FACTOR,
                EnergyModel.SOURCE_KEY, energyOutsideRange, declineLeftOut);
    }

    private static Speed max(Speed a, Speed b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
