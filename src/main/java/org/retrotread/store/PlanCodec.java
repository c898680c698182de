package org.retrotread.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Effort;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * A plan to and from JSON, field by field (no reflection), so the stored form is stable and
 * readable: {@code {"name":..., "mode":"POWERED", "maxSpeedMps":..., "blocks":[{"kind":"RAMP",...}]}}.
 * Durations are milliseconds, speeds metres per second, efforts RPE 0-10, grades percent in tenths
 * ({@code "gradePercent": 5.5}; absent means level, as in every plan written before grades). Reading goes
 * through the plan's own constructors, so a stored plan is validated exactly like a new one.
 */
public final class PlanCodec {

    private PlanCodec() {
    }

    public static String toJson(Plan plan) {
        JsonObject o = new JsonObject();
        o.addProperty("name", plan.name());
        o.addProperty("mode", plan.mode().name());
        o.addProperty("maxSpeedMps", plan.limits().maxSpeed().metresPerSecond());
        o.addProperty("maxStepMps", plan.limits().maxStep().metresPerSecond());
        o.addProperty("sessionsPerWeek", plan.sessionsPerWeek());
        if (!plan.railsLevel()) {
            o.addProperty("railsLevel", false);
        }
        JsonArray blocks = new JsonArray();
        plan.blocks().forEach(b -> blocks.add(block(b)));
        o.add("blocks", blocks);
        return o.toString();
    }

    /** A stored plan (the database's own, already checked once): any fault here is a damaged record. */
    public static Plan fromJson(String json) {
        try {
            return read(JsonParser.parseString(json).getAsJsonObject(), "plan");
        } catch (PlanFileProblem e) {
            throw new IllegalStateException("a stored plan cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a plan, naming the field (from {@code path}) of anything missing or of the wrong kind. Every
     * block and every plan field is read before anything is refused, so a refusal lists every problem
     * it can find (within one block, the first of its fields that is wrong).
     */
    static Plan read(JsonObject o, String path) throws PlanFileProblem {
        List<Message> wrong = new ArrayList<>();
        List<FieldProblem> invalid = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        JsonArray list = collect(wrong, () -> JsonFields.array(o, "blocks", path)).orElse(new JsonArray());
        for (int i = 0; i < list.size(); i++) {
            String at = path + ".blocks[" + i + "]";
            if (!list.get(i).isJsonObject()) {
                wrong.add(Message.of("planFile.wrongKind", at, "object"));
                continue;
            }
            JsonObject blockObject = list.get(i).getAsJsonObject();
            try {
                collect(wrong, () -> block(blockObject, at)).ifPresent(blocks::add);
            } catch (InvalidPlanException e) {
                int block = i;
                e.problems().forEach(p -> invalid.add(p.inBlock(block)));
            }
        }
        var name = collect(wrong, () -> JsonFields.text(o, "name", path));
        var mode = collect(wrong, () -> JsonFields.choice(o, "mode", TreadmillMode.class, path));
        var max = collect(wrong, () -> speed(o, "maxSpeedMps", path));
        var step = collect(wrong, () -> speed(o, "maxStepMps", path));
        var perWeek = collect(wrong, () -> sessionsPerWeek(o, path));
        var railsLevel = collect(wrong, () -> !o.has("railsLevel") || JsonFields.flag(o, "railsLevel", path));
        if (!wrong.isEmpty()) {
            throw new PlanFileProblem(wrong.get(0), wrong.subList(1, wrong.size()), invalid);
        }
        if (!invalid.isEmpty()) {
            throw new InvalidPlanException(invalid);
        }
        return new Plan(name.orElseThrow(), mode.orElseThrow(), blocks, new PlanLimits(new Speed(max.orElseThrow()),
                new Speed(step.orElseThrow())), perWeek.orElseThrow(), railsLevel.orElseThrow());
    }

    /** A part of a plan file that may be wrong: read, or its problem noted and nothing returned. */
    @FunctionalInterface
    private interface Part<T> {
        T read() throws PlanFileProblem;
    }

    private static <T> Optional<T> collect(List<Message> wrong, Part<T> part) {
        try {
            return Optional.of(part.read());
        } catch (PlanFileProblem e) {
            wrong.addAll(e.reasons());
            return Optional.empty();
        }
    }

    /** Optional: plans saved before it existed (and files from other clinics) get the default. */
    private static int sessionsPerWeek(JsonObject o, String path) throws PlanFileProblem {
        if (!o.has("sessionsPerWeek")) {
            return Plan.DEFAULT_SESSIONS_PER_WEEK;
        }
        long value = JsonFields.whole(o, "sessionsPerWeek", path);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)); // the plan checks the range
    }

    /** A speed must be a number of metres per second that is not negative; the plan's checks do the rest. */
    private static double speed(JsonObject o, String field, String path) throws PlanFileProblem {
        double value = JsonFields.number(o, field, path);
        if (value < 0) {
            throw new PlanFileProblem(Message.of("planFile.negative", JsonFields.at(path, field)));
        }
        return value;
    }

    /** True when a plan says anything about grade, which a Retrotread before grades would lose. */
    static boolean usesGrade(Plan plan) {
        return !plan.railsLevel() || plan.blocks().stream().flatMap(b -> b.grades().stream()).anyMatch(g -> !g.isLevel());
    }

    private static JsonObject block(Block b) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", b.kind().name());
        if (b instanceof RampBlock r) {
            grade(o, "gradeFromPercent", r.gradeFrom());
            grade(o, "gradeToPercent", r.gradeTo());
            if (r.rampsGrade()) {
                o.addProperty("gradeStepPercent", r.gradeStep().percent());
            }
        } else {
            grade(o, "gradePercent", b.grades().get(0));
        }
        if (b instanceof HandrailBlock h) {
            o.addProperty("minimumMs", h.minimumTime().toMillis());
            o.add("target", target(h.target()));
            o.addProperty("release", h.release().name());
        } else if (b instanceof RampBlock r) {
            o.add("from", target(r.from()));
            o.add("to", target(r.to()));
            o.add("step", target(r.step()));
            o.addProperty("stepMs", r.stepDuration().toMillis());
        } else if (b instanceof SteadyBlock s) {
            o.addProperty("durationMs", s.duration().toMillis());
            o.add("target", target(s.target()));
        } else if (b instanceof CooldownBlock c) {
            o.addProperty("durationMs", c.duration().toMillis());
            o.add("target", target(c.target()));
        } else if (b instanceof IntervalBlock i) {
            o.addProperty("repeats", i.repeats());
            o.addProperty("workMs", i.workDuration().toMillis());
            o.add("work", target(i.workTarget()));
            o.addProperty("recoveryMs", i.recoveryDuration().toMillis());
            o.addProperty("recovery", i.recovery().movement().name());
            i.recovery().targetIfAny().ifPresent(t -> o.add("recoveryTarget", target(t)));
        }
        return o;
    }

