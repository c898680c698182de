package org.retrotread.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.retrotread.session.text.Message;

/**
 * Moves a laptop's records into the clinic server (decision 0021): clients matched by UUID, else by identifier;
 * sessions by UUID, each checked against its seal on the laptop first; walk tests and their corrections. Run it
 * twice and the second run adds nothing. The report says what was added, what was there already, and what was
 * left out and why: nothing is dropped without a line in it.
 *
 * <p>A session whose client was matched by identifier (another record of the same person, with another UUID), or
 * whose seal only SQLite can check (format 1), is sealed anew on the server, after its original seal checked out.
 */
public final class ClinicImport {

    /** One line of the report: what (a client's name, a session's number and start), what happened (a bundle key; its {0} is the what). */
    public record Line(String what, String outcome, List<Object> args) {
        /** The line as a person reads it. */
        public Message message() {
            List<Object> all = new ArrayList<>();
            all.add(what);
            all.addAll(args);
            return Message.of(outcome, all.toArray());
        }
    }

    /** What an import did. */
    public record Report(int clientsAdded, int clientsMatched, int sessionsAdded, int sessionsThere, int walkTestsAdded,
                         List<Line> lines) {
        public List<Line> skipped() {
            return lines.stream().filter(l -> l.outcome().startsWith("import.skipped")).toList();
        }
    }

    private final Connection laptop;
    private final Connection server;
    private final Clock clock;
    private final List<Line> lines = new ArrayList<>();
    private final Map<Long, Long> clients = new HashMap<>();
    private final Map<Long, Boolean> sameRecord = new HashMap<>();

    private ClinicImport(Connection laptop, Connection server, Clock clock) {
        this.laptop = laptop;
        this.server = server;
        this.clock = clock;
    }

    /**
     * Imports the laptop's database {@code file} into {@code server}: the file is opened as Retrotread opens any
     * (checked, locked against a Retrotread still running on it, brought up to this version with a backup first).
     */
    public static Report file(Path file, ClinicServer server, Clock clock) throws StoreProblem, ServerProblem {
        try (Store laptop = Store.open(file); Connection from = laptop.database().connect(); Connection to = connect(server)) {
            return run(from, to, clock, file.getFileName().toString());
        } catch (SQLException e) {
            // PostgreSQL names every failure with a SQLSTATE; a failure without one came from the laptop's file
            if (e.getSQLState() != null) {
                throw ServerProblem.classify(e, server.label());
            }
            throw new StoreProblem(StoreProblem.Kind.FAILED, file, e);
        }
    }

    private static Connection connect(ClinicServer server) throws ServerProblem {
        try {
            return server.connect();
        } catch (SQLException e) {
            throw ServerProblem.classify(e, server.label());
        }
    }

    /** Imports everything of the laptop's file open on {@code laptop} into the server open on {@code server}. */
    public static Report run(Connection laptop, Connection server, Clock clock, String from) throws SQLException {
        return new ClinicImport(laptop, server, clock).all(from);
    }

    private Report all(String from) throws SQLException {
        int[] c = clients();
        int[] s = sessions();
        int walkTests = walkTests();
        plans();
        Report report = new Report(c[0], c[1], s[0], s[1], walkTests, List.copyOf(lines));
        Sql.inTransaction(server, x -> {
            AuditTrail.record(server, clock, AuditTrail.computerUser(), Optional.empty(), AuditTrail.Action.MOVED_IN, from, null, null);
            return null;
        });
        return report;
    }

