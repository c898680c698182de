package org.retrotread.store;

import java.time.Instant;
import java.util.Optional;
import org.retrotread.session.plan.Progression;

/**
 * A plan of the library (not a shipped starter) as it stands: its newest version, whose it is, and
 * its weekly progression if a clinician turned one on.
 *
 * @param clientId    the client the plan belongs to; empty for a plan anyone may run
 * @param progression the rule, only ever on a client's plan
 * @param baselineAt  when the version progression counts its weeks from was saved
 */
public record SavedPlan(long planId, PlanVersion latest, Optional<Long> clientId, Optional<Progression.Rule> progression,
                        Optional<Instant> baselineAt) {

    public String name() {
        return latest.plan().name();
    }
}
