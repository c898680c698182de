package org.retrotread.store;

import com.google.gson.JsonArray;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tamper evidence for finished sessions (schema version 7). The seal is a SHA-256 over everything stored for
 * the session, read back from the database as it is stored: its row, every event in order, its summary. Each
 * amendment extends a chain: SHA-256 of the link before it and of itself. Checking works it all out again; any
 * difference means the record was changed outside Retrotread, and is said, never repaired.
 *
 * <p>Two formats of seal. Format 1 (sessions sealed on a laptop before the clinic server) took each value as
 * SQLite renders it as text, which no other database reproduces: SQLite writes {@code 5/3.6} as
 * {@code 1.3888888888888888} and {@code 2/3.6} as {@code 0.55555555555555558}, PostgreSQL as the shortest text
 * that reads back. Format 2 takes each value by its type: text as it is, whole numbers in decimal, a real as the
 * exact decimal of its binary value ({@link BigDecimal}): the same on SQLite and PostgreSQL, on any Java. New
 * seals are format 2; a check accepts format 1 only where SQLite can still render it (decision 0021). Format 3
 * (schema 11) is format 2 over the session's limits beyond speed and its summary's grade and heart-rate figures too;
 * sessions sealed before keep their format 2 seal (decision 0022).
 */
public final class SealChain {

    /** What a check of a session found. */
    public enum Integrity {
        /** Sealed, and everything matches its seal and its chain. */
        INTACT,
        /** Sealed, and something no longer matches: changed outside Retrotread. */
        CHANGED,
        /** Still open (a session running, or not yet recovered): nothing to check yet. */
        OPEN,
        /** Sealed before seals were kept (schema 7): it cannot be checked. */
        SEALED_BEFORE_SEALS
    }

    private static final String SESSION_COLUMNS = "s.uuid, (SELECT uuid FROM clients WHERE id = s.client_id),"
            + " (SELECT uuid FROM plan_versions WHERE id = s.plan_version_id), s.mode, s.operator, s.client_max_speed_mps,"
            + " s.treadmill_max_speed_mps, s.body_mass_kg, s.opened_at, s.ended_at, s.ending, s.end_reason, s.plan_run,"
            + " s.progression_outcome, s.progression_percent, s.progression_proposed_percent, s.progression_decision,"
            + " s.progression_reason";
    private static final String EVENT_COLUMNS = "seq, uuid, at_ns, type, speed_mps, n1, n2, flag, label, text";
    private static final String SUMMARY_COLUMNS = "active_ms, on_rails_ms, hands_free_ms, backward_m, max_backward_mps,"
            + " max_hands_free_mps, pain_before, pain_after, rpe, session_load, energy_kcal";
    /** Schema 11's columns, taken by a format 3 seal after those of format 2. */
    private static final String GRADE_SESSION_COLUMNS = "s.client_max_grade_tenths, s.grade_lowest_tenths, s.grade_highest_tenths,"
            + " s.heart_rate_ceiling_bpm, s.heart_rate_not_a_guide";
    private static final String GRADE_SUMMARY_COLUMNS = "average_grade_tenths, max_grade_tenths, climbed_m, heart_rate_lowest_bpm,"
            + " heart_rate_highest_bpm, above_ceiling_ms";
    /** An amendment's values in its link: the first seven since schema 7, the structured correction's since 8. */
    private static final String AMENDMENT_COLUMNS = "uuid, made_at, author, reason, field, old_value, new_value, field_key, event_seq, value";
    private static final int FREE_TEXT_VALUES = 7;

    private SealChain() {
    }

    /** The seal of a session as it is stored now (its summary must be written first). */
    static String seal(Connection c, long sessionId) throws SQLException {
        return seal(c, sessionId, Format.WITH_GRADE);
    }

    /** How a stored value becomes the text a seal is taken over. */
    enum Format {
        /** Format 1: the text SQLite renders, as the laptop's first seals took it. */
        AS_SQLITE_TEXT,
        /** Format 2: by type, the same on every database. */
        BY_TYPE,
        /** Format 3: as format 2, with schema 11's grade and heart-rate columns. */
        WITH_GRADE
    }

    static String seal(Connection c, long sessionId, Format format) throws SQLException {
        String header = switch (format) {
            case AS_SQLITE_TEXT -> "retrotread-seal 1\n";
            case BY_TYPE -> "retrotread-seal 2\n";
            case WITH_GRADE -> "retrotread-seal 3\n";
        };
        boolean grade = format == Format.WITH_GRADE;
        Format values = grade ? Format.BY_TYPE : format;
        StringBuilder canonical = new StringBuilder(header);
        rows(c, "SELECT " + SESSION_COLUMNS + (grade ? ", " + GRADE_SESSION_COLUMNS : "") + " FROM sessions s WHERE s.id = ?",
                sessionId, canonical, values);
        rows(c, "SELECT " + EVENT_COLUMNS + " FROM session_events WHERE session_id = ? ORDER BY seq", sessionId, canonical, values);
        rows(c, "SELECT " + SUMMARY_COLUMNS + (grade ? ", " + GRADE_SUMMARY_COLUMNS : "") + " FROM session_summaries WHERE session_id = ?",
                sessionId, canonical, values);
        return sha256(canonical.toString());
    }

