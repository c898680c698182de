package org.retrotread.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.text.Message;

/**
 * Plans to and from files, for sharing between clinics:
 * {@code {"format": "retrotread-plan", "version": 1, "plan": {...}}} with the plan as {@link PlanCodec}
 * writes it. Reading is all or nothing: a file is parsed, checked field by field and built into a
 * valid plan before anything is kept, and a refusal says what is wrong and where.
 */
public final class PlanFiles {

    public static final String FORMAT = "retrotread-plan";
    public static final int VERSION = 1;

    private PlanFiles() {
    }

    /** Writes the file whole or not at all (a temporary file, then a rename). */
    public static void write(Path target, Plan plan) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        root.add("plan", JsonParser.parseString(PlanCodec.toJson(plan)));
        OwnerOnly.write(target, new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(root).getBytes(StandardCharsets.UTF_8));
    }

    public static Plan read(Path source) throws PlanFileProblem {
        String content;
        try {
            content = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanFileProblem(Message.of("planFile.unreadable", source.toString(), String.valueOf(e.getMessage())));
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(content);
        } catch (JsonParseException e) {
            throw new PlanFileProblem(Message.of("planFile.notJson", source.toString(), String.valueOf(e.getMessage())));
        }
        if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("format")
                || !FORMAT.equals(text(parsed.getAsJsonObject().get("format")))) {
            throw new PlanFileProblem(Message.of("planFile.notAPlan", source.toString()));
        }
        JsonObject root = parsed.getAsJsonObject();
        long version = JsonFields.whole(root, "version", "");
        if (version > VERSION) {
            throw new PlanFileProblem(Message.of("planFile.newer", source.toString(), version));
        }
        try {
            return PlanCodec.read(JsonFields.object(root, "plan", ""), "plan");
        } catch (InvalidPlanException e) {
            throw new PlanFileProblem(Message.of("planFile.invalid", source.toString()), e.problems());
        }
    }

    private static String text(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : "";
    }
}
