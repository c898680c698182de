package org.retrotread.session.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * A gradual change in equal steps, each held for {@code stepDuration}: of the speed (powered; each step
 * prompted to the operator) or effort (unpowered: RPE steps), of the grade, or of both at once.
 * The last step lands exactly on {@code to} even when the step size does not divide the range.
 *
 * <p>When speed and grade both change, each climbs by its own step and holds at its end once there:
 * the ramp has as many steps as the longer of the two. A ramp of grade alone keeps {@code from}
 * equal to {@code to}.
 */
public record RampBlock(Target from, Target to, Target step, Duration stepDuration,
                        Grade gradeFrom, Grade gradeTo, Grade gradeStep) implements Block {

    public RampBlock {
        Checks checks = new Checks().target("from", from).target("to", to).target("step", step)
                .duration("stepDuration", stepDuration)
                .grade("gradeFrom", gradeFrom).grade("gradeTo", gradeTo).grade("gradeStep", gradeStep);
        boolean targetsOk = !checks.hasProblemAt("from") && !checks.hasProblemAt("to") && !checks.hasProblemAt("step");
        boolean gradesOk = !checks.hasProblemAt("gradeFrom") && !checks.hasProblemAt("gradeTo") && !checks.hasProblemAt("gradeStep");
        if (targetsOk && gradesOk) {
            checkShape(checks, from, to, step, gradeFrom, gradeTo, gradeStep);
        }
        checks.throwIfAny();
    }

    /** A ramp of speed or effort on a level deck. */
    public RampBlock(Target from, Target to, Target step, Duration stepDuration) {
        this(from, to, step, stepDuration, Grade.LEVEL, Grade.LEVEL, Bounds.USUAL_GRADE_STEP);
    }

    private static void checkShape(Checks checks, Target from, Target to, Target step,
                                   Grade gradeFrom, Grade gradeTo, Grade gradeStep) {
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
        checks.require(!gradeStep.exceeds(Bounds.LARGEST_GRADE_STEP) && !Bounds.SMALLEST_GRADE_STEP.exceeds(gradeStep),
                "gradeStep", "plan.error.gradeStepOutOfRange", Bounds.SMALLEST_GRADE_STEP, Bounds.LARGEST_GRADE_STEP);
        if (checks.hasProblemAt("step") || checks.hasProblemAt("gradeStep")) {
            return; // a step out of range would also give "too many steps": report the cause only
        }
        checks.require(!sameValue(from, to) || !gradeFrom.equals(gradeTo), "to", "plan.error.rampFlat");
        checks.require(values(from, to, step).size() <= Bounds.MOST_RAMP_STEPS, "step",
                "plan.error.rampTooManySteps", Bounds.MOST_RAMP_STEPS);
        checks.require(grades(gradeFrom, gradeTo, gradeStep).size() <= Bounds.MOST_RAMP_STEPS, "gradeStep",
                "plan.error.rampTooManySteps", Bounds.MOST_RAMP_STEPS);
    }

    private static boolean sameValue(Target a, Target b) {
        if (a instanceof Target.AtSpeed x && b instanceof Target.AtSpeed y) {
            return x.speed().sameAs(y.speed());
        }
        return a.equals(b);
    }

    /** True when the speed (or effort) changes; false for a ramp of grade alone. */
    public boolean rampsTarget() {
        return !sameValue(from, to);
    }

    /** True when the grade changes. */
    public boolean rampsGrade() {
        return !gradeFrom.equals(gradeTo);
    }

    /** The targets of each step, from {@code from} to {@code to} inclusive, held at {@code to} while the grade goes on. */
    public List<Target> stepTargets() {
        return padded(values(from, to, step), stepCount());
    }

    /** The grade of each step, from {@code gradeFrom} to {@code gradeTo} inclusive, held while the speed goes on. */
    public List<Grade> stepGrades() {
        return padded(grades(gradeFrom, gradeTo, gradeStep), stepCount());
    }

    private int stepCount() {
        return Math.max(values(from, to, step).size(), grades(gradeFrom, gradeTo, gradeStep).size());
    }

    private static <T> List<T> padded(List<T> values, int count) {
        List<T> all = new ArrayList<>(values);
        while (all.size() < count) {
            all.add(values.get(values.size() - 1));
        }
        return all;
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

    private static List<Grade> grades(Grade from, Grade to, Grade step) {
        return interpolate(from.tenthsOfPercent(), to.tenthsOfPercent(), step.tenthsOfPercent()).stream()
                .map(v -> new Grade((int) Math.round(v))).toList();
    }

    private static List<Double> interpolate(double start, double end, double size) {
        List<Double> result = new ArrayList<>();
        if (size <= 0) {
            return List.of(start);
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
        return stepDuration.multipliedBy(stepCount());
    }

    @Override
    public List<Target> targets() {
        return List.of(from, to);
    }

    @Override
    public List<Grade> grades() {
        return List.of(gradeFrom, gradeTo);
    }

    @Override
    public List<Segment> segments(int blockIndex) {
        List<Target> steps = stepTargets();
        List<Grade> grades = stepGrades();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            segments.add(new Segment(blockIndex, PhaseKind.RAMP, Movement.BACKWARD, Optional.of(steps.get(i)),
                    stepDuration, false, i + 1, steps.size(), grades.get(i)));
        }
        return segments;
    }
}
