package org.retrotread.store;

import java.time.Instant;
import java.util.Optional;
import org.retrotread.session.SessionContext;
import org.retrotread.session.plan.Plan;

/**
 * What is known when a session opens, written before its first event.
 *
 * @param id        allocated in memory ({@link Sessions#nextId()}) so the screen never waits for the database
 * @param starterId     the shipped starter the plan came from, if it did
 * @param planVersionId the saved plan version being run, if it is one (else the plan is saved as a new plan)
 */
public record SessionOpening(long id, Optional<Long> clientId, Optional<String> starterId, Optional<Long> planVersionId,
                             Plan plan, String operator, SessionContext context, Instant openedAt) {
}
