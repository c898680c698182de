package org.retrotread.session.summary;

import java.util.Optional;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.SpeedUnit;

/**
 * The one "top of the chart" rule, for the console's chart, the plan's profile, the printed sheet and
 * the progress report: a little above the highest value, rounded up to a whole number, so the line never
 * touches the top; on a dead mill the effort scale's 10.
 */
public final class ChartScale {

    /** The top of an effort (RPE 0-10) chart. */
    public static final double EFFORT_TOP = 10;

    /** Room above the highest value: 15 %. */
    private static final double HEADROOM = 1.15;

    /** The lowest top of a speed chart: an empty or very slow session still gets a readable scale. */
    private static final double LOWEST_SPEED_TOP = 1;

    private ChartScale() {
    }

    /** A little above {@code highest}, rounded up; never below {@code atLeast}. */
    public static double top(double highest, double atLeast) {
        return Math.max(atLeast, Math.ceil(highest * HEADROOM));
    }

    /** The top for a session's trace: the fastest target or speed, in {@code unit}. */
    public static double top(SpeedTrace trace, TreadmillMode mode, SpeedUnit unit) {
        if (mode == TreadmillMode.UNPOWERED) {
            return EFFORT_TOP;
        }
        double highest = LOWEST_SPEED_TOP;
        for (SpeedTrace.Planned p : trace.planned()) {
            highest = Math.max(highest, speed(p.target(), unit));
        }
        for (SpeedTrace.Done d : trace.done()) {
            highest = Math.max(highest, d.actual().map(v -> v.in(unit)).orElse(0.0));
        }
        return top(highest, 0);
    }

    /** The top for a plan's profile: its fastest target, in {@code unit}. */
    public static double top(Plan plan, SpeedUnit unit) {
        if (plan.mode() == TreadmillMode.UNPOWERED) {
            return EFFORT_TOP;
        }
        double highest = LOWEST_SPEED_TOP;
        for (Segment s : plan.segments()) {
            highest = Math.max(highest, speed(s.target(), unit));
        }
        return top(highest, 0);
    }

    /**
     * The scale a grade line is drawn on, beside the speed's: from the deepest decline walked (or level) to the
     * steepest grade (at least 5 %, so a gentle slope is not drawn as a cliff).
     */
    public record GradeScale(double lowPercent, double highPercent) {

        public static GradeScale of(Grade lowest, Grade highest) {
            return new GradeScale(Math.min(0, lowest.percent()), Math.max(5, highest.percent()));
        }

        /** Where {@code grade} lies between the bottom (0) and the top (1) of the scale. */
        public double share(Grade grade) {
            return (grade.percent() - lowPercent) / (highPercent - lowPercent);
        }

        public Grade low() {
            return Grade.ofPercent(lowPercent);
        }

        public Grade high() {
            return Grade.ofPercent(highPercent);
        }
    }

    private static double speed(Optional<Target> target, SpeedUnit unit) {
        return target.filter(Target.AtSpeed.class::isInstance).map(t -> ((Target.AtSpeed) t).speed().in(unit)).orElse(0.0);
    }
}
