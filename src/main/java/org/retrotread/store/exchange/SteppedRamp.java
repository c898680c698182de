package org.retrotread.store.exchange;

import java.time.Duration;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * Another tool's smooth ramp ("5 to 8 km/h over 2 minutes") as Retrotread's ramp of held steps. QZ and Zwift
 * change a belt they drive every second; here a person types each step, so a step is held at least
 * {@link #SHORTEST_STEP} and the step size is the finest of 0.1, 0.2, 0.5, 1, 2 or 5 km/h that allows it.
 * Whole seconds per step: a remainder is taken off the ramp and said in the note.
 */
final class SteppedRamp {

    /** Time to read a prompt, type a speed and press Enter, with the belt settled before the next one. */
    static final Duration SHORTEST_STEP = Duration.ofSeconds(30);
    private static final double[] STEP_KMH = {0.1, 0.2, 0.5, 1, 2, 5};

    /** The block, and a note saying how the ramp was stepped (none for a flat one). */
    record Stepped(Block block, Message note) {
    }

    private SteppedRamp() {
    }

    /** @throws InvalidPlanException when even two steps cannot be made (a ramp too short to step by hand) */
    static Stepped of(Speed from, Speed to, Duration total, Grade grade) {
        if (from.sameAs(to)) {
            return new Stepped(new SteadyBlock(total, new Target.AtSpeed(from), grade), null);
        }
        RampBlock chosen = null;
        InvalidPlanException refused = null;
        for (double kmh : STEP_KMH) {
            try {
                int steps = ramp(from, to, kmh, Duration.ofMinutes(1), grade).stepTargets().size();
                chosen = ramp(from, to, kmh, total.dividedBy(steps).withNanos(0), grade);
                if (chosen.stepDuration().compareTo(SHORTEST_STEP) >= 0) {
                    break;
                }
            } catch (InvalidPlanException tooFineOrTooShort) {
                refused = tooFineOrTooShort; // too many steps, or steps under five seconds: try the next size
            }
        }
        if (chosen == null) {
            throw refused;
        }
        Duration stepped = chosen.plannedDuration();
        Message note = Message.of("planFile.xml.rampStepped", from, to, total, chosen.stepTargets().size(),
                chosen.stepDuration(), Speed.ofKmh(kmhOf(chosen)));
        return new Stepped(chosen, stepped.equals(total) ? note
                : Message.of("planFile.xml.rampShortened", note, total.minus(stepped)));
    }

    private static double kmhOf(RampBlock ramp) {
        return ((Target.AtSpeed) ramp.step()).speed().kmh();
    }

    private static RampBlock ramp(Speed from, Speed to, double stepKmh, Duration stepDuration, Grade grade) {
        return new RampBlock(new Target.AtSpeed(from), new Target.AtSpeed(to), Target.kmh(stepKmh), stepDuration,
                grade, grade, Bounds.USUAL_GRADE_STEP);
    }
}
