package org.retrotread.session.plan;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import java.util.List;

/**
 * What a new block or plan starts with: conservative values from the domain notes (a handrail
 * phase near 1.5 km/h, steps of 0.5 km/h, RPE in the moderate band for a dead mill), so a block
 * added and left alone is a safe one.
 */
public final class BlockDefaults {

    private BlockDefaults() {
    }

    public static Block block(BlockKind kind, TreadmillMode mode) {
        boolean powered = mode == TreadmillMode.POWERED;
        return switch (kind) {
            case HANDRAIL -> new HandrailBlock(ofMinutes(2), powered ? Target.kmh(1.5) : Target.rpe(3));
            case RAMP -> powered ? new RampBlock(Target.kmh(1.5), Target.kmh(2.5), Target.kmh(0.5), ofMinutes(1))
                    : new RampBlock(Target.rpe(3), Target.rpe(6), Target.rpe(1), ofMinutes(1));
            case STEADY -> new SteadyBlock(ofMinutes(5), powered ? Target.kmh(2.5) : Target.rpe(5));
            case INTERVALS -> powered
                    ? new IntervalBlock(4, ofMinutes(1), Target.kmh(3.0), ofMinutes(1), new Recovery.Backward(Target.kmh(2.0)))
                    : new IntervalBlock(4, ofSeconds(30), Target.rpe(7), ofMinutes(1), new Recovery.Stand());
            case COOLDOWN -> new CooldownBlock(ofMinutes(2), powered ? Target.kmh(1.5) : Target.rpe(2));
        };
    }

    /** A new plan: on the rails first, a steady stretch, a cooldown. */
    public static Plan plan(String name, TreadmillMode mode) {
        return new Plan(name, mode, List.of(block(BlockKind.HANDRAIL, mode), block(BlockKind.STEADY, mode),
                block(BlockKind.COOLDOWN, mode)), PlanLimits.DEFAULT);
    }
}
