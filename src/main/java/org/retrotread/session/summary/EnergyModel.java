package org.retrotread.session.summary;

import java.util.OptionalDouble;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * Oxygen cost of treadmill walking and running from the ACSM metabolic equations, level and uphill
 * (walking 3.5 + 0.1 S + 1.8 S G, running 3.5 + 0.2 S + 0.9 S G; S in m/min, G the grade as a fraction),
 * times a backward factor for backward movement.
 *
 * <p>ACSM has no backward correction. The factor, 1.40, is the Compendium of Physical Activities' own
 * ratio of backward to forward walking at 3.5 mph (code 17320, 6.0 METs, over code 17200, 4.3 METs), which
 * lies inside Wright &amp; Weyand's measured +35 +/- 6 % (2001). Backward movement switches from the walking
 * to the running equation at the backward walk-to-run transition, 1.63 m/s (Hreljac 2005). Standing on the
 * side rails counts as rest (3.5 ml/kg/min). The equations are not defined downhill, so a declined deck has
 * no estimate of its own (decision 4): the caller leaves that time out and says so.
 */
final class EnergyModel {

    static final double BACKWARD_FACTOR = 1.40;
    static final String SOURCE_KEY = "energy.source.acsmBackward";

    private static final double REST_ML_PER_KG_MIN = 3.5;
    /** The backward walk-to-run transition (Hreljac 2005): from here the running equation, and a session is a run. */
    static final double BACKWARD_RUN_FROM_M_PER_S = 1.63;
    private static final double WALK_VALID_FROM_M_PER_MIN = 50;
    private static final double WALK_VALID_TO_M_PER_MIN = 100;
    private static final double RUN_VALID_FROM_M_PER_MIN = 134;

    private EnergyModel() {
    }

    /** Gross oxygen uptake in ml/kg/min on a level deck. */
    static double oxygenUptakeMlPerKgMin(Movement movement, Speed speed) {
        return oxygenUptakeMlPerKgMin(movement, speed, Grade.LEVEL).orElseThrow();
    }

    /**
     * Gross oxygen uptake in ml/kg/min while moving this way at this speed and grade; empty on a decline, where
     * the equations are not defined (standing is rest, whatever the deck).
     */
    static OptionalDouble oxygenUptakeMlPerKgMin(Movement movement, Speed speed, Grade grade) {
        if (movement == Movement.STANDING) {
            return OptionalDouble.of(REST_ML_PER_KG_MIN);
        }
        if (grade.isDecline()) {
            return OptionalDouble.empty();
        }
        double s = speed.metresPerMinute();
        double g = grade.fraction();
        double forward = running(movement, speed)
                ? REST_ML_PER_KG_MIN + 0.2 * s + 0.9 * s * g
                : REST_ML_PER_KG_MIN + 0.1 * s + 1.8 * s * g;
        return OptionalDouble.of(movement == Movement.BACKWARD ? forward * BACKWARD_FACTOR : forward);
    }

    /** METs: gross uptake over 3.5 ml/kg/min, for checking the model against published values. */
    static double mets(Movement movement, Speed speed, Grade grade) {
        return oxygenUptakeMlPerKgMin(movement, speed, grade).orElseThrow() / REST_ML_PER_KG_MIN;
    }

    /** True when the speed lies outside the range the chosen equation was validated for. */
    static boolean outsideValidatedRange(Movement movement, Speed speed) {
        if (movement == Movement.STANDING) {
            return false;
        }
        double metresPerMinute = speed.metresPerMinute();
        if (running(movement, speed)) {
            return metresPerMinute < RUN_VALID_FROM_M_PER_MIN;
        }
        return metresPerMinute < WALK_VALID_FROM_M_PER_MIN || metresPerMinute > WALK_VALID_TO_M_PER_MIN;
    }

    /** kcal per minute = VO2 (ml/kg/min) x body mass (kg) / 200, the ACSM conversion. */
    static double kilocaloriesPerMinute(double oxygenUptakeMlPerKgMin, double bodyMassKg) {
        return oxygenUptakeMlPerKgMin * bodyMassKg / 200;
    }

    private static boolean running(Movement movement, Speed speed) {
        return movement == Movement.BACKWARD && speed.metresPerSecond() >= BACKWARD_RUN_FROM_M_PER_S;
    }
}
