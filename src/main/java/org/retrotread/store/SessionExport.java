package org.retrotread.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.SessionContext;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Speed;

/**
 * A whole session in one JSON file: how it opened (its UUID, its client's, the limits in force, the
 * progression decided), its plan as it ran and every event. This is the way out when the database cannot be
 * written: the operator saves the session here and loses nothing, and {@link SessionImports} brings it back.
 *
 * <p>The file carries a SHA-256 of its content, worked out from what it means rather than how it is spelt
 * (the plan and events as the codecs write them), so a file edited by hand is refused, while the same
 * content written with other spacing is not.
 */
public final class SessionExport {

    public static final String FORMAT = "retrotread-session";
    static final int VERSION = 2;
    /** Far more than a session's events (a long one is a few hundred kilobytes): a larger file is not read. */
    static final int LARGEST_FILE_BYTES = 32 * 1024 * 1024;

    /** What an export file holds. */
    public record Contents(SessionOpening opening, List<SessionEvent> events) {

        public long sessionId() {
            return opening.id();
        }

        public Plan plan() {
            return opening.plan();
        }
    }

    /** Why a file cannot be brought back: a message for the person, naming the file. */
    public static final class Refused extends Exception {
        private final transient Message reason;

        Refused(Message reason) {
            super(reason.key() + reason.args());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }

    private SessionExport() {
    }

