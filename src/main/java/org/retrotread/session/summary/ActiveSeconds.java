package org.retrotread.session.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.SessionState;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/**
 * A session one second of active time at a time (pauses and stops left out), for the exchange formats that want a
 * record each second: where the session was on its own clock, which block, the belt's speed, the distance so far
 * (exact, as the summary's), the grade, the rails, and a heart rate at the second one was taken (never carried on).
 * A session whose active time is not a whole number of seconds ends with a record at its exact end, so the records
 * reach the session's active time and distance.
 */
public final class ActiveSeconds {

    private static final long SECOND = 1_000_000_000L;

    /**
     * One moment of active time, a second after the one before (the last may be sooner).
     *
     * @param active    active time at this moment
     * @param at        the session clock at this moment, for its wall-clock time ({@code SessionState#wallClockAt})
     * @param metres    backward and forward distance covered so far
     * @param heartRate a heart rate taken since the moment before, if one was
     */
    public record Second(Duration active, Duration at, int blockIndex, Optional<Speed> speed, double metres, Grade grade,
                         boolean onRails, Movement movement, Optional<HeartRate> heartRate) {
    }

    private ActiveSeconds() {
    }

    public static List<Second> of(Plan plan, List<? extends SessionEvent> events) {
        Walker walker = new Walker();
        SessionWalk.walk(plan, events, Duration.ZERO, walker);
        walker.end();
        return List.copyOf(walker.seconds);
    }

    /** The seconds cut where the block changes: a lap per block walked (a block skipped before it began has none). */
    public static List<List<Second>> byBlock(List<Second> seconds) {
        List<List<Second>> laps = new ArrayList<>();
        for (Second s : seconds) {
            if (laps.isEmpty() || laps.get(laps.size() - 1).get(0).blockIndex() != s.blockIndex()) {
                laps.add(new ArrayList<>());
            }
            laps.get(laps.size() - 1).add(s);
        }
        return laps;
    }

    /** Keeps the running totals as the walk goes. */
    private static final class Walker implements SessionWalk.Visitor {
        private final List<Second> seconds = new ArrayList<>();
        private long activeNanos;
        private long clockNanos;
        private double metres;
        private Optional<HeartRate> pending = Optional.empty();
        private Second lastRunning;

        @Override
        public void stretch(SessionState state, Duration span) {
            long start = clockNanos;
            clockNanos += span.toNanos();
            if (!state.isRunning()) {
                return;
            }
            Segment segment = state.currentSegment().orElseThrow();
            double metresPerNano = segment.movement() == Movement.STANDING ? 0
                    : state.actualSpeed().map(s -> s.metresPerSecond() / SECOND).orElse(0.0);
            long from = activeNanos;
            long to = from + span.toNanos();
            for (long s = from / SECOND + 1; s * SECOND <= to; s++) {
                seconds.add(second(state, segment, s * SECOND, start + (s * SECOND - from), metres + metresPerNano * (s * SECOND - from)));
            }
            metres += metresPerNano * span.toNanos();
            activeNanos = to;
            lastRunning = new Second(Duration.ofNanos(to), Duration.ofNanos(clockNanos), segment.blockIndex(), state.actualSpeed(),
                    metres, state.actualGrade(), state.handsOnRails(), segment.movement(), Optional.empty());
        }

        private Second second(SessionState state, Segment segment, long active, long clock, double metresSoFar) {
            Second s = new Second(Duration.ofNanos(active), Duration.ofNanos(clock), segment.blockIndex(), state.actualSpeed(),
                    metresSoFar, state.actualGrade(), state.handsOnRails(), segment.movement(), pending);
            pending = Optional.empty();
            return s;
        }

        @Override
        public void event(SessionState before, SessionEvent event) {
            if (event instanceof HeartRateRecorded h && before.isRunning()) {
                pending = Optional.of(h.heartRate());
            }
        }

        /** The exact end, when the active time does not end on a whole second. */
        void end() {
            if (lastRunning != null && activeNanos % SECOND != 0) {
                seconds.add(new Second(lastRunning.active(), lastRunning.at(), lastRunning.blockIndex(), lastRunning.speed(),
                        lastRunning.metres(), lastRunning.grade(), lastRunning.onRails(), lastRunning.movement(), pending));
            }
        }
    }
}
