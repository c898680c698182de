package org.retrotread.report;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.retrotread.i18n.Dates;
import org.retrotread.i18n.Messages;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;
import org.retrotread.store.AuditTrail;

/**
 * A row of the audit trail as a person reads it, the same on screen and on paper: when, who, what happened
 * (in words, with the profile field or the session it concerns), the value before and after (in the reader's
 * units) or where a file went.
 */
public final class AuditText {

    private static final String NONE = "\u2014";
    /** The profile fields as the trail keeps them, and the caption a person knows them by. */
    private static final Map<String, String> FIELD_CAPTIONS = Map.ofEntries(Map.entry("name", "ui.clients.name"),
            Map.entry("identifier", "ui.clients.identifier"), Map.entry("dateOfBirth", "ui.clients.dateOfBirth"),
            Map.entry("bodyMassKg", "audit.field.bodyMass"), Map.entry("maxSpeedMps", "audit.field.maxSpeed"),
            Map.entry("notes", "ui.clients.notes"), Map.entry("referral", "ui.clients.referral"),
            Map.entry("affectedSide", "ui.clients.side"), Map.entry("surgeryDate", "ui.clients.surgeryDate"),
            Map.entry("precautions", "ui.clients.precautions"), Map.entry("goals", "ui.clients.goals"),
            Map.entry("archived", "audit.field.archived"), Map.entry("maxGradePercent", "audit.field.maxGrade"),
            Map.entry("heartRateCeilingBpm", "audit.field.heartRateCeiling"),
            Map.entry("heartRateNotAGuide", "audit.field.heartRateNotAGuide"));

    private final Messages text;
    private final ZoneId zone;
    private final CorrectionText corrections;

    public AuditText(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
        this.corrections = new CorrectionText(text);
    }

    /** The columns' headings. */
    public List<String> headings() {
        return List.of(text.text("audit.col.when"), text.text("audit.col.who"), text.text("audit.col.what"),
                text.text("audit.col.before"), text.text("audit.col.after"));
    }

    /** One row's cells, in the order of {@link #headings}. */
    public List<String> cells(AuditTrail.Entry e) {
        String when = new Dates(text, zone).dateTime(e.at());
        return List.of(when, e.author(), what(e), value(e, e.before()), value(e, e.after()));
    }

    private String what(AuditTrail.Entry e) {
        String action = text.text("AuditAction." + e.action().name());
        return switch (e.action()) {
            case CLIENT_CHANGED -> action + ": " + Optional.ofNullable(FIELD_CAPTIONS.get(e.subject())).map(text::text).orElse(e.subject());
            case SESSION_AMENDED -> amended(e.subject()).map(a -> text.format("audit.amended", a.sessionId(),
                    corrections.what(a.field(), a.seq(), List.of()))).orElse(action + " " + e.subject());
            case WALK_TEST_CORRECTED, IMPORTED, RESTORED, MOVED_IN -> text.format("audit.subject." + e.action().name(), e.subject());
            case EXPORTED, PRINTED, BACKUP_MADE -> action + ": " + text.text("audit.kind." + e.subject());
            default -> action;
        };
    }

    private String value(AuditTrail.Entry e, Optional<String> value) {
        if (value.isEmpty() || value.get().isEmpty()) {
            return NONE;
        }
        String v = value.get();
        return switch (e.action()) {
            case CLIENT_CHANGED -> profileValue(e.subject(), v);
            case SESSION_AMENDED -> amended(e.subject()).map(a -> corrections.value(a.field(), v)).orElse(v);
            case WALK_TEST_CORRECTED -> text.number(Double.parseDouble(v)) + " s";
            default -> v;
        };
    }

    /** A profile field's value, canonical as the trail keeps it, in the reader's units and words. */
    private String profileValue(String field, String v) {
        return switch (field) {
            case "maxSpeedMps" -> text.speed(new Speed(Double.parseDouble(v)));
            case "bodyMassKg" -> text.number(Double.parseDouble(v)) + " kg";
            case "affectedSide" -> text.text("Side." + v);
            case "archived" -> text.text("audit.archived." + v);
            case "maxGradePercent" -> text.grade(Grade.ofPercent(Double.parseDouble(v)));
            case "heartRateCeilingBpm" -> text.heartRate(new HeartRate(Integer.parseInt(v)));
            case "heartRateNotAGuide" -> text.text("audit.yesNo." + v);
            default -> v;
        };
    }

    /**
     * A profile field as the trail names it and a value of it, as a person reads them ("Notes: “knee better”"):
     * what someone else changed, said when a save is refused ({@code ProfileChanged}).
     */
    public String fieldAndValue(String field, String canonical) {
        String caption = Optional.ofNullable(FIELD_CAPTIONS.get(field)).map(text::text).orElse(field);
        String value = canonical == null || canonical.isEmpty() ? NONE : "\u201c" + profileValue(field, canonical) + "\u201d";
        return caption + ": " + value;
    }

    /** What a correction row concerns: "12 PAIN_AFTER" or "12 SPEED 7" (session, field, event). */
    private record Amended(long sessionId, CorrectedField field, OptionalLong seq) {
    }

    private static Optional<Amended> amended(String subject) {
        String[] parts = subject.split(" ");
        try {
            return Optional.of(new Amended(Long.parseLong(parts[0]), CorrectedField.valueOf(parts[1]),
                    parts.length > 2 ? OptionalLong.of(Long.parseLong(parts[2])) : OptionalLong.empty()));
        } catch (RuntimeException notOurs) {
            return Optional.empty(); // a row not in this form is shown as written
        }
    }
}
