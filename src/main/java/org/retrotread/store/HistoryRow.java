package org.retrotread.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;

/**
 * One line of a client's history: what a clinician scans for progress.
 *
 * @param rpe             how hard the session was (the last effort rating after the start)
 * @param sessionsPerWeek how often the plan it ran means it to be done, for adherence
 * @param ran             whether it counts as run: completed, or the clinic's share of its planned time
 *                        (a 5-second start is on the record, but it is not a session done)
 * @param corrected       the figures a correction changed: each place showing one marks it corrected
 */
public record HistoryRow(long sessionId, Instant openedAt, String planName, int planVersion, TreadmillMode mode,
                         Optional<Duration> activeTime, Optional<Duration> handsFree, Optional<Speed> maxBackwardSpeed,
                         Optional<Speed> maxHandsFreeSpeed,
                         Optional<Integer> painBefore, Optional<Integer> painAfter, Optional<SessionEnded.Ending> ending,
                         int amendments, Optional<Integer> rpe, int sessionsPerWeek, boolean ran,
                         Set<Figure> corrected) {

    public HistoryRow {
        corrected = Set.copyOf(corrected);
    }

    public boolean isCorrected(Figure figure) {
        return corrected.contains(figure);
    }
}
