package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Copies a session from a workstation's file to the clinic server, by UUID: its client, its plan version, the
 * session, every event not there yet, and once sealed its summary, seal and amendments. Run it any number of
 * times, at any point of the session: what is on the server already is recognised by its UUID and left as it
 * is, so nothing is ever doubled; each run is one transaction on the server, whole or not at all.
 *
 * <p>Ids are each database's own; UUIDs are the records' identity (schema 6), and the seal is taken over UUIDs,
 * not ids (schema 7), so a session sealed on the workstation checks out on the server as it is.
 */
final class SessionPush {

    /**
     * What one push did, and what the server now holds of the session as this push saw it.
     *
     * @param lastSeq    the last event on the server after the push
     * @param amendments the session's amendments on the server after the push
     */
    record Pushed(String sessionUuid, long serverId, int eventsAdded, boolean sealed, long lastSeq, long amendments) {
        /** Whether this push brought anything of the session (else it was there whole already). */
        boolean arrived() {
            return eventsAdded > 0 || sealed;
        }
    }

    private SessionPush() {
    }

    /**
     * How a push finds the session's client on the server, and whether it seals the session anew there.
     *
     * @param client from the workstation's client id to the server's (a sender's: by UUID; an import's: by identifier too)
     * @param reseal seal again on the server, and chain the amendments to that seal: for an import whose session now
     *               belongs to a client matched by identifier, or whose seal SQLite alone can check (format 1); the
     *               import checked the original first
     * @param sessionIds the number a session new to the target takes (a workstation's file numbers its sessions from
     *                   the app's one counter, which sessions started meanwhile take from too); null: the target's next
     */
    record Options(ClientMatch client, boolean reseal, LongSupplier sessionIds) {
        Options(ClientMatch client, boolean reseal) {
            this(client, reseal, null);
        }
    }

    /** The server's id for a workstation's client. */
    @FunctionalInterface
    interface ClientMatch {
        long serverId(long localClientId) throws SQLException;
    }

    static Pushed push(Connection local, Connection server, long localSessionId) throws SQLException {
        return push(local, server, localSessionId, new Options(id -> client(local, server, id), false));
    }

    static Pushed push(Connection local, Connection server, long localSessionId, Options options) throws SQLException {
        Map<String, Object> session = Rows.one(local, "SELECT * FROM sessions WHERE id = ?", localSessionId)
                .orElseThrow(() -> new SQLException("no session " + localSessionId + " on this workstation"));
        return Sql.inTransaction(server, x -> {
            long serverId = session(local, server, session, options);
            int added = events(local, server, localSessionId, serverId);
            Sql.update(server, "UPDATE sessions SET last_seen_ns = ?, last_seen_at = ?, ended_at = ?, ending = ?, end_reason = ?"
                            + " WHERE id = ? AND sealed = 0", session.get("last_seen_ns"), session.get("last_seen_at"),
                    session.get("ended_at"), session.get("ending"), session.get("end_reason"), serverId);
            boolean sealed = flag(session.get("sealed")) && seal(local, server, session, localSessionId, serverId, options.reseal());
            amendments(local, server, localSessionId, serverId, options.reseal());
            long lastSeq = Sql.one(server, "SELECT COALESCE(MAX(seq), 0) FROM session_events WHERE session_id = ?", r -> r.getLong(1),
                    serverId).orElse(0L);
            long amendmentCount = Sql.one(server, "SELECT COUNT(*) FROM amendments WHERE session_id = ?", r -> r.getLong(1), serverId)
                    .orElse(0L);
            return new Pushed((String) session.get("uuid"), serverId, added, sealed, lastSeq, amendmentCount);
        });
    }

    /** The session's id on the server: found by its UUID, or its opening copied there (with its client and plan). */
    private static long session(Connection local, Connection server, Map<String, Object> session, Options options)
            throws SQLException {
        Optional<Long> there = idByUuid(server, "sessions", (String) session.get("uuid"));
        if (there.isPresent()) {
            return there.get();
        }
        Map<String, Object> row = new LinkedHashMap<>(session);
        row.put("client_id", session.get("client_id") == null ? null
                : options.client().serverId(((Number) session.get("client_id")).longValue()));
        row.put("plan_version_id", planVersion(local, server, ((Number) session.get("plan_version_id")).longValue(), options.client()));
        row.put("sealed", 0);          // sealed below, after its events and summary, as the journal does it
        row.put("seal_sha256", null);
        if (options.sessionIds() != null) {
            long id = options.sessionIds().getAsLong();
            row.put("id", id);
            Rows.insert(server, "sessions", row);
            return id;
        }
        return Rows.insertNew(server, "sessions", row);
    }

    /** The client's id on the server, by UUID; a client first seen here is copied as the profile stood. */
    static long client(Connection local, Connection server, long localClientId) throws SQLException {
        Map<String, Object> client = Rows.one(local, "SELECT * FROM clients WHERE id = ?", localClientId)
                .orElseThrow(() -> new SQLException("no client " + localClientId + " on this workstation"));
        Optional<Long> there = idByUuid(server, "clients", (String) client.get("uuid"));
        return there.isPresent() ? there.get() : Rows.insertNew(server, "clients", client);
    }

