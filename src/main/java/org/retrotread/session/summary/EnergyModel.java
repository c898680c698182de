package org.retrotread.session.summary;

import org.retrotread.session.plan.Movement;
import org.retrotread.session.units.Speed;

/**
 * Oxygen cost of treadmill walking and running from the ACSM metabolic equations (level grade),
 * times a backward factor for backward movement.
 *
 * <p>ACSM has no backward correction, so the factor comes from Wright &amp; Weyand 2001 (backward
 * costs +35 +/- 6 % over forward at the same speed). Backward movement switches from the walking to
 * the running equation at the backward walk-to-run transition, 1.63 m/s (Hreljac 2005). Standing on
 * the side rails counts as rest (3.5 ml/kg/min). All of this is why the number is an estimate.
 */
final class EnergyModel {

    static final double BACKWARD_FACTOR = 1.35;
    static final String SOURCE_KEY = "energy.source.acsmBackward";

    private static final double REST_ML_PER_KG_MIN = 3.5;
    private static final double BACKWARD_RUN_FROM_M_PER_S = 1.63;
    private static final double WALK_VALID_FROM_M_PER_MIN = 50;
    private static final double WALK_VALID_TO_M_PER_MIN = 100;
    private static final double RUN_VALID_FROM_M_PER_MIN = 134;

    private EnergyModel() {
    }

    /** Gross oxygen uptake in ml/kg/min while moving this way at this speed. */
    static double oxygenUptakeMlPerKgMin(Movement movement, Speed speed) {
        if (movement == Movement.STANDING) {
            return REST_ML_PER_KG_MIN;
        }
        double metresPerMinute = speed.metresPerMinute();
        double forward = running(movement, speed)
                ? REST_ML_PER_KG_MIN + 0.2 * metresPerMinute
                : REST_ML_PER_KG_MIN + 0.1 * metresPerMinute;
        return movement == Movement.BACKWARD ? forward * BACKWARD_FACTOR : forward;
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
