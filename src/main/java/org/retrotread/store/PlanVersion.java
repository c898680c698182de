package org.retrotread.store;

import org.retrotread.session.plan.Plan;

/** One saved version of a plan; sessions point at these, so a later edit never rewrites history. */
public record PlanVersion(long id, long planId, int version, Plan plan) {
}
