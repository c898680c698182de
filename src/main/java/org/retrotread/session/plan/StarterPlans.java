package org.retrotread.session.plan;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import java.util.List;
import java.util.function.UnaryOperator;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * The plans shipped with the app, written from the practice in the project's domain notes:
 * start on the rails at a low speed, raise speed gradually, 5-10 minute sessions to begin with.
 * Each is a read-only template; clinicians copy and adapt them.
 */
public final class StarterPlans {

    /**
     * A starter's stable id (for storage and tests), the plan itself, and its description: a message whose
     * speeds are arguments, so they read in the display unit (mph or km/h) like every other speed.
     */
    public record Starter(String id, String descriptionKey, Plan plan, List<Object> descriptionArgs) {

        public Message description() {
            return new Message(descriptionKey, descriptionArgs);
        }
    }

    private StarterPlans() {
    }

    /**
     * Every starter plan.
     *
     * @param text resolves a resource-bundle key to the reader's language (plan names are shown)
     */
    public static List<Starter> all(UnaryOperator<String> text) {
        return List.of(handrailOnly(text), oneMinuteInTen(text), halfSpeedIntervals(text),
                kneeProgramme(text), deadMillPush(text), uphillThreeGrades(text));
    }

    /** A first session that never leaves the rails: learn the backward step at a crawl. */
    static Starter handrailOnly(UnaryOperator<String> text) {
        return starter(text, "handrailOnly", List.of(Speed.ofKmh(1.0)), TreadmillMode.POWERED, new PlanLimits(Speed.ofKmh(3), Speed.ofKmh(0.5)),
                new HandrailBlock(ofMinutes(6), Target.kmh(1.0), HandrailBlock.Release.STAY_ON_RAILS),
                new CooldownBlock(ofMinutes(2), Target.kmh(0.6)));
    }

    /** A 10-minute walk with one minute of it backward: the common entry form. */
    static Starter oneMinuteInTen(UnaryOperator<String> text) {
        return starter(text, "oneMinuteInTen", List.of(Speed.ofKmh(2.0)), TreadmillMode.POWERED, new PlanLimits(Speed.ofKmh(5), Speed.ofKmh(1)),
                new HandrailBlock(ofMinutes(1), Target.kmh(1.0)),
                new IntervalBlock(1, ofMinutes(1), Target.kmh(2.0), ofMinutes(8),
                        new Recovery.ForwardWalk(Target.kmh(3.5))));
    }

    /** One-minute backward intervals at half the usual forward walking speed (4.0 km/h here). */
    static Starter halfSpeedIntervals(UnaryOperator<String> text) {
        return starter(text, "halfSpeedIntervals", List.of(Speed.ofKmh(2.0), Speed.ofKmh(4.0)), TreadmillMode.POWERED, new PlanLimits(Speed.ofKmh(5), Speed.ofKmh(1)),
                new HandrailBlock(ofMinutes(2), Target.kmh(1.0)),
                new IntervalBlock(5, ofMinutes(1), Target.kmh(2.0), ofMinutes(1),
                        new Recovery.ForwardWalk(Target.kmh(4.0))),
                new CooldownBlock(ofMinutes(2), Target.kmh(1.5)));
    }

    /** Ten minutes of supervised retro walking, as in the knee osteoarthritis trial (Alghadir 2019). */
    static Starter kneeProgramme(UnaryOperator<String> text) {
        return starter(text, "kneeProgramme", List.of(Speed.ofKmh(2.5)), TreadmillMode.POWERED, new PlanLimits(Speed.ofKmh(4), Speed.ofKmh(0.5)),
                new HandrailBlock(ofMinutes(1), Target.kmh(1.5)),
                new RampBlock(Target.kmh(1.5), Target.kmh(2.5), Target.kmh(0.5), ofMinutes(1)),
                new SteadyBlock(ofMinutes(5), Target.kmh(2.5)),
                new CooldownBlock(ofMinutes(1), Target.kmh(1.5)));
    }

    /** Motor off: the walker drives the belt backward; targets are effort and time. */
    static Starter deadMillPush(UnaryOperator<String> text) {
        return starter(text, "deadMillPush", List.of(), TreadmillMode.UNPOWERED, PlanLimits.DEFAULT,
                new HandrailBlock(ofMinutes(1), Target.rpe(3)),
                new RampBlock(Target.rpe(4), Target.rpe(7), Target.rpe(1), ofMinutes(1)),
                new IntervalBlock(4, ofSeconds(30), Target.rpe(8), ofMinutes(1), new Recovery.Stand()),
                new CooldownBlock(ofMinutes(2), Target.rpe(2)));
    }

    /**
     * Backward uphill at the three grades of Cipriani 1995 (JOSPT 22(3):95-102): 4.0 km/h at 0, 5 and 10 %,
     * here two minutes each as one ramp of grade, after a level handrail phase and a gradual speed ramp.
     */
    static Starter uphillThreeGrades(UnaryOperator<String> text) {
        return starter(text, "uphillThreeGrades", List.of(Speed.ofKmh(4.0)), TreadmillMode.POWERED,
                new PlanLimits(Speed.ofKmh(4.5), Speed.ofKmh(0.5)),
                new HandrailBlock(ofMinutes(1), Target.kmh(1.5)),
                new RampBlock(Target.kmh(2.5), Target.kmh(4.0), Target.kmh(0.5), ofMinutes(1)),
                new RampBlock(Target.kmh(4.0), Target.kmh(4.0), Target.kmh(0.5), ofMinutes(2),
                        Grade.LEVEL, Grade.ofPercent(10), Grade.ofPercent(5)),
                new CooldownBlock(ofMinutes(1), Target.kmh(2.0)));
    }

    private static Starter starter(UnaryOperator<String> text, String id, List<Object> speeds, TreadmillMode mode, PlanLimits limits,
                                   Block... blocks) {
        Plan plan = new Plan(text.apply("starter." + id + ".name"), mode, List.of(blocks), limits);
        return new Starter(id, "starter." + id + ".description", plan, speeds);
    }
}
