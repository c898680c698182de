package org.retrotread.session.plan;

import java.time.Duration;
import java.util.List;

/** An easy stretch at the end of a session. */
public record CooldownBlock(Duration duration, Target target) implements Block {

    public CooldownBlock {
        new Checks().duration("duration", duration).target("target", target).throwIfAny();
    }

    @Override
    public BlockKind kind() {
        return BlockKind.COOLDOWN;
    }

    @Override
    public Duration plannedDuration() {
        return duration;
    }

    @Override
    public List<Target> targets() {
        return List.of(target);
    }

    @Override
    public List<Segment> segments(int blockIndex) {
        return List.of(Segment.single(blockIndex, PhaseKind.COOLDOWN, target, duration));
    }
}
