package org.retrotread.session.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.units.Speed;

/**
 * A gradual change from one target to another in equal steps, each held for {@code stepDuration}.
 * Powered: speeds, each step prompted to the operator. Unpowered: an effort progression (RPE steps).
 * The last step lands exactly on {@code to} even when the step size does not divide the range.
 */
public record RampBlock(Target from, Target to, Target step, Duration stepDuration) implements Block {

    public RampBlock {
        Checks checks = new Checks().target("from", from).target("to", to).target("step", step)
                .duration("stepDuration", stepDuration);
        if (!checks.hasProblemAt("from") && !checks.hasProblemAt("to") && !checks.hasProblemAt("step")) {
            checkShape(checks, from, to, step);
        }
        checks.throwIfAny();
    }

    private static void checkShape(Checks checks, Target from, Target to, Target step) {
        boolean sameKind = from.getClass() == to.getClass() && to.getClass() == step.getClass();
        if (!sameKind) {
            checks.fail("step", "plan.error.rampMixedKinds");
            return;
        }
        if (step instanceof Target.AtSpeed s) {
            checks.require(!s.speed().exceeds(Bounds.LARGEST_RAMP_STEP)
                            && !Bounds.SMALLEST_RAMP_STEP.exceeds(s.speed()), "step",
                    "plan.error.rampStepOutOfRange", Bounds.SMALLEST_RAMP_STEP, Bounds.LARGEST_RAMP_STEP);
        } else {
            checks.require(((Target.AtEffort) step).effort().rpe() >= 1, "step", "plan.error.rampEffortStep");
        }
        if (checks.hasProblemAt("step")) {
            return; // a step out of range would also give "too many steps": report the cause only
        }
        checks.require(!values(from, to, step).isEmpty() && !sameValue(from, to), "to", "plan.error.rampFlat");
        checks.require(values(from, to, step).size() <= Bounds.MOST_RAMP_STEPS, "step",
                "plan.error.rampTooManySteps", Bounds.MOST_RAMP_STEPS);
    }

    private static boolean sameValue(Target a, Target b) {
        if (a instanceof Target.AtSpeed x && b instanceof Target.AtSpeed y) {
            return x.speed().sameAs(y.speed());
        }
        return a.equals(b);
    }

    /** The targets of each step, from {@code from} to {@code to} inclusive. */
    public List<Target> stepTargets() {
        return values(from, to, step);
    }

    private static List<Target> values(Target from, Target to, Target step) {
        if (from instanceof Target.AtSpeed f) {
            double start = f.speed().metresPerSecond();
            double end = ((Target.AtSpeed) to).speed().metresPerSecond();
            double size = ((Target.AtSpeed) step).speed().metresPerSecond();
            return interpolate(start, end, size).stream().<Target>map(v -> new Target.AtSpeed(new Speed(v))).toList();
        }
        int start = ((Target.AtEffort) from).effort().rpe();
        int end = ((Target.AtEffort) to).effort().rpe();
        int size = ((Target.AtEffort) step).effort().rpe();
        return interpolate(start, end, size).stream().<Target>map(v -> Target.rpe((int) Math.round(v))).toList();
    }

    private static List<Double> interpolate(double start, double end, double size) {
        List<Double> result = new ArrayList<>();
        if (size <= 0) {
            return result;
        }
        double direction = Math.signum(end - start);
        // Counting steps (not adding repeatedly) keeps binary rounding from creeping in.
        long whole = (long) Math.floor(Math.abs(end - start) / size + 1e-9);
        for (long i = 0; i <= whole && i <= Bounds.MOST_RAMP_STEPS; i++) {
            result.add(start + direction * i * size);
        }
        if (Math.abs(result.get(result.size() - 1) - end) > 1e-9) {
            result.add(end);
        }
        return result;
    }

    @Override
    public BlockKind kind() {
        return BlockKind.RAMP;
    }

    @Override
    public Duration plannedDuration() {
        return stepDuration.multipliedBy(stepTargets().size());
    }

    @Override
    public List<Target> targets() {
        return List.of(from, to);
    }

    @Override
    public List<Segment> segments(int blockIndex) {
        List<Target> steps = stepTargets();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            segments.add(new Segment(blockIndex, PhaseKind.RAMP, Movement.BACKWARD, Optional.of(steps.get(i)),
                    stepDuration, false, i + 1, steps.size()));
        }
        return segments;
    }
}
