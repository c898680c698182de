package org.retrotread.ui.start;

import java.util.Optional;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.store.SavedPlan;

/** A plan the start screen offers: a saved plan of the library (maybe the client's own) or a shipped starter. */
public record PlanChoice(Plan plan, Optional<StarterPlans.Starter> starter, Optional<SavedPlan> saved) {

    public static PlanChoice of(StarterPlans.Starter starter) {
        return new PlanChoice(starter.plan(), Optional.of(starter), Optional.empty());
    }

    public static PlanChoice of(SavedPlan saved) {
        return new PlanChoice(saved.latest().plan(), Optional.empty(), Optional.of(saved));
    }

    /** Offered to this client: starters and everyone's plans always, a client's own plan only to them. */
    boolean offeredTo(Optional<Long> clientId) {
        return saved.flatMap(SavedPlan::clientId).map(owner -> clientId.map(owner::equals).orElse(false)).orElse(true);
    }

    /** The client's own plans first, then the library, then the starters. */
    int rank() {
        return saved.isEmpty() ? 2 : saved.get().clientId().isPresent() ? 0 : 1;
    }
}
