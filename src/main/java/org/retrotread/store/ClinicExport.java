package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The other way from {@link ClinicImport}: chosen clients, with their sessions, plans and walk tests, copied from the
 * clinic server into a laptop's file for a home visit (decision 0021). Every record keeps its UUID, so what the laptop
 * adds at the visit comes back with an import and joins the same records; sessions keep their seals (format 2
 * checks out on both databases). Run twice, the second run adds nothing.
 */
public final class ClinicExport {

    /** What an export copied. */
    public record Report(int clients, int sessionsAdded, int sessionsThere, int walkTests) {
    }

    private ClinicExport() {
    }

    /** Copies the clients {@code clientIds} of the server open on {@code server} into the laptop's file open on {@code laptop}. */
    public static Report run(Connection server, Connection laptop, List<Long> clientIds, Clock clock, String to) throws SQLException {
        Map<Long, Long> clients = new HashMap<>();
        for (long id : clientIds) {
            clients.put(id, Sql.inTransaction(laptop, x -> SessionPush.client(server, laptop, id)));
        }
        int added = 0;
        int there = 0;
        for (long clientId : clientIds) {
            for (long sessionId : Sql.list(server, "SELECT id FROM sessions WHERE client_id = ? AND sealed = 1 ORDER BY id",
                    r -> r.getLong(1), clientId)) {
                SessionPush.Pushed pushed = SessionPush.push(server, laptop, sessionId, new SessionPush.Options(clients::get, false));
                if (pushed.arrived()) {
                    added++;
                } else {
                    there++;
                }
            }
        }
        int walkTests = WalkTestCopy.copy(server, laptop, clients);
        for (long clientId : clientIds) { // what, and to where, as every export is in the trail: each client's record went
            Sql.inTransaction(server, x -> {
                AuditTrail.record(server, clock, AuditTrail.computerUser(), Optional.of(clientId), AuditTrail.Action.EXPORTED,
                        "homeVisit", null, to);
                return null;
            });
        }
        return new Report(clientIds.size(), added, there, walkTests);
    }
}