    /** Writes the file whole or not at all, owner-only. */
    public static void write(Path target, Contents contents) throws IOException {
        SessionOpening o = contents.opening();
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonObject session = new JsonObject();
        session.addProperty("id", o.id());
        session.addProperty("uuid", o.uuid());
        o.clientUuid().ifPresent(u -> session.addProperty("clientUuid", u));
        o.starterId().ifPresent(s -> session.addProperty("starterId", s));
        session.addProperty("operator", o.operator());
        session.addProperty("openedAt", o.openedAt().toString());
        JsonObject context = new JsonObject();
        o.context().clientMaxSpeed().ifPresent(s -> context.addProperty("clientMaxSpeedMps", s.metresPerSecond()));
        context.addProperty("treadmillMaxSpeedMps", o.context().treadmillMaxSpeed().metresPerSecond());
        o.context().bodyMass().ifPresent(m -> context.addProperty("bodyMassKg", m.kilograms()));
        session.add("context", context);
        o.progression().map(Progression::record).ifPresent(r -> {
            JsonObject p = new JsonObject();
            p.addProperty("percent", r.percent());
            p.addProperty("outcome", r.outcome().name());
            p.addProperty("decision", r.decision().name());
            r.proposedPercent().ifPresent(v -> p.addProperty("proposedPercent", v));
            p.addProperty("reason", MessageCodec.toJson(r.reason()));
            session.add("progression", p);
        });
        root.add("session", session);
        root.add("plan", JsonParser.parseString(PlanCodec.toJson(o.plan())));
        JsonArray events = new JsonArray();
        var gson = new GsonBuilder().serializeNulls().create();
        contents.events().forEach(e -> events.add(gson.toJsonTree(EventCodec.toRow(e))));
        root.add("events", events);
        root.addProperty("sha256", digest(contents));
        OwnerOnly.write(target, new GsonBuilder().setPrettyPrinting().create().toJson(root).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads an export back, checked whole: a regular file of a sensible size, strict JSON, every field there
     * and of its kind, and its SHA-256 matching its content.
     */
    public static Contents read(Path source) throws Refused {
        String name = source.toString();
        if (!Files.isRegularFile(source)) {
            throw new Refused(Message.of("sessionImport.notAFile", name));
        }
        String text;
        try {
            text = new String(SmallFiles.read(source, LARGEST_FILE_BYTES)
                    .orElseThrow(() -> new Refused(Message.of("sessionImport.notASession", name))), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refused(Message.of("sessionImport.unreadable", name, String.valueOf(e.getMessage())));
        }
        JsonObject root;
        try {
            JsonElement parsed = StrictJson.parse(text).root();
            root = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        } catch (StrictJson.Refused e) {
            throw new Refused(Message.of("sessionImport.notASession", name));
        }
        if (!root.has("format") || !FORMAT.equals(root.get("format").getAsString())) {
            throw new Refused(Message.of("sessionImport.notASession", name));
        }
        try {
            long version = JsonFields.whole(root, "version", "");
            if (version > VERSION) {
                throw new Refused(Message.of("sessionImport.newer", name));
            }
            if (version < VERSION) {
                throw new Refused(Message.of("sessionImport.tooOld", name)); // no UUID, no hash: it cannot be checked
            }
            Contents contents = contents(root);
            if (!digest(contents).equals(JsonFields.text(root, "sha256", ""))) {
                throw new Refused(Message.of("sessionImport.altered", name));
            }
            return contents;
        } catch (PlanFileProblem | RuntimeException e) {
            throw new Refused(Message.of("sessionImport.altered", name));
        }
    }

    private static Contents contents(JsonObject root) throws PlanFileProblem {
        JsonObject s = JsonFields.object(root, "session", "");
        JsonObject c = JsonFields.object(s, "context", "session");
        SessionContext context = new SessionContext(optional(c, "clientMaxSpeedMps").map(Speed::new),
                new Speed(JsonFields.number(c, "treadmillMaxSpeedMps", "session.context")),
                optional(c, "bodyMassKg").map(BodyMass::new));
        Plan plan = PlanCodec.fromJson(JsonFields.object(root, "plan", "").toString());
        Optional<Progression> progression = s.has("progression")
                ? Optional.of(progression(JsonFields.object(s, "progression", "session"), plan)) : Optional.empty();
        Instant openedAt;
        try {
            openedAt = Instant.parse(JsonFields.text(s, "openedAt", "session"));
        } catch (DateTimeParseException e) {
            throw new PlanFileProblem(Message.of("planFile.wrongKind", "session.openedAt", "time"));
        }
        SessionOpening opening = new SessionOpening(JsonFields.whole(s, "id", "session"), JsonFields.text(s, "uuid", "session"),
                Optional.empty(), s.has("starterId") ? Optional.of(JsonFields.text(s, "starterId", "session")) : Optional.empty(),
                Optional.empty(), plan, JsonFields.text(s, "operator", "session"), context, openedAt, progression,
                s.has("clientUuid") ? Optional.of(JsonFields.text(s, "clientUuid", "session")) : Optional.empty());
        var gson = new GsonBuilder().create();
        List<SessionEvent> events = new ArrayList<>();
        for (JsonElement e : JsonFields.array(root, "events", "")) {
            events.add(EventCodec.fromRow(gson.fromJson(e, EventRow.class)));
        }
        return new Contents(opening, events);
    }

    private static Progression progression(JsonObject p, Plan plan) throws PlanFileProblem {
        String at = "session.progression";
        double percent = JsonFields.number(p, "percent", at);
        Optional<Progression.Level> proposed = p.has("proposedPercent")
                ? Optional.of(new Progression.Level(JsonFields.number(p, "proposedPercent", at), plan, false)) : Optional.empty();
        return new Progression(new Progression.Level(percent, plan, false), JsonFields.choice(p, "outcome", Progression.Outcome.class, at),
                MessageCodec.fromJson(JsonFields.text(p, "reason", at)), proposed,
                JsonFields.choice(p, "decision", Progression.Decision.class, at));
    }

    private static Optional<Double> optional(JsonObject o, String field) throws PlanFileProblem {
        return o.has(field) ? Optional.of(JsonFields.number(o, field, "session.context")) : Optional.empty();
    }

    /** SHA-256 over what the file says, each part as this program writes it, one to a line. */
    static String digest(Contents contents) {
        SessionOpening o = contents.opening();
        StringBuilder canonical = new StringBuilder(FORMAT).append(' ').append(VERSION).append('\n')
                .append(o.id()).append('\n').append(o.uuid()).append('\n').append(o.clientUuid().orElse("")).append('\n')
                .append(o.starterId().orElse("")).append('\n').append(o.operator()).append('\n').append(o.openedAt()).append('\n')
                .append(o.context()).append('\n')
                .append(o.progression().map(Progression::record).map(r -> r.percent() + " " + r.outcome() + " " + r.decision() + " "
                        + r.proposedPercent() + " " + MessageCodec.toJson(r.reason())).orElse("")).append('\n')
                .append(PlanCodec.toJson(o.plan())).append('\n');
        contents.events().forEach(e -> canonical.append(EventCodec.toRow(e)).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
