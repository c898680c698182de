package org.retrotread.session.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code repeats} times: backward work, then recovery. */
public record IntervalBlock(int repeats, Duration workDuration, Target workTarget,
                            Duration recoveryDuration, Recovery recovery) implements Block {

    public IntervalBlock {
        Checks checks = new Checks().count("repeats", repeats, 1, Bounds.MOST_REPEATS)
                .duration("workDuration", workDuration).target("workTarget", workTarget)
                .duration("recoveryDuration", recoveryDuration)
                .require(recovery != null, "recovery", "plan.error.required");
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
    public List<Segment> segments(int blockIndex) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i <= repeats; i++) {
            segments.add(new Segment(blockIndex, PhaseKind.WORK, Movement.BACKWARD, Optional.of(workTarget),
                    workDuration, false, i, repeats));
            segments.add(new Segment(blockIndex, PhaseKind.RECOVERY, recovery.movement(), recovery.targetIfAny(),
                    recoveryDuration, false, i, repeats));
        }
        return segments;
    }
}
