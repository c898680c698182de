package org.retrotread.session.plan;

import java.time.Duration;
import java.util.List;
import org.retrotread.session.units.Grade;

/** An easy stretch at the end of a session. */
public record CooldownBlock(Duration duration, Target target, Grade grade) implements Block {

    public CooldownBlock {
        new Checks().duration("duration", duration).target("target", target).grade("grade", grade).throwIfAny();
    }

    /** A level block: what every plan written before grades were known means. */
    public CooldownBlock(Duration duration, Target target) {
        this(duration, target, Grade.LEVEL);
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
    public List<Grade> grades() {
        return List.of(grade);
    }

    @Override
    public List<Segment> segments(int blockIndex) {
        return List.of(Segment.single(blockIndex, PhaseKind.COOLDOWN, target, duration, grade));
    }
}
