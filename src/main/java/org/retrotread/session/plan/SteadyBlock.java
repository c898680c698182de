package org.retrotread.session.plan;

import java.time.Duration;
import java.util.List;
import org.retrotread.session.units.Grade;

/** A stretch of backward walking at one target. */
public record SteadyBlock(Duration duration, Target target, Grade grade) implements Block {

    public SteadyBlock {
        new Checks().duration("duration", duration).target("target", target).grade("grade", grade).throwIfAny();
    }

    /** A level block: what every plan written before grades were known means. */
    public SteadyBlock(Duration duration, Target target) {
        this(duration, target, Grade.LEVEL);
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
    public List<Grade> grades() {
        return List.of(grade);
    }

    @Override
    public List<Segment> segments(int blockIndex) {
        return List.of(Segment.single(blockIndex, PhaseKind.STEADY, target, duration, grade));
    }
}
