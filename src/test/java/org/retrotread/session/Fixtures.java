package org.retrotread.session;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/** Plans and engines the engine tests share. */
final class Fixtures {

    static final Clock WALL = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    /** Handrail (1 min, waits) - ramp 1.5 to 2.5 by 0.5, 1 min each - steady 5 min at 2.5 - cooldown 1 min at 1.5. */
    static Plan powered() {
        return new Plan("Test powered", TreadmillMode.POWERED, List.of(
                new HandrailBlock(ofMinutes(1), Target.kmh(1.0)),
                new RampBlock(Target.kmh(1.5), Target.kmh(2.5), Target.kmh(0.5), ofMinutes(1)),
                new SteadyBlock(ofMinutes(5), Target.kmh(2.5)),
                new CooldownBlock(ofMinutes(1), Target.kmh(1.5))),
                new PlanLimits(Speed.ofKmh(6), Speed.ofKmh(1)));
    }

    /** Steady 2 min at 3.0, intervals 2 x (30 s at 4.0, 30 s standing), intervals 1 x (30 s at 3.0, 30 s forward at 5.0). */
    static Plan intervals() {
        return new Plan("Test intervals", TreadmillMode.POWERED, List.of(
                new SteadyBlock(ofMinutes(2), Target.kmh(3.0)),
                new IntervalBlock(2, ofSeconds(30), Target.kmh(4.0), ofSeconds(30), new Recovery.Stand()),
                new IntervalBlock(1, ofSeconds(30), Target.kmh(3.0), ofSeconds(30), new Recovery.ForwardWalk(Target.kmh(5.0)))),
                new PlanLimits(Speed.ofKmh(8), Speed.ofKmh(1)));
    }

    /** Dead mill: handrail at RPE 3, effort ramp 4 to 6, cooldown at RPE 2. */
    static Plan unpowered() {
        return new Plan("Test dead mill", TreadmillMode.UNPOWERED, List.of(
                new HandrailBlock(ofMinutes(1), Target.rpe(3)),
                new RampBlock(Target.rpe(4), Target.rpe(6), Target.rpe(1), ofMinutes(1)),
                new CooldownBlock(ofMinutes(2), Target.rpe(2))),
                PlanLimits.DEFAULT);
    }

    /** Handrail (1 min, level) - steady 5 min at 2.0 km/h, 2 % uphill. */
    static Plan uphill() {
        return new Plan("Test uphill", TreadmillMode.POWERED, List.of(
                new HandrailBlock(ofMinutes(1), Target.kmh(1.0)),
                new SteadyBlock(ofMinutes(5), Target.kmh(2.0), Grade.ofPercent(2))),
                new PlanLimits(Speed.ofKmh(6), Speed.ofKmh(1)));
    }

    /** An anonymous walker whose heart rate is watched against a ceiling. */
    static SessionContext watched(int ceilingBpm) {
        return new SessionContext(Optional.empty(), SessionContext.DEFAULT_TREADMILL_MAX, Optional.empty(), Optional.empty(),
                GradeRange.DEFAULT, new HeartRateGuide(Optional.of(new HeartRate(ceilingBpm)), false));
    }

    static SessionContext client(double maxKmh, double massKg) {
        return new SessionContext(Optional.of(Speed.ofKmh(maxKmh)), SessionContext.DEFAULT_TREADMILL_MAX,
                Optional.of(new BodyMass(massKg)));
    }

    static SessionEngine engine(Plan plan, FakeClock clock) {
        return new SessionEngine(plan, SessionContext.anonymous(), clock, WALL);
    }
}
