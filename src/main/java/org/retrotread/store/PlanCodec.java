package org.retrotread.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.session.plan.*;
import org.retrotread.session.units.Effort;
import org.retrotread.session.units.Speed;

/**
 * A plan to and from JSON, field by field (no reflection), so the stored form is stable and
 * readable: {@code {"name":..., "mode":"POWERED", "maxSpeedMps":..., "blocks":[{"kind":"RAMP",...}]}}.
 * Durations are milliseconds, speeds metres per second, efforts RPE 0-10. Reading goes through the
 * plan's own constructors, so a stored plan is validated exactly like a new one.
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
        JsonArray blocks = new JsonArray();
        plan.blocks().forEach(b -> blocks.add(block(b)));
        o.add("blocks", blocks);
        return o.toString();
    }

    public static Plan fromJson(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        List<Block> blocks = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("blocks")) {
            blocks.add(block(e.getAsJsonObject()));
        }
        return new Plan(o.get("name").getAsString(), TreadmillMode.valueOf(o.get("mode").getAsString()), blocks,
                new PlanLimits(new Speed(o.get("maxSpeedMps").getAsDouble()), new Speed(o.get("maxStepMps").getAsDouble())));
    }

    private static JsonObject block(Block b) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", b.kind().name());
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

    private static Block block(JsonObject o) {
        return switch (BlockKind.valueOf(o.get("kind").getAsString())) {
            case HANDRAIL -> new HandrailBlock(ms(o, "minimumMs"), target(o, "target"),
                    HandrailBlock.Release.valueOf(o.get("release").getAsString()));
            case RAMP -> new RampBlock(target(o, "from"), target(o, "to"), target(o, "step"), ms(o, "stepMs"));
            case STEADY -> new SteadyBlock(ms(o, "durationMs"), target(o, "target"));
            case COOLDOWN -> new CooldownBlock(ms(o, "durationMs"), target(o, "target"));
            case INTERVALS -> new IntervalBlock(o.get("repeats").getAsInt(), ms(o, "workMs"), target(o, "work"),
                    ms(o, "recoveryMs"), recovery(o));
        };
    }

    private static Recovery recovery(JsonObject o) {
        return switch (Movement.valueOf(o.get("recovery").getAsString())) {
            case BACKWARD -> new Recovery.Backward(target(o, "recoveryTarget"));
            case FORWARD -> new Recovery.ForwardWalk(target(o, "recoveryTarget"));
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

    private static Target target(JsonObject parent, String field) {
        JsonObject o = parent.getAsJsonObject(field);
        if (o.has("speedMps")) {
            return new Target.AtSpeed(new Speed(o.get("speedMps").getAsDouble()));
        }
        return new Target.AtEffort(new Effort(o.get("rpe").getAsInt()));
    }

    private static Duration ms(JsonObject o, String field) {
        return Duration.ofMillis(o.get(field).getAsLong());
    }
}
