package org.retrotread.session.plan;

import org.retrotread.session.units.Speed;

/**
 * The plan's own safety limits for speeds the operator enters.
 *
 * @param maxSpeed the fastest belt speed this plan allows
 * @param maxStep  the largest single change of speed accepted without asking "are you sure?"
 */
public record PlanLimits(Speed maxSpeed, Speed maxStep) {

    public static final PlanLimits DEFAULT = new PlanLimits(Speed.ofKmh(8), Speed.ofKmh(1));

    public PlanLimits {
        new Checks()
                .require(maxSpeed != null && !maxSpeed.isZero() && !maxSpeed.exceeds(Bounds.FASTEST_TARGET),
                        "maxSpeed", "plan.error.maxSpeedOutOfRange", Bounds.FASTEST_TARGET)
                .require(maxStep != null && !maxStep.exceeds(Bounds.LARGEST_RAMP_STEP)
                                && !Bounds.SMALLEST_RAMP_STEP.exceeds(maxStep),
                        "maxStep", "plan.error.rampStepOutOfRange", Bounds.SMALLEST_RAMP_STEP, Bounds.LARGEST_RAMP_STEP)
                .throwIfAny();
    }
}