    /** @return added, matched by identifier */
    private int[] clients() throws SQLException {
        int added = 0;
        int matched = 0;
        for (Map<String, Object> client : Rows.all(laptop, "SELECT * FROM clients ORDER BY id")) {
            long id = ((Number) client.get("id")).longValue();
            String name = (String) client.get("name");
            Optional<Long> byUuid = Sql.one(server, "SELECT id FROM clients WHERE uuid = ?", r -> r.getLong(1), client.get("uuid"));
            if (byUuid.isPresent()) {
                clients.put(id, byUuid.get());
                sameRecord.put(id, true);
                continue;
            }
            String identifier = client.get("identifier") == null ? "" : ((String) client.get("identifier")).strip();
            List<Long> byIdentifier = identifier.isEmpty() ? List.of() : Sql.list(server,
                    "SELECT id FROM clients WHERE lower(trim(identifier)) = ?", r -> r.getLong(1), identifier.toLowerCase(Locale.ROOT));
            if (byIdentifier.size() > 1) {
                lines.add(new Line(name, "import.skipped.identifierAmbiguous", List.of(identifier, byIdentifier.size())));
                continue;
            }
            if (byIdentifier.size() == 1) {
                clients.put(id, byIdentifier.get(0));
                sameRecord.put(id, false);
                lines.add(new Line(name, "import.clientMatched", List.of(identifier)));
                matched++;
                continue;
            }
            clients.put(id, Sql.inTransaction(server, x -> Rows.insertNew(server, "clients", client)));
            sameRecord.put(id, true);
            lines.add(new Line(name, "import.clientAdded", List.of()));
            added++;
        }
        return new int[] {added, matched};
    }

    /** @return added, there already */
    private int[] sessions() throws SQLException {
        int added = 0;
        int there = 0;
        for (Map<String, Object> s : Rows.all(laptop, "SELECT id, uuid, client_id, opened_at, seal_sha256 FROM sessions ORDER BY id")) {
            long id = ((Number) s.get("id")).longValue();
            String what = "#" + id + " " + s.get("opened_at");
            Long clientId = s.get("client_id") == null ? null : ((Number) s.get("client_id")).longValue();
            if (clientId != null && !clients.containsKey(clientId)) {
                lines.add(new Line(what, "import.skipped.clientLeftOut", List.of()));
                continue;
            }
            SealChain.Integrity integrity = SealChain.check(laptop, id);
            if (integrity == SealChain.Integrity.OPEN) {
                lines.add(new Line(what, "import.skipped.open", List.of()));
                continue;
            }
            if (integrity == SealChain.Integrity.CHANGED) {
                lines.add(new Line(what, "import.skipped.changed", List.of()));
                continue;
            }
            // sealed anew where the seal is not format 2 or 3 (format 1, or none from before seals) or the client record changes
            boolean otherClientRecord = clientId != null && !sameRecord.get(clientId);
            boolean reseal = otherClientRecord || !SealChain.portable(laptop, id, (String) s.get("seal_sha256"));
            SessionPush.Pushed pushed = SessionPush.push(laptop, server, id, new SessionPush.Options(clients::get, reseal));
            if (pushed.arrived()) {
                added++;
            } else {
                there++;
            }
        }
        return new int[] {added, there};
    }

    /**
     * The laptop's own plans, also those no session ran yet (each joined to the server's record of its client; a
     * starter is the server's own). A plan whose client was left out stays behind with them, said in the report.
     */
    private void plans() throws SQLException {
        for (Map<String, Object> plan : Rows.all(laptop, "SELECT p.id, p.client_id, (SELECT MAX(v.id) FROM plan_versions v"
                + " WHERE v.plan_id = p.id) AS latest, (SELECT v.name FROM plan_versions v WHERE v.plan_id = p.id ORDER BY v.id DESC"
                + " LIMIT 1) AS name FROM plans p WHERE p.archived = 0 AND p.starter_id IS NULL ORDER BY p.id")) {
            if (plan.get("latest") == null) {
                continue;
            }
            Long clientId = plan.get("client_id") == null ? null : ((Number) plan.get("client_id")).longValue();
            String name = (String) plan.get("name");
            if (clientId != null && !clients.containsKey(clientId)) {
                lines.add(new Line(name, "import.skipped.planLeftOut", List.of()));
                continue;
            }
            try {
                Sql.inTransaction(server, x -> SessionPush.planVersion(laptop, server, ((Number) plan.get("latest")).longValue(), clients::get));
            } catch (SQLException e) {
                if (!"42501".equals(e.getSQLState())) {
                    throw e;
                }
                lines.add(new Line(name, "import.skipped.planNotAllowed", List.of())); // the library is the administrators'
            }
        }
    }

    private int walkTests() throws SQLException {
        return WalkTestCopy.copy(laptop, server, clients);
    }
}
