package org.retrotread.store.exchange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.store.PlanFileProblem;

/**
 * A QZ programme's rows made Retrotread blocks. A file Retrotread wrote is read back by its own hints
 * (the block kinds, the ramps' steps, the interval recoveries) into the plan it came from; any other is
 * read by what QZ means: a fixed-speed row is a steady block, a speed ramp a ramp of held steps
 * ({@link SteppedRamp}), a repeat of two rows intervals, any other repeat its rows written out.
 */
final class QzBlocks {

    /** A top-level row ({@code times} 1, one row, no hints) or a {@code <repeat>} of rows. */
    record Item(int line, int times, List<QzRow> rows, Map<String, String> hints) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<Message> notes = new ArrayList<>();
    private int textEvents;

    private QzBlocks() {
    }

    static ImportedPlan assemble(String name, List<Item> items, Map<String, String> planHints) throws PlanFileProblem {
        QzBlocks b = new QzBlocks();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Optional<Integer> steps = item.hints().isEmpty() && item.times() == 1 && item.rows().size() == 1
                    ? Optional.ofNullable(item.rows().get(0).hints().get("steps")).flatMap(QzBlocks::whole) : Optional.empty();
            if (steps.isPresent() && b.steppedRamp(items, i, steps.get())) {
                i += steps.get() - 1;
            } else if (item.hints().isEmpty() && item.times() == 1 && item.rows().size() == 1) {
                b.single(item.rows().get(0), true);
            } else {
                b.repeat(item);
            }
        }
        if (b.textEvents > 0) {
            b.notes.add(Message.of("planFile.qz.textEvents", b.textEvents));
        }
        return ImportedPlan.checked(name, "QZ", b.blocks, b.notes, settings(planHints));
    }

    private void single(QzRow row, boolean withNotes) throws PlanFileProblem {
        if (withNotes) {
            row.ignored().forEach(n -> notes.add(row.at(n)));
            textEvents += row.textEvent() && row.kind().isEmpty() ? 1 : 0;
        }
        if (!row.runnable()) {
            if (withNotes && !row.byDistance()) {
                notes.add(row.at(Message.of("planFile.qz.noSpeed")));
            }
            return;
        }
        try {
            if (row.ramp().isPresent()) {
                blocks.add(ramp(row, withNotes));
            } else {
                Target target = new Target.AtSpeed(row.speed().orElseThrow());
                blocks.add(switch (row.kind()) {
                    case "handrail" -> new HandrailBlock(row.duration(), target, "stay".equals(row.hints().get("release"))
                            ? HandrailBlock.Release.STAY_ON_RAILS : HandrailBlock.Release.ON_CONFIRMATION, row.grade());
                    case "cooldown" -> new CooldownBlock(row.duration(), target, row.grade());
                    default -> new SteadyBlock(row.duration(), target, row.grade());
                });
            }
        } catch (InvalidPlanException e) {
            throw refusal(row, e);
        }
    }

    /** A ramp as Retrotread wrote it (its own step and step time, when they still add up), or stepped anew. */
    private Block ramp(QzRow row, boolean withNotes) {
        Speed from = row.ramp().get().get(0);
        Speed to = row.ramp().get().get(1);
        Optional<RampBlock> own = ownRamp(row.hints(), from, to, row.grade(), row.grade(), Duration.ZERO)
                .filter(r -> r.plannedDuration().equals(row.duration()) && !r.rampsGrade());
        if (own.isPresent()) {
            return own.get();
        }
        SteppedRamp.Stepped stepped = SteppedRamp.of(from, to, row.duration(), row.grade());
        if (stepped.note() != null && withNotes) {
            notes.add(row.at(stepped.note()));
        }
        return stepped.block();
    }

    /** {@code steps} rows Retrotread wrote for one ramp of grade: the ramp again if the rows are still its steps. */
    private boolean steppedRamp(List<Item> items, int first, int steps) throws PlanFileProblem {
        if (first + steps > items.size()) {
            return false;
        }
        List<QzRow> rows = items.subList(first, first + steps).stream().filter(i -> i.times() == 1 && i.hints().isEmpty())
                .map(i -> i.rows().get(0)).filter(r -> r.speed().isPresent() && "ramp-step".equals(r.kind())).toList();
        if (rows.size() != steps) {
            return false;
        }
        QzRow head = rows.get(0);
        Optional<RampBlock> ramp = ownRamp(head.hints(), head.speed().get(), rows.get(steps - 1).speed().get(), head.grade(),
                rows.get(steps - 1).grade(), head.duration()).filter(r -> matches(r, rows));
        ramp.ifPresent(blocks::add);
        return ramp.isPresent();
    }

    private static boolean matches(RampBlock ramp, List<QzRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            QzRow row = rows.get(i);
            if (i >= ramp.stepTargets().size() || !row.duration().equals(ramp.stepDuration())
                    || !row.grade().equals(ramp.stepGrades().get(i))
                    || !((Target.AtSpeed) ramp.stepTargets().get(i)).speed().sameAs(row.speed().get())) {
                return false;
            }
        }
        return rows.size() == ramp.stepTargets().size();
    }

    private static Optional<RampBlock> ownRamp(Map<String, String> hints, Speed from, Speed to, Grade gradeFrom,
                                               Grade gradeTo, Duration stepDuration) {
        try {
            double step = Double.parseDouble(hints.getOrDefault("step", "x"));
            Duration each = hints.containsKey("stepduration")
                    ? Duration.ofSeconds(Long.parseLong(hints.get("stepduration"))) : stepDuration;
            Grade gradeStep = Grade.ofPercent(Double.parseDouble(hints.getOrDefault("gradestep", "1")));
            return Optional.of(new RampBlock(new Target.AtSpeed(from), new Target.AtSpeed(to), Target.kmh(step), each,
                    gradeFrom, gradeTo, gradeStep));
        } catch (IllegalArgumentException notOurs) { // a hint changed by hand, or not there: read the row as QZ would
            return Optional.empty();
        }
    }

    private void repeat(Item item) throws PlanFileProblem {
        List<QzRow> rows = item.rows();
        if (rows.isEmpty()) {
            notes.add(Message.of("planFile.atLine", item.line(), Message.of("planFile.qz.emptyRepeat")));
            return;
        }
        Optional<IntervalBlock> intervals = intervals(item);
        if (intervals.isPresent()) {
            rows.forEach(r -> r.ignored().forEach(n -> notes.add(r.at(n))));
            rows.forEach(r -> textEvents += r.textEvent() && r.kind().isEmpty() ? 1 : 0);
            blocks.add(intervals.get());
            return;
        }
        notes.add(Message.of("planFile.atLine", item.line(), Message.of("planFile.qz.repeatWritten", item.times(), rows.size())));
        for (int t = 0; t < item.times() && blocks.size() <= Bounds.MOST_BLOCKS; t++) {
            for (QzRow row : rows) {
                single(row, t == 0); // what a row cannot carry is said once, not once a repeat
            }
        }
    }

    /** Work and recovery, {@code times} over: Retrotread's own intervals, or any repeat of two fixed-speed rows. */
    private Optional<IntervalBlock> intervals(Item item) throws PlanFileProblem {
        List<QzRow> rows = item.rows();
        if (rows.size() != 2 || item.times() > Bounds.MOST_REPEATS || rows.get(0).speed().isEmpty() || !rows.get(0).runnable()) {
            return Optional.empty();
        }
        QzRow work = rows.get(0);
        QzRow rest = rows.get(1);
        String kind = item.hints().getOrDefault("recovery", "backward");
        boolean restShape = kind.equals("stand") ? rest.speed().isEmpty() && rest.ramp().isEmpty() && !rest.byDistance()
                : rest.speed().isPresent() && rest.runnable();
        if (!restShape || !rest.grade().equals(work.grade())) {
            return Optional.empty();
        }
        Recovery recovery = switch (kind) {
            case "stand" -> new Recovery.Stand();
            case "forward" -> new Recovery.ForwardWalk(new Target.AtSpeed(rest.speed().get()));
            default -> new Recovery.Backward(new Target.AtSpeed(rest.speed().get()));
        };
        try {
            return Optional.of(new IntervalBlock(item.times(), work.duration(), new Target.AtSpeed(work.speed().get()),
                    rest.duration(), recovery, work.grade()));
        } catch (InvalidPlanException e) {
            throw refusal(work, e);
        }
    }

    private static PlanFileProblem refusal(QzRow row, InvalidPlanException e) {
        return ImportedPlan.refusal(row::at, e);
    }

    private static Optional<ImportedPlan.Settings> settings(Map<String, String> hints) {
        try {
            PlanLimits limits = new PlanLimits(Speed.ofKmh(Double.parseDouble(hints.get("maxspeed"))),
                    Speed.ofKmh(Double.parseDouble(hints.get("maxstep"))));
            int perWeek = Integer.parseInt(hints.get("perweek"));
            return Optional.of(new ImportedPlan.Settings(limits, perWeek, !"false".equals(hints.get("railslevel"))));
        } catch (RuntimeException notOurs) { // no hints (QZ's own file) or changed by hand: the editor's defaults
            return Optional.empty();
        }
    }

    private static Optional<Integer> whole(String text) {
        try {
            return Optional.of(Integer.parseInt(text)).filter(n -> n >= 2 && n <= Bounds.MOST_RAMP_STEPS);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
