package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The sender's bookmark in the workstation's file (schema 9): which sessions have something the server lacks. */
final class ServerPushes {

    /** A session with something to push: events after {@code pushedSeq}, its seal, or amendments; or not known there yet. */
    record Pending(long localId, String uuid, long lastSeq, long pushedSeq, boolean sealed, long amendments) {
    }

    /** A session as the file and the bookmark see it. */
    private record Seen(Pending pending, boolean known, boolean pushedSealed, long pushedAmendments) {
        boolean lacking() {
            Pending p = pending;
            return !known || p.lastSeq() > p.pushedSeq() || p.sealed() && !pushedSealed || p.amendments() != pushedAmendments;
        }
    }

    private ServerPushes() {
    }

    /**
     * Sessions numbered above {@code settled} that have something the bookmark says the server lacks, oldest first.
     * A session pushed sealed, with as many amendments as it has, is never looked at again.
     */
    static List<Pending> pending(Connection local, long settled) throws SQLException {
        return Sql.list(local, "SELECT s.id, s.uuid, s.sealed, p.session_uuid IS NOT NULL AS known, p.last_seq AS pushed_seq,"
                        + " p.sealed AS pushed_sealed, p.amendments AS pushed_amendments,"
                        + " (SELECT COALESCE(MAX(e.seq), 0) FROM session_events e WHERE e.session_id = s.id) AS last_seq,"
                        + " (SELECT COUNT(*) FROM amendments a WHERE a.session_id = s.id) AS amendments"
                        + " FROM sessions s LEFT JOIN server_pushes p ON p.session_uuid = s.uuid"
                        + " WHERE s.id > ? AND (p.session_uuid IS NULL OR p.sealed = 0"
                        + " OR p.amendments <> (SELECT COUNT(*) FROM amendments a WHERE a.session_id = s.id)) ORDER BY s.id",
                        r -> new Seen(new Pending(r.getLong("id"), r.getString("uuid"), r.getLong("last_seq"), r.getLong("pushed_seq"),
                                r.getInt("sealed") == 1, r.getLong("amendments")), r.getBoolean("known"), r.getInt("pushed_sealed") == 1,
                                r.getLong("pushed_amendments")), settled)
                .stream().filter(Seen::lacking).map(Seen::pending).toList();
    }

    /**
     * After a round that left nothing waiting: the number below which every session is sealed and on the server,
     * so that later rounds look only above it (a workstation's file may hold years of sessions; a round follows
     * every journal write). Below the first session still open, which will have a seal to push.
     */
    static long settled(Connection local) throws SQLException {
        return Sql.one(local, "SELECT COALESCE((SELECT MIN(id) FROM sessions WHERE sealed = 0) - 1, (SELECT MAX(id) FROM sessions), 0)",
                r -> r.getLong(1)).orElse(0L);
    }

    /** Records what the server holds now: written only after the server's commit, so it is never ahead of it. */
    static void mark(Connection local, Pending p, SessionPush.Pushed pushed, Instant at) throws SQLException {
        Sql.update(local, "INSERT INTO server_pushes (session_uuid, last_seq, sealed, amendments, pushed_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (session_uuid) DO UPDATE SET last_seq = excluded.last_seq, sealed = excluded.sealed,"
                        + " amendments = excluded.amendments, pushed_at = excluded.pushed_at",
                p.uuid(), pushed.lastSeq(), p.sealed(), pushed.amendments(), at.toString());
    }

    /** Events the server lacks, by the bookmark. */
    static long waiting(List<Pending> pending) {
        return pending.stream().mapToLong(p -> Math.max(0, p.lastSeq() - p.pushedSeq())).sum();
    }
}
