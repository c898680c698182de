package org.retrotread.session.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * A protocol: a name, a treadmill mode, and its blocks in order.
 *
 * <p>Every target must suit the mode: speeds for a powered treadmill, efforts for a dead mill.
 * Speed targets above the plan's maximum are refused here rather than capped later, because a plan
 * that contradicts itself is a mistake its author should see.
 *
 * @param sessionsPerWeek how often the client is meant to do it, for adherence on the progress charts
 * @param railsLevel      the handrail phase is walked on a level deck: its blocks may name no grade, and
 *                        the console refuses one typed while it lasts (on by default: a first release
 *                        from the rails is hard enough without a hill)
 */
public record Plan(String name, TreadmillMode mode, List<Block> blocks, PlanLimits limits, int sessionsPerWeek,
                   boolean railsLevel) {

    /** Three a week: the usual outpatient rehabilitation rhythm, and that of the trials in the domain notes. */
    public static final int DEFAULT_SESSIONS_PER_WEEK = 3;

    public Plan(String name, TreadmillMode mode, List<Block> blocks, PlanLimits limits) {
        this(name, mode, blocks, limits, DEFAULT_SESSIONS_PER_WEEK);
    }

    public Plan(String name, TreadmillMode mode, List<Block> blocks, PlanLimits limits, int sessionsPerWeek) {
        this(name, mode, blocks, limits, sessionsPerWeek, true);
    }

    public Plan {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(planProblem("name", "plan.error.required"));
        } else if (name.length() > Bounds.LONGEST_NAME) {
            problems.add(planProblem("name", "plan.error.nameTooLong", Bounds.LONGEST_NAME));
        }
        if (mode == null) {
            problems.add(planProblem("mode", "plan.error.required"));
        }
        if (limits == null) {
            problems.add(planProblem("limits", "plan.error.required"));
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > Bounds.MOST_SESSIONS_PER_WEEK) {
            problems.add(planProblem("sessionsPerWeek", "plan.error.countOutOfRange", 1, Bounds.MOST_SESSIONS_PER_WEEK));
        }
        if (blocks.isEmpty() || blocks.size() > Bounds.MOST_BLOCKS) {
            problems.add(planProblem("blocks", "plan.error.countOutOfRange", 1, Bounds.MOST_BLOCKS));
        }
        for (int i = 0; i < blocks.size() && mode != null && limits != null; i++) {
            problems.addAll(targetProblems(i, blocks.get(i), mode, limits));
            if (railsLevel && blocks.get(i) instanceof HandrailBlock h && !h.grade().isLevel()) {
                problems.add(planProblem("grade", "plan.error.railsLevel").inBlock(i));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
    }

    private static List<FieldProblem> targetProblems(int index, Block block, TreadmillMode mode, PlanLimits limits) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Target target : block.targets()) {
            if (target.mode() != mode) {
                String key = mode == TreadmillMode.POWERED ? "plan.error.needsSpeed" : "plan.error.needsEffort";
                problems.add(planProblem("target", key).inBlock(index));
                return problems;
            }
            if (target instanceof Target.AtSpeed s && s.speed().exceeds(limits.maxSpeed())) {
                problems.add(planProblem("target", "plan.error.aboveFastest", limits.maxSpeed()).inBlock(index));
            }
        }
        return problems;
    }

    private static FieldProblem planProblem(String field, String key, Object... args) {
        return new FieldProblem(FieldProblem.PLAN_LEVEL, field,
                Message.of(key, args));
    }

    /** The same plan with other blocks (an editor's or a progression's result), keeping everything else. */
    public Plan withBlocks(List<Block> newBlocks, PlanLimits newLimits) {
        return new Plan(name, mode, newBlocks, newLimits, sessionsPerWeek, railsLevel);
    }

    /** The highest grade any block asks for (level if none climbs). */
    public Grade steepestGrade() {
        return blocks.stream().flatMap(b -> b.grades().stream()).reduce(Grade.LEVEL, Grade::max);
    }

    /** The lowest grade any block asks for (level if none declines). */
    public Grade deepestGrade() {
        return blocks.stream().flatMap(b -> b.grades().stream()).reduce(Grade.LEVEL, Grade::min);
    }

    /** The plan cut into the segments the engine walks through. */
    public List<Segment> segments() {
        List<Segment> all = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            all.addAll(blocks.get(i).segments(i));
        }
        return all;
    }

    /** The fastest speed any block asks for; empty for a plan with no speed targets (a dead mill's effort). */
    public Optional<Speed> fastestTarget() {
        return blocks.stream().flatMap(b -> b.targets().stream()).filter(t -> t instanceof Target.AtSpeed)
                .map(t -> ((Target.AtSpeed) t).speed()).reduce(Speed::max);
    }

    /** The planned length, counting each handrail phase at its minimum. */
    public Duration plannedDuration() {
        return blocks.stream().map(Block::plannedDuration).reduce(Duration.ZERO, Duration::plus);
    }
}
