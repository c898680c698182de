package org.retrotread.session.plan;

import java.time.Duration;
import java.util.List;

/** A stretch of backward walking at one target. */
public record SteadyBlock(Duration duration, Target target) implements Block {

    public SteadyBlock {
        new Checks().duration("duration", duration).target("target", target).throwIfAny();
    }

    @Override
    public BlockKind kind() {
        return BlockKind.STEADY;
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
        return List.of(Segment.single(blockIndex, PhaseKind.STEADY, target, duration));
    }
}
