package org.retrotread.session.summary;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Speed;

/**
 * What a session amounted to, computed from its events alone (see {@link SummaryCalculator}).
 *
 * @param sessionRpe  the last effort rating (RPE 0-10) after the start: how hard the session was
 * @param sessionLoad RPE (0-10) x active minutes, from the last effort rating after the start
 * @param earlyReleases every time the rails were let go before a handrail block's minimum, with the reason
 * @param grade       the grades walked: average, steepest, height climbed backward, time in decline
 * @param heartRate   the heart rates taken, the ceiling, the time above it and what was done about it
 */
public record SessionSummary(
        Duration activeTime,
        Duration pausedTime,
        Duration stoppedTime,
        int emergencyStops,
        List<BlockTime> blocks,
        Map<PhaseKind, Duration> timeByPhase,
        Duration timeOnRails,
        Duration timeHandsFree,
        Distance backwardDistance,
        Distance forwardDistance,
        Optional<Speed> averageBackwardSpeed,
        Optional<Speed> maxBackwardSpeed,
        Optional<Speed> maxHandsFreeBackwardSpeed,
        List<CheckInEntry> checkIns,
        OptionalInt painBefore,
        OptionalInt painAfter,
        OptionalInt sessionRpe,
        OptionalDouble sessionLoad,
        EnergyEstimate energy,
        List<String> notes,
        List<EarlyRelease> earlyReleases,
        Optional<SessionEnded.Ending> ending,
        Optional<String> endReason,
        GradeSummary grade,
        HeartRateSummary heartRate) {

    /** True when the session's average backward speed is a run (from the backward walk-to-run transition, 1.63 m/s). */
    public boolean backwardRun() {
        return averageBackwardSpeed.map(s -> s.metresPerSecond() >= EnergyModel.BACKWARD_RUN_FROM_M_PER_S).orElse(false);
    }

    /** The rails let go before a handrail block's minimum time, at session time {@code at}, and why. */
    public record EarlyRelease(Duration at, String reason) {
    }
}
