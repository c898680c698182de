package org.retrotread.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Who did what to the record, and when (schema 8): profile changes field by field, archiving, corrections,
 * exports and where they went, backups and restores. Each row is written in the same transaction as what it
 * records, never changes (triggers refuse it), and carries a SHA-256 over itself and the row before it, so a
 * row changed or taken away outside Retrotread shows ({@link #intact}).
 *
 * <p>The author is the name a person typed where the action asks for one (a correction), else the computer's
 * login name: until the clinic server signs each clinician in, that is who the computer knows.
 */
public final class AuditTrail {

    /** What happened. */
    public enum Action {
        CLIENT_ADDED, CLIENT_CHANGED, CLIENT_ARCHIVED, CLIENT_UNARCHIVED, CLIENT_DELETED, SESSION_AMENDED, WALK_TEST_CORRECTED,
        EXPORTED, PRINTED, IMPORTED, BACKUP_MADE, RESTORED,
        /** A laptop's records moved into the clinic server (the file's name is the subject). */
        MOVED_IN
    }

    /**
     * One row of the trail.
     *
     * @param subject what it concerns: a profile field, a session and what was corrected, what was exported
     * @param before  the value before (a profile field, a corrected value); empty where nothing was before
     * @param after   the value after, or where an export or backup went
     */
    public record Entry(long id, Instant at, String author, Optional<Long> clientId, Action action, String subject,
                        Optional<String> before, Optional<String> after) {
    }

    private static final String COLUMNS = "uuid, at, author, client_id, action, subject, before, after";

    private final Connection c;
    private final Clock clock;
    private final BooleanSupplier writable;

    AuditTrail(Connection c, Clock clock, BooleanSupplier writable) {
        this.c = c;
        this.clock = clock;
        this.writable = writable;
    }

    /** The login name of the person at this computer, the author of what nobody typed a name for. */
    public static String computerUser() {
        String name = System.getProperty("user.name", "").strip();
        return name.isEmpty() ? "?" : name;
    }

    /**
     * Records something done outside any other write (an export, a backup, a restore), by this computer's user.
     *
     * @return false when the database is open read-only (another copy of Retrotread has it): nothing can be
     *         written, the trail included; the caller says so
     */
    public boolean record(Optional<Long> clientId, Action action, String subject, String after) throws SQLException {
        if (!writable.getAsBoolean()) {
            return false;
        }
        Sql.inTransaction(c, x -> {
            record(c, clock, computerUser(), clientId, action, subject, null, after);
            return null;
        });
        return true;
    }

    /** Adds a row inside the caller's transaction: it stands or falls with what it records. */
    static void record(Connection c, Clock clock, String givenAuthor, Optional<Long> clientId, Action action, String subject,
                       String before, String after) throws SQLException {
        Chains.lock(c, "audit");
        String author = Chains.author(c, givenAuthor);
        String uuid = RecordIds.fresh();
        String at = clock.instant().toString();
        String last = Sql.one(c, "SELECT chain_sha256 FROM audit_trail ORDER BY id DESC LIMIT 1", r -> r.getString(1)).orElse("");
        String link = link(last, Arrays.asList(uuid, at, author, clientId.map(String::valueOf).orElse(null), action.name(),
                subject, before, after));
        Sql.update(c, "INSERT INTO audit_trail (" + COLUMNS + ", chain_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", uuid, at, author,
                clientId.orElse(null), action.name(), subject, before, after, link);
    }

    /**
     * What a client's record went through, oldest first: their own rows, and the clinic-wide ones (a backup, a
     * restore, everyone's sessions exported) that took their record with them.
     */
    public List<Entry> ofClient(long clientId) throws SQLException {
        return Sql.list(c, "SELECT * FROM audit_trail WHERE client_id = ? OR client_id IS NULL ORDER BY id", AuditTrail::entry, clientId);
    }

    /** Every row, oldest first: the clinic's whole trail. */
    public List<Entry> all() throws SQLException {
        return Sql.list(c, "SELECT * FROM audit_trail ORDER BY id", AuditTrail::entry);
    }

    /** Whether every row still matches its link: false means the trail was changed outside Retrotread. */
    public boolean intact() throws SQLException {
        record Row(List<String> values, String chain) {
        }
        List<Row> rows = Sql.list(c, "SELECT " + COLUMNS + ", chain_sha256 FROM audit_trail ORDER BY id", r -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                values.add(r.getString(i));
            }
            return new Row(values, r.getString(9));
        });
        String before = "";
        for (Row row : rows) {
            String expected = link(before, row.values());
            if (!expected.equals(row.chain())) {
                return false;
            }
            before = expected;
        }
        return true;
    }

    private static String link(String before, List<String> values) {
        return SealChain.link("audit " + before, values);
    }

    private static Entry entry(ResultSet r) throws SQLException {
        long client = r.getLong("client_id");
        return new Entry(r.getLong("id"), Instant.parse(r.getString("at")), r.getString("author"),
                r.wasNull() ? Optional.empty() : Optional.of(client), Action.valueOf(r.getString("action")), r.getString("subject"),
                Optional.ofNullable(r.getString("before")), Optional.ofNullable(r.getString("after")));
    }
}
