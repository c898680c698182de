package org.retrotread.ui.plans;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.BlockDefaults;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;

/**
 * One block as it is being edited: the text of each field, exactly as typed, so a half-typed value
 * is never lost or "corrected" under the person's fingers. Field names are the block's own
 * (those its checks report problems at), so a problem lands beside the field it is about.
 */
final class BlockDraft {

    /** How a field is typed: a duration, a target (speed or effort), a whole number, or a choice. */
    enum Kind { DURATION, TARGET, WHOLE, RELEASE, RECOVERY, GRADE }

    private final BlockKind kind;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, StringProperty> values = new LinkedHashMap<>();

    private BlockDraft(BlockKind kind) {
        this.kind = kind;
        switch (kind) {
            case HANDRAIL -> fields("minimumTime", Kind.DURATION, "target", Kind.TARGET, "release", Kind.RELEASE, "grade", Kind.GRADE);
            case RAMP -> fields("from", Kind.TARGET, "to", Kind.TARGET, "step", Kind.TARGET, "stepDuration", Kind.DURATION,
                    "gradeFrom", Kind.GRADE, "gradeTo", Kind.GRADE, "gradeStep", Kind.GRADE);
            case STEADY, COOLDOWN -> fields("duration", Kind.DURATION, "target", Kind.TARGET, "grade", Kind.GRADE);
            case INTERVALS -> fields("repeats", Kind.WHOLE, "workDuration", Kind.DURATION, "workTarget", Kind.TARGET,
                    "recoveryDuration", Kind.DURATION, "recovery", Kind.RECOVERY, "recoveryTarget", Kind.TARGET, "grade", Kind.GRADE);
        }
    }

    private void fields(Object... nameThenKind) {
        for (int i = 0; i < nameThenKind.length; i += 2) {
            kinds.put((String) nameThenKind[i], (Kind) nameThenKind[i + 1]);
            values.put((String) nameThenKind[i], new SimpleStringProperty(""));
        }
    }

    /** The draft of a saved block, each value written as the editor shows it. */
    static BlockDraft of(Block block, FieldText t) {
        BlockDraft d = new BlockDraft(block.kind());
        if (block instanceof RampBlock r) {
            d.set("gradeFrom", t.grade(r.gradeFrom())).set("gradeTo", t.grade(r.gradeTo())).set("gradeStep", t.grade(r.gradeStep()));
        } else {
            d.set("grade", t.grade(block.grades().get(0)));
        }
        if (block instanceof HandrailBlock h) {
            d.set("minimumTime", t.duration(h.minimumTime())).set("target", t.target(h.target())).set("release", h.release().name());
        } else if (block instanceof RampBlock r) {
            d.set("from", t.target(r.from())).set("to", t.target(r.to())).set("step", t.target(r.step()))
                    .set("stepDuration", t.duration(r.stepDuration()));
        } else if (block instanceof SteadyBlock s) {
            d.set("duration", t.duration(s.duration())).set("target", t.target(s.target()));
        } else if (block instanceof CooldownBlock c) {
            d.set("duration", t.duration(c.duration())).set("target", t.target(c.target()));
        } else if (block instanceof IntervalBlock i) {
            d.set("repeats", Integer.toString(i.repeats())).set("workDuration", t.duration(i.workDuration()))
                    .set("workTarget", t.target(i.workTarget())).set("recoveryDuration", t.duration(i.recoveryDuration()))
                    .set("recovery", i.recovery().movement().name())
                    .set("recoveryTarget", i.recovery().targetIfAny().map(t::target).orElse(""));
            if (d.value("recoveryTarget").isEmpty()) {
                d.set("recoveryTarget", t.target(((CooldownBlock) BlockDefaults.block(BlockKind.COOLDOWN, i.workTarget().mode())).target()));
            }
        }
        return d;
    }

    /** A new block with values that make sense for the mode, to be adjusted rather than typed from nothing. */
    static BlockDraft fresh(BlockKind kind, TreadmillMode mode, FieldText t) {
        return of(BlockDefaults.block(kind, mode), t);
    }

