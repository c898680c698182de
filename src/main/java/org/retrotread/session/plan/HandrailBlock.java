package org.retrotread.session.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.units.Grade;

/**
 * Hands on the rails at a low speed for at least {@code minimumTime}.
 *
 * <p>With {@link Release#ON_CONFIRMATION} the phase ends only when the operator confirms "hands off"
 * (or skips it with a reason): balance is the operator's call, never the clock's. With
 * {@link Release#STAY_ON_RAILS} it is a timed phase after which the hands stay on the rails, which is
 * how a handrail-only first session is written.
 */
public record HandrailBlock(Duration minimumTime, Target target, Release release, Grade grade) implements Block {

    public enum Release { ON_CONFIRMATION, STAY_ON_RAILS }

    public HandrailBlock {
        new Checks().duration("minimumTime", minimumTime).target("target", target)
                .require(release != null, "release", "plan.error.required").grade("grade", grade).throwIfAny();
    }

    public HandrailBlock(Duration minimumTime, Target target, Release release) {
        this(minimumTime, target, release, Grade.LEVEL);
    }

    public HandrailBlock(Duration minimumTime, Target target) {
        this(minimumTime, target, Release.ON_CONFIRMATION);
    }

    @Override
    public BlockKind kind() {
        return BlockKind.HANDRAIL;
    }

    @Override
    public Duration plannedDuration() {
        return minimumTime;
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
        return List.of(new Segment(blockIndex, PhaseKind.HANDRAIL, Movement.BACKWARD, Optional.of(target),
                minimumTime, release == Release.ON_CONFIRMATION, 1, 1, grade));
    }
}
