package org.retrotread.ui.plans;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.DurationParser;
import org.retrotread.session.units.Effort;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeParser;
import org.retrotread.session.units.SpeedParser;

/**
 * A plan's values as the editor shows them and reads them back: durations as clocks ({@code 2:30}),
 * speeds as numbers in the display unit, efforts as RPE 0-10. A value that cannot be read adds a
 * problem at its field and gives nothing, so every mistake in a block is reported at once.
 */
final class FieldText {

    private final Messages text;

    FieldText(Messages text) {
        this.text = text;
    }

    /** A percentage as typed: "10" rather than "10.0". */
    static String wholeOrDecimal(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    String duration(Duration d) {
        return Messages.clock(d);
    }

    String target(Target t) {
        return t instanceof Target.AtSpeed s ? text.number(s.speed().in(text.unit()))
                : Integer.toString(((Target.AtEffort) t).effort().rpe());
    }

    Optional<Duration> readDuration(String field, String typed, List<FieldProblem> problems) {
        Optional<Duration> d = DurationParser.parse(typed);
        if (d.isEmpty()) {
            problems.add(problem(field, typed.isBlank() ? "plan.error.required" : "plan.error.durationUnreadable"));
        }
        return d;
    }

    /** A speed in a powered plan, an effort in a dead-mill plan. */
    Optional<Target> readTarget(String field, String typed, TreadmillMode mode, List<FieldProblem> problems) {
        if (mode == TreadmillMode.POWERED) {
            SpeedParser.Result r = SpeedParser.parse(typed, text.unit());
            if (r instanceof SpeedParser.Refused refused) {
                problems.add(new FieldProblem(FieldProblem.PLAN_LEVEL, field, refused.reason()));
                return Optional.empty();
            }
            return Optional.of(new Target.AtSpeed(((SpeedParser.Parsed) r).speed()));
        }
        Optional<Integer> rpe = readWhole(field, typed, problems);
        if (rpe.isPresent() && (rpe.get() < Effort.MIN || rpe.get() > Effort.MAX)) {
            problems.add(problem(field, "plan.error.countOutOfRange", Effort.MIN, Effort.MAX));
            return Optional.empty();
        }
        return rpe.map(Target::rpe);
    }

    /** A grade as the editor shows it: {@code 5}, {@code 2.5}, {@code -3}, in the language's decimal mark. */
    String grade(Grade g) {
        return text.gradeNumber(g);
    }

    /** A grade in percent, blank for level (the plans written before grades read as they always did). */
    Optional<Grade> readGrade(String field, String typed, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(Grade.LEVEL);
        }
        GradeParser.Result r = GradeParser.parse(typed);
        if (r instanceof GradeParser.Refused refused) {
            problems.add(new FieldProblem(FieldProblem.PLAN_LEVEL, field, refused.reason()));
            return Optional.empty();
        }
        return Optional.of(((GradeParser.Parsed) r).grade());
    }

    Optional<Integer> readWhole(String field, String typed, List<FieldProblem> problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(t));
        }
        problems.add(problem(field, t.isEmpty() ? "plan.error.required" : "plan.error.wholeNumber"));
        return Optional.empty();
    }

    static FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(FieldProblem.PLAN_LEVEL, field, Message.of(key, args));
    }
}
