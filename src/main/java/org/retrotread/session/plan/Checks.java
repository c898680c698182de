package org.retrotread.session.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeParser;

/** Collects every problem in a block's values, so a person sees them all at once, each at its field. */
final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    Checks duration(String field, Duration value) {
        if (value == null) {
            return fail(field, "plan.error.required");
        }
        if (value.compareTo(Bounds.SHORTEST_BLOCK) < 0) {
            return fail(field, "plan.error.durationTooShort", Bounds.SHORTEST_BLOCK);
        }
        if (value.compareTo(Bounds.LONGEST_BLOCK) > 0) {
            return fail(field, "plan.error.durationTooLong", Bounds.LONGEST_BLOCK);
        }
        return this;
    }

    Checks target(String field, Target value) {
        if (value == null) {
            return fail(field, "plan.error.required");
        }
        if (value instanceof Target.AtSpeed s) {
            if (s.speed().isZero()) {
                return fail(field, "plan.error.speedZero");
            }
            if (s.speed().exceeds(Bounds.FASTEST_TARGET)) {
                return fail(field, "plan.error.speedTooHigh", Bounds.FASTEST_TARGET);
            }
        }
        return this;
    }

    /** A grade a plan may name: within the typing bounds; the treadmill's own range is checked where it is known. */
    Checks grade(String field, Grade value) {
        if (value == null) {
            return fail(field, "plan.error.required");
        }
        if (value.exceeds(GradeParser.STEEPEST) || GradeParser.DEEPEST.exceeds(value)) {
            return fail(field, "plan.error.gradeOutOfRange", GradeParser.DEEPEST, GradeParser.STEEPEST);
        }
        return this;
    }

    Checks count(String field, int value, int min, int max) {
        if (value < min || value > max) {
            return fail(field, "plan.error.countOutOfRange", min, max);
        }
        return this;
    }

    Checks require(boolean ok, String field, String key, Object... args) {
        return ok ? this : fail(field, key, args);
    }

    boolean hasProblemAt(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    Checks fail(String field, String key, Object... args) {
        problems.add(new FieldProblem(FieldProblem.PLAN_LEVEL, field, Message.of(key, args)));
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
    }
}
