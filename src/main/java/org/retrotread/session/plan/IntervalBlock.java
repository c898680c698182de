package org.retrotread.session.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.units.Grade;

/**
 * {@code repeats} times: backward work, then recovery, all at one grade (a deck takes seconds to move,
 * so hill repeats are written as blocks of their own, not as a grade per interval).
 */
public record IntervalBlock(int repeats, Duration workDuration, Target workTarget,
                            Duration recoveryDuration, Recovery recovery, Grade grade) implements Block {

    public IntervalBlock(int repeats, Duration workDuration, Target workTarget, Duration recoveryDuration, Recovery recovery) {
        this(repeats, workDuration, workTarget, recoveryDuration, recovery, Grade.LEVEL);
    }

    public IntervalBlock {
        Checks checks = new Checks().count("repeats", repeats, 1, Bounds.MOST_REPEATS)
                .duration("workDuration", workDuration).target("workTarget", workTarget)
                .duration("recoveryDuration", recoveryDuration)
                .require(recovery != null, "recovery", "plan.error.required").grade("grade", grade);
        if (recovery != null && recovery.targetIfAny().isPresent()) {
            checks.target("recoveryTarget", recovery.targetIfAny().get());
        }
        checks.throwIfAny();
    }

    @Override
    public BlockKind kind() {
        return BlockKind.INTERVALS;
    }

    @Override
    public Duration plannedDuration() {
        return workDuration.plus(recoveryDuration).multipliedBy(repeats);
    }

    @Override
    public List<Target> targets() {
        List<Target> all = new ArrayList<>(List.of(workTarget));
        recovery.targetIfAny().ifPresent(all::add);
        return all;
    }

    @Override
    public List<Grade> grades() {
        return List.of(grade);
    }

    @Override
    public List<Segment> segments(int blockIndex) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i <= repeats; i++) {
            segments.add(new Segment(blockIndex, PhaseKind.WORK, Movement.BACKWARD, Optional.of(workTarget),
                    workDuration, false, i, repeats, grade));
            segments.add(new Segment(blockIndex, PhaseKind.RECOVERY, recovery.movement(), recovery.targetIfAny(),
                    recoveryDuration, false, i, repeats, grade));
        }
        return segments;
    }
}
