package org.retrotread.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
    /** Version 2 added grades; a plan that names none is still written as version 1, so older Retrotreads open it. */
    public static final int VERSION = 2;

    private PlanFiles() {
    }

    /** Writes the file whole or not at all (a temporary file, then a rename). */
    public static void write(Path target, Plan plan) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", PlanCodec.usesGrade(plan) ? VERSION : 1);
        root.add("plan", JsonParser.parseString(PlanCodec.toJson(plan)));
        OwnerOnly.write(target, new GsonBuilder().setPrettyPrinting().create().toJson(root).getBytes(StandardCharsets.UTF_8));
    }

    /** More than any plan a person writes (a long one is a few kilobytes): a larger file is not read at all. */
    static final int LARGEST_FILE_BYTES = 1024 * 1024;

    /**
     * Reads a plan file: a regular file of at most {@link #LARGEST_FILE_BYTES} (a FIFO, a device or
     * {@code /dev/zero} is refused before it is opened, so it cannot hang or fill memory), in strict JSON
     * ({@link StrictJson}), every refusal naming the field and the line.
     */
    public static Plan read(Path source) throws PlanFileProblem {
        String content = content(source);
        StrictJson.Parsed parsed;
        try {
            parsed = StrictJson.parse(content);
        } catch (StrictJson.Refused e) {
            throw new PlanFileProblem(Message.of("planFile.atLine", e.line,
                    Message.of("planFile.notJson", source.toString(), e.getMessage())));
        }
        try {
            return plan(parsed.root(), source);
        } catch (PlanFileProblem p) {
            throw p.withLines(parsed::lineOf);
        }
    }

    private static String content(Path source) throws PlanFileProblem {
        try {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return utf8.decode(ByteBuffer.wrap(bytes(source))).toString();
        } catch (CharacterCodingException e) {
            throw new PlanFileProblem(Message.of("planFile.notText", source.toString()));
        }
    }

    /**
     * A plan file's bytes, for this reader and the other tools' formats alike: a regular file of at most
     * {@link #LARGEST_FILE_BYTES}, or a refusal saying why it was not read.
     */
    public static byte[] bytes(Path source) throws PlanFileProblem {
        if (!Files.isRegularFile(source)) { // follows a link to see what it points at; a FIFO would block the read
            throw new PlanFileProblem(Message.of(Files.exists(source) ? "planFile.notAFile" : "planFile.unreadable",
                    source.toString(), "no such file"));
        }
        try {
            return SmallFiles.read(source, LARGEST_FILE_BYTES).orElseThrow(() -> new PlanFileProblem(
                    Message.of("planFile.tooLarge", source.toString(), String.valueOf(LARGEST_FILE_BYTES / 1024))));
        } catch (IOException e) {
            throw new PlanFileProblem(Message.of("planFile.unreadable", source.toString(), String.valueOf(e.getMessage())));
        }
    }

    private static Plan plan(JsonElement parsed, Path source) throws PlanFileProblem {
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
