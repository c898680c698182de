package org.retrotread.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.GradePrompted;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HandsOnRails;
import org.retrotread.session.event.HandsReleased;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.Resumed;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.event.SpeedPrompted;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * Everything true about a session at its last event, and nothing else: the fold of its events.
 *
 * <p>Immutable: {@link #apply} returns a new state. The live engine and crash recovery build their
 * state through this one method, which is why a replayed session is the session that ran.
 * Times that move with the clock (elapsed, time left) are answered for a given {@code now}.
 */
public final class SessionState {

    private final Plan plan;
    private final List<Segment> segments;
    private SessionStatus status = SessionStatus.READY;
    private int segmentIndex = -1;
    private Duration segmentStartActive = Duration.ZERO;
    /** Active time counted up to {@link #runningSince} (or in full when not running). */
    private Duration activeBefore = Duration.ZERO;
    private Duration runningSince;
    private boolean handsOnRails;
    /** Hands-free active time counted up to {@link #handsFreeSince} (or in full when not running hands-free). */
    private Duration handsFreeBefore = Duration.ZERO;
    private Duration handsFreeSince;
    /** A block ended since the last check-in: the console asks how it felt. */
    private boolean checkInDue;
    private Speed actualSpeed;
    private Speed pendingPrompt;
    /** The deck is taken to be level when a session starts: the console prompts for any other grade. */
    private Grade actualGrade = Grade.LEVEL;
    private Grade pendingGradePrompt;
    private HeartRateRecorded lastHeartRate;
    private OptionalInt lastEffort = OptionalInt.empty();
    /** A heart rate above the ceiling has no answer yet: the console asks what was done until it has one. */
    private boolean heartRateAnswerDue;
    private long lastSeq;
    private Duration lastAt = Duration.ZERO;
    private Instant wallClockStart;
    private Duration startedAt;
    private SessionEnded.Ending ending;
    private String endReason;
    private SessionState(Plan plan, List<Segment> segments) {
        this.plan = plan;
        this.segments = segments;
    }

    public static SessionState initial(Plan plan) {
        return new SessionState(plan, plan.segments());
    }
    /** Rebuilds a session's state from its recorded events. */
    public static SessionState replay(Plan plan, List<? extends SessionEvent> events) {
        SessionState state = initial(plan);
        for (SessionEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** This state with one more event; refuses events out of order, which would mean a damaged record. */
    public SessionState apply(SessionEvent event) {
        if (event.seq() != lastSeq + 1) {
            throw new IllegalArgumentException("event " + event.seq() + " after " + lastSeq + ": events must have no gaps");
        }
        if (event.at().compareTo(lastAt) < 0) {
            throw new IllegalArgumentException("event " + event.seq() + " is earlier than the one before it");
        }
        SessionState next = copy();
        next.lastSeq = event.seq();
        next.lastAt = event.at();
        next.change(event);
        return next;
    }

    private void change(SessionEvent event) {
        handsFreeBefore = handsFreeTime(event.at()); // close the stretch up to this event, then reopen it below
        changeStatus(event);
        handsFreeSince = isRunning() && !handsOnRails ? event.at() : null;
    }

    private void changeStatus(SessionEvent event) {
        if (event instanceof SessionStarted e) {
            status = SessionStatus.RUNNING;
            runningSince = e.at();
            wallClockStart = e.wallClock();
            startedAt = e.at();
            handsOnRails = e.walkerHoldingRails().orElse(false);
        } else if (event instanceof SegmentEntered e) {
            checkInDue |= segmentIndex >= 0 && segments.get(e.segmentIndex()).blockIndex() != segments.get(segmentIndex).blockIndex();
            segmentIndex = e.segmentIndex();
            segmentStartActive = activeTime(e.at());
            pendingPrompt = null;
            pendingGradePrompt = null;
            if (segments.get(segmentIndex).phase() == PhaseKind.HANDRAIL) {
                handsOnRails = true; // a handrail phase is, by definition, hands on the rails
            }
        } else if (event instanceof SpeedPrompted e) {
            pendingPrompt = e.speed();
        } else if (event instanceof SpeedSet e) {
            actualSpeed = e.speed();
            pendingPrompt = null;
        } else if (event instanceof HandsReleased) {
            handsOnRails = false;
        } else if (event instanceof HandsOnRails) {
            handsOnRails = true;
        } else if (event instanceof Paused e) {
            stopRunning(e.at(), SessionStatus.PAUSED);
        } else if (event instanceof EmergencyStopped e) {
            stopRunning(e.at(), SessionStatus.EMERGENCY_STOPPED);
        } else if (event instanceof Resumed e) {
            status = SessionStatus.RUNNING;
            runningSince = e.at();
        } else if (event instanceof SessionEnded e) {
            stopRunning(e.at(), SessionStatus.FINISHED);
            ending = e.ending();
            endReason = e.reason();
        } else if (event instanceof CheckInRecorded e) {
            checkInDue = false;
            lastEffort = e.rpe().isPresent() ? e.rpe() : lastEffort;
        } else {
            changeGradeOrHeartRate(event);
        }
        // BlockSkipped and NoteAdded are records only: they change no state.
    }

    private void changeGradeOrHeartRate(SessionEvent event) {
        if (event instanceof GradePrompted e) {
            pendingGradePrompt = e.grade();
        } else if (event instanceof GradeSet e) {
            actualGrade = e.grade();
            pendingGradePrompt = null;
        } else if (event instanceof HeartRateRecorded e) {
            lastHeartRate = e;
            heartRateAnswerDue |= e.aboveCeiling();
        } else if (event instanceof HeartRateAnswered) {
            heartRateAnswerDue = false;
        }
    }

    /** The belt stops with the session and its speed is no longer true; the deck keeps its grade (and its prompt). */
    private void stopRunning(Duration at, SessionStatus newStatus) {
        activeBefore = activeTime(at);
        runningSince = null;
        status = newStatus;
        actualSpeed = null;
        pendingPrompt = null;
    }

    private SessionState copy() {
        SessionState c = new SessionState(plan, segments);
        c.status = status;
        c.segmentIndex = segmentIndex;
        c.segmentStartActive = segmentStartActive;
        c.activeBefore = activeBefore;
        c.runningSince = runningSince;
        c.handsOnRails = handsOnRails;
        c.handsFreeBefore = handsFreeBefore;
        c.handsFreeSince = handsFreeSince;
        c.checkInDue = checkInDue;
        c.actualSpeed = actualSpeed;
        c.pendingPrompt = pendingPrompt;
        c.actualGrade = actualGrade;
        c.pendingGradePrompt = pendingGradePrompt;
        c.lastHeartRate = lastHeartRate;
        c.lastEffort = lastEffort;
        c.heartRateAnswerDue = heartRateAnswerDue;
        c.lastSeq = lastSeq;
        c.lastAt = lastAt;
        c.wallClockStart = wallClockStart;
        c.startedAt = startedAt;
        c.ending = ending;
        c.endReason = endReason;
        return c;
    }

    /** Time spent running, pauses and stops excluded, worked out from timestamps alone. */
    public Duration activeTime(Duration now) {
        if (runningSince == null) {
            return activeBefore;
        }
        Duration sinceResume = now.minus(runningSince);
        return activeBefore.plus(sinceResume.isNegative() ? Duration.ZERO : sinceResume);
    }

    /**
     * Active time with the hands off the rails, from timestamps alone: the same figure as the summary's
     * {@code timeHandsFree}, kept up as the events come so the console need not replay the session.
     */
    public Duration handsFreeTime(Duration now) {
        if (handsFreeSince == null) {
            return handsFreeBefore;
        }
        Duration since = now.minus(handsFreeSince);
        return handsFreeBefore.plus(since.isNegative() ? Duration.ZERO : since);
    }

    /** Active time on the rails: the rest of the active time. */
    public Duration onRailsTime(Duration now) {
        return activeTime(now).minus(handsFreeTime(now));
    }

    /**
     * True once a block has ended and no check-in has been recorded since: the console's reminder to
     * ask how the block felt. Part of the fold, so a resumed session still asks.
     */
    public boolean checkInDue() {
        return checkInDue;
    }

    public Duration timeInSegment(Duration now) {
        return segmentIndex < 0 ? Duration.ZERO : activeTime(now).minus(segmentStartActive);
    }

    /** Time left in the current segment; zero (never negative) once a handrail phase waits for hands off. */
    public Duration timeLeftInSegment(Duration now) {
        Duration left = currentSegment().map(s -> s.duration().minus(timeInSegment(now))).orElse(Duration.ZERO);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Time left in the current block: this segment's rest plus the block's later segments. */
    public Duration timeLeftInBlock(Duration now) {
        if (segmentIndex < 0) {
            return Duration.ZERO;
        }
        Duration left = timeLeftInSegment(now);
        int block = segments.get(segmentIndex).blockIndex();
        for (int i = segmentIndex + 1; i < segments.size() && segments.get(i).blockIndex() == block; i++) {
            left = left.plus(segments.get(i).duration());
        }
        return left;
    }

    /** True once a handrail phase has had its minimum time and waits for the operator's "hands off". */
    public boolean handsOffDue(Duration now) {
        return currentSegment().filter(Segment::waitsForHandsOff)
                .map(s -> timeInSegment(now).compareTo(s.duration()) >= 0).orElse(false);
    }

    public Optional<Segment> currentSegment() {
        return segmentIndex < 0 || status == SessionStatus.FINISHED ? Optional.empty() : Optional.of(segments.get(segmentIndex));
    }

    public Optional<Segment> nextSegment() {
        int next = segmentIndex + 1;
        return next < segments.size() && status != SessionStatus.FINISHED ? Optional.of(segments.get(next)) : Optional.empty();
    }

    public Plan plan() { return plan; }
    public List<Segment> segments() { return segments; }
    public SessionStatus status() { return status; }
    public int segmentIndex() { return segmentIndex; }
    public boolean handsOnRails() { return handsOnRails; }
    public Optional<Speed> actualSpeed() { return Optional.ofNullable(actualSpeed); }
    public Optional<Speed> pendingPrompt() { return Optional.ofNullable(pendingPrompt); }
    public Grade actualGrade() { return actualGrade; }
    public Optional<Grade> pendingGradePrompt() { return Optional.ofNullable(pendingGradePrompt); }
    public Optional<HeartRateRecorded> lastHeartRate() { return Optional.ofNullable(lastHeartRate); }
    public boolean heartRateAnswerDue() { return heartRateAnswerDue; }
    /** The effort (RPE) of the last check-in that gave one. */
    public OptionalInt lastEffort() { return lastEffort; }
    /** True while a handrail phase of a plan that walks it level runs: no grade may be set. */
    public boolean railsMustBeLevel() { return plan.railsLevel() && currentSegment().map(s -> s.phase() == PhaseKind.HANDRAIL).orElse(false); }
    public long lastSeq() { return lastSeq; }
    public Duration lastEventAt() { return lastAt; }
    public Optional<Instant> wallClockStart() { return Optional.ofNullable(wallClockStart); }
    /** The wall-clock moment of a session-clock time, counted from the start (the console opened before it). */
    public Optional<Instant> wallClockAt(Duration at) { return wallClockStart().map(w -> w.plus(at.minus(startedAt))); }
    public Optional<SessionEnded.Ending> ending() { return Optional.ofNullable(ending); }
    public Optional<String> endReason() { return Optional.ofNullable(endReason); }
    public boolean isRunning() { return status == SessionStatus.RUNNING; }
}
