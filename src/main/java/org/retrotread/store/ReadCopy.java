package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workstation's copy of the clinic's clients and plans, taken from the server at each connection (decision
 * 0021): with the server unreachable, a session can still be run for any client on any plan, from this copy, and is
 * pushed later. Records keep their UUIDs, so a session run on a copied client and plan arrives at the server's own
 * records, its seal intact. The copy lives in the workstation's file, owner-only like the journal.
 */
public final class ReadCopy {

    /** When the copy was taken, and what it holds. */
    public record Taken(Instant at, int clients, int planVersions) {
    }

    static final String TAKEN_AT = "readCopyTakenAt";

    /** The profile's columns a copy brings up to the server's (everything but its keys). */
    private static final List<String> PROFILE = List.of("name", "identifier", "date_of_birth", "body_mass_kg", "max_speed_mps",
            "notes", "archived", "referral", "affected_side", "surgery_date", "precautions", "goals", "max_grade_tenths",
            "heart_rate_ceiling_bpm", "heart_rate_not_a_guide");

    private ReadCopy() {
    }

    /**
     * Brings the copy in {@code workstation} up to the server's clients, plans and walk tests, in one transaction
     * there. A few queries on the server whatever the clinic's size (each table read once); only a plan version new
     * to the copy costs a trip of its own. Sign-in waits for it, so it must stay quick for a clinic of thousands.
     */
    public static Taken refresh(Connection server, Connection workstation, Clock clock) throws SQLException {
        List<Map<String, Object>> clients = Rows.all(server, "SELECT * FROM clients ORDER BY id");
        List<Map<String, Object>> versions = Rows.all(server, "SELECT id, uuid FROM plan_versions ORDER BY id");
        List<Map<String, Object>> plans = Rows.all(server, "SELECT * FROM plans ORDER BY id");
        Instant at = clock.instant();
        return Sql.inTransaction(workstation, x -> {
            Map<String, Long> here = Rows.idsByUuid(workstation, "clients");
            Map<Long, Long> ids = new LinkedHashMap<>();
            for (Map<String, Object> client : clients) {
                Long local = here.get((String) client.get("uuid"));
                if (local == null) {
                    local = Rows.insertNew(workstation, "clients", client);
                } else {
                    update(workstation, "clients", PROFILE, client, local);
                }
                ids.put(((Number) client.get("id")).longValue(), local);
            }
            Map<String, Long> versionsHere = Rows.idsByUuid(workstation, "plan_versions");
            for (Map<String, Object> version : versions) {
                if (!versionsHere.containsKey((String) version.get("uuid"))) {
                    SessionPush.planVersion(server, workstation, ((Number) version.get("id")).longValue());
                }
            }
            for (Map<String, Object> plan : plans) {
                plan(server, workstation, plan);
            }
            WalkTestCopy.copy(server, workstation, ids);
            Sql.update(workstation, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    TAKEN_AT, at.toString());
            return new Taken(at, clients.size(), versions.size());
        });
    }

    /** The server's client {@code serverId} in the workstation's copy, as the server has it now; its id there. */
    static long client(Connection server, Connection workstation, long serverId) throws SQLException {
        return client(server, workstation, Rows.one(server, "SELECT * FROM clients WHERE id = ?", serverId)
                .orElseThrow(() -> new SQLException("no client " + serverId + " on the server")));
    }

    private static long client(Connection server, Connection workstation, Map<String, Object> client) throws SQLException {
        long local = SessionPush.client(server, workstation, ((Number) client.get("id")).longValue());
        update(workstation, "clients", PROFILE, client, local);
        return local;
    }

    /** The server's plan {@code serverId}, with its latest version, in the workstation's copy; its id there. */
    static long plan(Connection server, Connection workstation, long serverId) throws SQLException {
        Optional<Long> latest = Sql.one(server, "SELECT MAX(id) FROM plan_versions WHERE plan_id = ?", r -> r.getLong(1), serverId);
        if (latest.isPresent() && latest.get() > 0) {
            SessionPush.planVersion(server, workstation, latest.get());
        }
        return plan(server, workstation, Rows.one(server, "SELECT * FROM plans WHERE id = ?", serverId)
                .orElseThrow(() -> new SQLException("no plan " + serverId + " on the server"))).orElseThrow();
    }

    /** Brings the copy of a plan already copied (with a version) up to the server's: whose it is, archived, progression. */
    private static Optional<Long> plan(Connection server, Connection workstation, Map<String, Object> plan) throws SQLException {
        Optional<Long> local = Sql.one(workstation, "SELECT id FROM plans WHERE uuid = ?", r -> r.getLong(1), plan.get("uuid"));
        if (local.isEmpty() && plan.get("starter_id") != null) {
            local = Sql.one(workstation, "SELECT id FROM plans WHERE starter_id = ?", r -> r.getLong(1), plan.get("starter_id"));
        }
        if (local.isPresent()) {
            Map<String, Object> values = new LinkedHashMap<>(plan);
            values.put("client_id", plan.get("client_id") == null ? null
                    : SessionPush.client(server, workstation, ((Number) plan.get("client_id")).longValue()));
            update(workstation, "plans", List.of("archived", "progression_percent", "baseline_at", "client_id"), values, local.get());
        }
        return local;
    }

    /** When the copy in {@code workstation} was last taken; empty when it never was. */
    public static Optional<Instant> takenAt(Connection workstation) throws SQLException {
        return Sql.one(workstation, "SELECT value FROM settings WHERE key = ?", r -> Instant.parse(r.getString(1)), TAKEN_AT);
    }

    private static void update(Connection c, String table, List<String> columns, Map<String, Object> values, long id) throws SQLException {
        Object[] args = new Object[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            args[i] = values.get(columns.get(i));
        }
        args[columns.size()] = id;
        Sql.update(c, "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?", args);
    }
}