    /**
     * The plan version's id on the server, by UUID. A version first seen here joins its plan (by UUID, or for a
     * shipped starter by its starter id: each database made its own starter rows); its number, when the server's
     * plan has that number already, becomes the next free one. The UUID, which the seal names, stays.
     */
    static long planVersion(Connection local, Connection server, long localVersionId) throws SQLException {
        return planVersion(local, server, localVersionId, id -> client(local, server, id));
    }

    /** As above, a client's own plan joining the client {@code clients} finds (an import's: by identifier too). */
    static long planVersion(Connection local, Connection server, long localVersionId, ClientMatch clients) throws SQLException {
        Map<String, Object> version = Rows.one(local, "SELECT * FROM plan_versions WHERE id = ?", localVersionId)
                .orElseThrow(() -> new SQLException("no plan version " + localVersionId + " on this workstation"));
        Optional<Long> there = idByUuid(server, "plan_versions", (String) version.get("uuid"));
        if (there.isPresent()) {
            return there.get();
        }
        Map<String, Object> plan = Rows.one(local, "SELECT * FROM plans WHERE id = ?", version.get("plan_id")).orElseThrow();
        Optional<Long> planThere = idByUuid(server, "plans", (String) plan.get("uuid"));
        if (planThere.isEmpty() && plan.get("starter_id") != null) {
            planThere = Sql.one(server, "SELECT id FROM plans WHERE starter_id = ?", r -> r.getLong(1), plan.get("starter_id"));
        }
        long planId;
        if (planThere.isPresent()) {
            planId = planThere.get();
        } else {
            Map<String, Object> copy = new LinkedHashMap<>(plan);
            if (copy.get("client_id") != null) {
                copy.put("client_id", clients.serverId(((Number) copy.get("client_id")).longValue()));
            }
            planId = Rows.insertNew(server, "plans", copy);
        }
        Map<String, Object> copy = new LinkedHashMap<>(version);
        copy.put("plan_id", planId);
        long number = ((Number) version.get("version")).longValue();
        if (Sql.one(server, "SELECT 1 FROM plan_versions WHERE plan_id = ? AND version = ?", r -> 1, planId, number).isPresent()) {
            number = Sql.one(server, "SELECT MAX(version) + 1 FROM plan_versions WHERE plan_id = ?", r -> r.getLong(1), planId).orElseThrow();
        }
        copy.put("version", number);
        return Rows.insertNew(server, "plan_versions", copy);
    }

    /** The events after the last one the server has, in order; one the server has under another session is a conflict. */
    private static int events(Connection local, Connection server, long localId, long serverId) throws SQLException {
        long last = Sql.one(server, "SELECT COALESCE(MAX(seq), 0) FROM session_events WHERE session_id = ?", r -> r.getLong(1), serverId)
                .orElse(0L);
        List<Map<String, Object>> events = Rows.all(local, "SELECT * FROM session_events WHERE session_id = ? AND seq > ? ORDER BY seq",
                localId, last);
        for (Map<String, Object> event : events) {
            Map<String, Object> row = new LinkedHashMap<>(event);
            row.put("session_id", serverId);
            Rows.insert(server, "session_events", row);
        }
        return events.size();
    }

    /** Copies the summary and the workstation's seal, once; the server's own check then reads the same values. */
    private static boolean seal(Connection local, Connection server, Map<String, Object> session, long localId, long serverId,
                                boolean reseal) throws SQLException {
        if (Sql.one(server, "SELECT sealed FROM sessions WHERE id = ?", r -> r.getInt(1), serverId).orElse(0) == 1) {
            return false;
        }
        Optional<Map<String, Object>> summary = Rows.one(local, "SELECT * FROM session_summaries WHERE session_id = ?", localId);
        if (summary.isPresent()) {
            Map<String, Object> row = new LinkedHashMap<>(summary.get());
            row.put("session_id", serverId);
            Rows.insert(server, "session_summaries", row);
        }
        Object seal = reseal ? SealChain.seal(server, serverId) : session.get("seal_sha256");
        Sql.update(server, "UPDATE sessions SET sealed = 1, seal_sha256 = ? WHERE id = ? AND sealed = 0", seal, serverId);
        return true;
    }

    /** Amendments the server does not have yet (by UUID), in the order they were made: each link follows the one before. */
    private static void amendments(Connection local, Connection server, long localId, long serverId, boolean rechain)
            throws SQLException {
        for (Map<String, Object> amendment : Rows.all(local, "SELECT * FROM amendments WHERE session_id = ? ORDER BY id", localId)) {
            if (idByUuid(server, "amendments", (String) amendment.get("uuid")).isEmpty()) {
                Map<String, Object> row = new LinkedHashMap<>(amendment);
                row.put("session_id", serverId);
                if (rechain) { // linked to the new seal, or to the amendment before it, with its own values unchanged
                    row.put("chain_sha256", SealChain.link(SealChain.lastLink(server, serverId).orElse(""), SealChain.amendmentValues(row)));
                }
                Rows.insertNew(server, "amendments", row);
            }
        }
    }

    private static Optional<Long> idByUuid(Connection c, String table, String uuid) throws SQLException {
        return Sql.one(c, "SELECT id FROM " + table + " WHERE uuid = ?", r -> r.getLong(1), uuid);
    }

    private static boolean flag(Object value) {
        return value instanceof Number n && n.intValue() == 1;
    }
}