    private static Block block(JsonObject o, String path) throws PlanFileProblem {
        return switch (JsonFields.choice(o, "kind", BlockKind.class, path)) {
            case HANDRAIL -> new HandrailBlock(ms(o, "minimumMs", path), target(o, "target", path),
                    JsonFields.choice(o, "release", HandrailBlock.Release.class, path), grade(o, "gradePercent", path));
            case RAMP -> new RampBlock(target(o, "from", path), target(o, "to", path), target(o, "step", path), ms(o, "stepMs", path),
                    grade(o, "gradeFromPercent", path), grade(o, "gradeToPercent", path), gradeStep(o, path));
            case STEADY -> new SteadyBlock(ms(o, "durationMs", path), target(o, "target", path), grade(o, "gradePercent", path));
            case COOLDOWN -> new CooldownBlock(ms(o, "durationMs", path), target(o, "target", path), grade(o, "gradePercent", path));
            case INTERVALS -> new IntervalBlock((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                    JsonFields.whole(o, "repeats", path))), ms(o, "workMs", path), target(o, "work", path),
                    ms(o, "recoveryMs", path), recovery(o, path), grade(o, "gradePercent", path));
        };
    }

    private static Recovery recovery(JsonObject o, String path) throws PlanFileProblem {
        return switch (JsonFields.choice(o, "recovery", Movement.class, path)) {
            case BACKWARD -> new Recovery.Backward(target(o, "recoveryTarget", path));
            case FORWARD -> new Recovery.ForwardWalk(target(o, "recoveryTarget", path));
            case STANDING -> new Recovery.Stand();
        };
    }

    private static JsonObject target(Target t) {
        JsonObject o = new JsonObject();
        if (t instanceof Target.AtSpeed s) {
            o.addProperty("speedMps", s.speed().metresPerSecond());
        } else {
            o.addProperty("rpe", ((Target.AtEffort) t).effort().rpe());
        }
        return o;
    }

    private static Target target(JsonObject parent, String field, String path) throws PlanFileProblem {
        JsonObject o = JsonFields.object(parent, field, path);
        String at = JsonFields.at(path, field);
        if (o.has("speedMps")) {
            return new Target.AtSpeed(new Speed(speed(o, "speedMps", at)));
        }
        long rpe = JsonFields.whole(o, "rpe", at);
        if (rpe < 0 || rpe > 10) {
            throw new PlanFileProblem(Message.of("planFile.rpeRange", JsonFields.at(at, "rpe")));
        }
        return new Target.AtEffort(new Effort((int) rpe));
    }

    /** Level is written as nothing, so a plan without grades reads as it always did. */
    private static void grade(JsonObject o, String field, Grade grade) {
        if (!grade.isLevel()) {
            o.addProperty(field, grade.percent());
        }
    }

    /**
     * A grade in percent, level when absent. In whole tenths (what a treadmill shows): "5.25" in a file is
     * refused rather than rounded. Far outside any plan's bounds it is held at the edge, so the plan's own
     * check names the field and the bounds.
     */
    private static Grade grade(JsonObject o, String field, String path) throws PlanFileProblem {
        if (!o.has(field)) {
            return Grade.LEVEL;
        }
        double percent = Math.max(-1000, Math.min(1000, JsonFields.number(o, field, path)));
        if (Math.abs(percent * 10 - Math.rint(percent * 10)) > 1e-6) {
            throw new PlanFileProblem(Message.of("planFile.gradeTenths", JsonFields.at(path, field)));
        }
        return Grade.ofPercent(percent);
    }

    private static Grade gradeStep(JsonObject o, String path) throws PlanFileProblem {
        return o.has("gradeStepPercent") ? grade(o, "gradeStepPercent", path) : Bounds.USUAL_GRADE_STEP;
    }

    private static Duration ms(JsonObject o, String field, String path) throws PlanFileProblem {
        return Duration.ofMillis(JsonFields.whole(o, field, path));
    }
}
