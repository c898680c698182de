package org.retrotread.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.retrotread.session.SessionContext;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.TreadmillMode;

/**
 * A session's row: who, which plan version, the limits in force, and how it ended.
 *
 * @param planRun     the plan exactly as it ran when a progression raised it; empty when it ran as stored
 * @param progression the level it ran at, the raise proposed and the clinician's decision, when its plan progresses
 */
public record SessionRecord(long id, String uuid, Optional<Long> clientId, long planVersionId, TreadmillMode mode, String operator,
                            SessionContext context, Instant openedAt, Duration lastSeen, Optional<Instant> lastSeenAt,
                            Optional<Instant> endedAt, Optional<SessionEnded.Ending> ending, Optional<String> endReason,
                            boolean sealed, Optional<Plan> planRun,
                            Optional<Progression.Record> progression) {
}