    /** After the treadmill mode changes, every target is replaced by the new mode's default for its field. */
    void resetTargets(TreadmillMode mode, FieldText t) {
        BlockDraft defaults = fresh(kind, mode, t); // every target filled, a standing recovery's too (see of)
        kinds.forEach((name, k) -> {
            if (k == Kind.TARGET) {
                values.get(name).set(defaults.value(name));
            }
        });
    }

    /** The block these values make, or every problem with them, each at its field. */
    Block build(TreadmillMode mode, FieldText t) {
        List<FieldProblem> problems = new ArrayList<>();
        Block block = switch (kind) {
            case HANDRAIL -> {
                Optional<Duration> min = t.readDuration("minimumTime", value("minimumTime"), problems);
                Optional<Target> target = t.readTarget("target", value("target"), mode, problems);
                Optional<Grade> grade = t.readGrade("grade", value("grade"), problems);
                yield problems.isEmpty() ? new HandrailBlock(min.get(), target.get(), HandrailBlock.Release.valueOf(value("release")),
                        grade.get()) : null;
            }
            case RAMP -> ramp(mode, t, problems);
            case STEADY, COOLDOWN -> {
                Optional<Duration> d = t.readDuration("duration", value("duration"), problems);
                Optional<Target> target = t.readTarget("target", value("target"), mode, problems);
                Optional<Grade> grade = t.readGrade("grade", value("grade"), problems);
                yield !problems.isEmpty() ? null : kind == BlockKind.STEADY ? new SteadyBlock(d.get(), target.get(), grade.get())
                        : new CooldownBlock(d.get(), target.get(), grade.get());
            }
            case INTERVALS -> intervals(mode, t, problems);
        };
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        return block;
    }

    /** A ramp of speed (or effort), of grade, or of both: the grade's fields left level ramp the speed alone. */
    private Block ramp(TreadmillMode mode, FieldText t, List<FieldProblem> problems) {
        Optional<Target> from = t.readTarget("from", value("from"), mode, problems);
        Optional<Target> to = t.readTarget("to", value("to"), mode, problems);
        Optional<Target> step = t.readTarget("step", value("step"), mode, problems);
        Optional<Duration> each = t.readDuration("stepDuration", value("stepDuration"), problems);
        Optional<Grade> gradeFrom = t.readGrade("gradeFrom", value("gradeFrom"), problems);
        Optional<Grade> gradeTo = t.readGrade("gradeTo", value("gradeTo"), problems);
        Optional<Grade> gradeStep = t.readGrade("gradeStep", value("gradeStep"), problems);
        return problems.isEmpty() ? new RampBlock(from.get(), to.get(), step.get(), each.get(), gradeFrom.get(), gradeTo.get(),
                gradeStep.get()) : null;
    }

    private Block intervals(TreadmillMode mode, FieldText t, List<FieldProblem> problems) {
        Optional<Integer> repeats = t.readWhole("repeats", value("repeats"), problems);
        Optional<Duration> work = t.readDuration("workDuration", value("workDuration"), problems);
        Optional<Target> workTarget = t.readTarget("workTarget", value("workTarget"), mode, problems);
        Optional<Duration> rest = t.readDuration("recoveryDuration", value("recoveryDuration"), problems);
        Movement movement = Movement.valueOf(value("recovery"));
        Optional<Target> restTarget = movement == Movement.STANDING ? Optional.empty()
                : t.readTarget("recoveryTarget", value("recoveryTarget"), mode, problems);
        Optional<Grade> grade = t.readGrade("grade", value("grade"), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        Recovery recovery = switch (movement) {
            case STANDING -> new Recovery.Stand();
            case BACKWARD -> new Recovery.Backward(restTarget.get());
            case FORWARD -> new Recovery.ForwardWalk(restTarget.get());
        };
        return new IntervalBlock(repeats.get(), work.get(), workTarget.get(), rest.get(), recovery, grade.get());
    }

    private BlockDraft set(String field, String value) {
        values.get(field).set(value);
        return this;
    }

    String value(String field) {
        return values.get(field).get();
    }

    BlockKind kind() { return kind; }
    /** Field names in the order the form shows them. */
    List<String> fieldNames() { return List.copyOf(values.keySet()); }
    Kind kindOf(String field) { return kinds.get(field); }
    StringProperty property(String field) { return values.get(field); }
}
