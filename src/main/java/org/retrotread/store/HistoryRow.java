package org.retrotread.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;

/** One line of a client's history: what a clinician scans for progress. */
public record HistoryRow(long sessionId, Instant openedAt, String planName, int planVersion, TreadmillMode mode,
                         Optional<Duration> activeTime, Optional<Duration> handsFree, Optional<Speed> maxBackwardSpeed,
                         Optional<Speed> maxHandsFreeSpeed,
                         Optional<Integer> painBefore, Optional<Integer> painAfter, Optional<SessionEnded.Ending> ending,
                         int amendments) {
}
