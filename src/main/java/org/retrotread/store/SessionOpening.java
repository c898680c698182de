package org.retrotread.store;

import java.time.Instant;
import java.util.Optional;
import org.retrotread.session.SessionContext;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;

/**
 * What is known when a session opens, written before its first event.
 *
 * @param id        allocated in memory ({@link Sessions#nextId()}) so the screen never waits for the database
 * @param uuid      the session's identity everywhere (this file's id is its key here only)
 * @param starterId     the shipped starter the plan came from, if it did
 * @param planVersionId the saved plan version being run, if it is one (else the plan is saved as a new plan)
 * @param plan          the plan as it runs: with a progression, the raised plan, not the stored version
 * @param progression   what the client's weekly progression did to the plan, if it is on
 * @param clientUuid    the client's UUID, when known (for exports: this file's client id means nothing elsewhere)
 */
public record SessionOpening(long id, String uuid, Optional<Long> clientId, Optional<String> starterId, Optional<Long> planVersionId,
                             Plan plan, String operator, SessionContext context, Instant openedAt,
                             Optional<Progression> progression, Optional<String> clientUuid) {

    /** A session opening now, with a new UUID ({@link RecordIds#fresh}). */
    public SessionOpening(long id, Optional<Long> clientId, Optional<String> starterId, Optional<Long> planVersionId,
                          Plan plan, String operator, SessionContext context, Instant openedAt, Optional<Progression> progression) {
        this(id, RecordIds.fresh(), clientId, starterId, planVersionId, plan, operator, context, openedAt, progression, Optional.empty());
    }

    /** The same opening, naming its client by UUID too (so that an export of it can find the client again). */
    public SessionOpening withClientUuid(Optional<String> client) {
        return new SessionOpening(id, uuid, clientId, starterId, planVersionId, plan, operator, context, openedAt, progression, client);
    }

    public SessionOpening(long id, Optional<Long> clientId, Optional<String> starterId, Optional<Long> planVersionId,
                          Plan plan, String operator, SessionContext context, Instant openedAt) {
        this(id, clientId, starterId, planVersionId, plan, operator, context, openedAt, Optional.empty());
    }
}
