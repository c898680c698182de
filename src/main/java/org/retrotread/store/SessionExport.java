package org.retrotread.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;

/**
 * A whole session in one JSON file: its plan and every event. This is the way out when the
 * database cannot be written: the operator saves the session here and loses nothing.
 */
public final class SessionExport {

    public static final String FORMAT = "retrotread-session";

    /** What an export file holds. */
    public record Contents(long sessionId, String operator, Plan plan, List<SessionEvent> events) {
    }

    private SessionExport() {
    }

    /** Writes the file whole or not at all (a temporary file, then a rename). */
    public static void write(Path target, Contents contents) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", 1);
        root.addProperty("sessionId", contents.sessionId());
        root.addProperty("operator", contents.operator());
        root.add("plan", JsonParser.parseString(PlanCodec.toJson(contents.plan())));
        JsonArray events = new JsonArray();
        var gson = new GsonBuilder().serializeNulls().create();
        contents.events().forEach(e -> events.add(gson.toJsonTree(EventCodec.toRow(e))));
        root.add("events", events);
        OwnerOnly.write(target, new GsonBuilder().setPrettyPrinting().create().toJson(root).getBytes(StandardCharsets.UTF_8));
    }

    public static Contents read(Path source) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(source, StandardCharsets.UTF_8)).getAsJsonObject();
        if (!root.has("format") || !FORMAT.equals(root.get("format").getAsString())) {
            throw new IOException("not a Retrotread session file: " + source);
        }
        var gson = new GsonBuilder().create();
        List<SessionEvent> events = new ArrayList<>();
        root.getAsJsonArray("events").forEach(e -> events.add(EventCodec.fromRow(gson.fromJson(e, EventRow.class))));
        return new Contents(root.get("sessionId").getAsLong(), root.get("operator").getAsString(),
                PlanCodec.fromJson(root.get("plan").toString()), events);
    }
}