    /** Whether a stored seal is one every database can check (format 2 or 3) and matches the session as stored now. */
    static boolean portable(Connection c, long sessionId, String stored) throws SQLException {
        return stored != null && (stored.equals(seal(c, sessionId, Format.WITH_GRADE)) || stored.equals(seal(c, sessionId, Format.BY_TYPE)));
    }

    /** Whether the stored seal is the session as stored now, in either format where this database can say format 1. */
    private static boolean sealMatches(Connection c, long sessionId, String stored) throws SQLException {
        if (portable(c, sessionId, stored)) {
            return true;
        }
        return Dialect.of(c) == Dialect.SQLITE && stored.equals(seal(c, sessionId, Format.AS_SQLITE_TEXT));
    }

    /**
     * The link an amendment adds: over the link before it and the amendment's values (uuid, made_at, author,
     * reason, field, old value, new value, and for a structured correction its field key, event and value), all
     * text, exactly as they are stored.
     */
    static String link(String before, List<String> values) {
        JsonArray row = new JsonArray();
        values.forEach(row::add);
        return sha256("retrotread-amendment 1\n" + before + "\n" + row + "\n");
    }

    /** An amendment's values in its link, from its stored row (column name to value), as {@link #check} reads them. */
    static List<String> amendmentValues(Map<String, Object> row) {
        String[] columns = AMENDMENT_COLUMNS.split(", ");
        int count = row.get("field_key") == null ? FREE_TEXT_VALUES : columns.length;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object v = row.get(columns[i]);
            values.add(v == null ? null : String.valueOf(v));
        }
        return values;
    }

    /** The link the next amendment of a session follows: the last amendment's, else the session's seal. */
    static Optional<String> lastLink(Connection c, long sessionId) throws SQLException {
        Optional<Optional<String>> amendment = Sql.one(c, "SELECT chain_sha256 FROM amendments WHERE session_id = ?"
                + " ORDER BY id DESC LIMIT 1", r -> Optional.ofNullable(r.getString(1)), sessionId);
        if (amendment.isPresent()) {
            return amendment.get();
        }
        return Sql.one(c, "SELECT seal_sha256 FROM sessions WHERE id = ?", r -> Optional.ofNullable(r.getString(1)), sessionId)
                .flatMap(seal -> seal);
    }

    /** Works the seal and the chain out again and compares: what a person is told about the record. */
    public static Integrity check(Connection c, long sessionId) throws SQLException {
        record Row(boolean sealed, String seal) {
        }
        Optional<Row> row = Sql.one(c, "SELECT sealed, seal_sha256 FROM sessions WHERE id = ?",
                r -> new Row(r.getInt(1) == 1, r.getString(2)), sessionId);
        if (row.isEmpty() || !row.get().sealed()) {
            return Integrity.OPEN;
        }
        if (row.get().seal() == null) {
            long sealsSince = Sql.one(c, "SELECT value FROM settings WHERE key = 'sealsSinceSessionId'", r -> r.getLong(1)).orElse(1L);
            return sessionId < sealsSince ? Integrity.SEALED_BEFORE_SEALS : Integrity.CHANGED; // a seal taken away is a change
        }
        if (!sealMatches(c, sessionId, row.get().seal())) {
            return Integrity.CHANGED;
        }
        record Link(List<String> values, String chain) {
        }
        List<Link> links = Sql.list(c, "SELECT " + AMENDMENT_COLUMNS + ", chain_sha256 FROM amendments WHERE session_id = ? ORDER BY id",
                r -> {
                    List<String> values = new ArrayList<>();
                    int count = r.getString(FREE_TEXT_VALUES + 1) == null ? FREE_TEXT_VALUES : FREE_TEXT_VALUES + 3;
                    for (int i = 1; i <= count; i++) {
                        values.add(r.getString(i));
                    }
                    return new Link(values, r.getString(FREE_TEXT_VALUES + 4));
                }, sessionId);
        String before = row.get().seal();
        for (Link l : links) {
            String expected = link(before, l.values());
            if (!expected.equals(l.chain())) {
                return Integrity.CHANGED;
            }
            before = expected;
        }
        return Integrity.INTACT;
    }

    /** Each row as a JSON array of its values as text (null as null), one line each. */
    private static void rows(Connection c, String sql, long id, StringBuilder out, Format format) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, sql, id); ResultSet r = s.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                JsonArray values = new JsonArray();
                for (int i = 1; i <= columns; i++) {
                    values.add(format == Format.BY_TYPE ? byType(r.getObject(i)) : r.getString(i));
                }
                out.append(values).append('\n');
            }
        }
    }

    /** A value as format 2 writes it: a real as the exact decimal of its binary value, anything else as its text. */
    static String byType(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d).toString() : String.valueOf(d);
        }
        return value.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
