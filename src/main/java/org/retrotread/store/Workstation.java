package org.retrotread.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;

/**
 * A workstation's file working with the clinic server (decision 0021). The file is the app's store (its journal,
 * crash recovery, and the copy every screen reads); every change that is not a live session is made on the server
 * first, as the signed-in login with the server's rights and checks, and then copied into the file by UUID. So the
 * copy is never edited alone: with the server away a change is refused, said as such, and nothing is written.
 *
 * <p>Used on the app's database thread, like the file's {@link Store}; the server connection is its own, opened at
 * the first need and again after an outage.
 */
public final class Workstation implements AutoCloseable {

    /** Work on the server's repositories, whose records are copied back afterwards. */
    @FunctionalInterface
    private interface OnServer<T> {
        T run(Store server) throws SQLException;
    }

    /** SQLSTATE of the schema's history rules on the server ({@code retrotread_refuse}). */
    private static final String RECORD_RULE = "23001";

    private final Store local;
    private final ClinicServer server;
    private final Clock clock;
    private Store onServer;

    public Workstation(Store local, ClinicServer server, Clock clock) {
        this.local = local;
        this.server = server;
        this.clock = clock;
    }

    public ClinicServer server() {
        return server;
    }

    /** When the copy of the clinic's records in this file was taken; empty when it never was. */
    public Optional<Instant> copyTakenAt() throws SQLException {
        return ReadCopy.takenAt(local.connection());
    }

    /** Brings the copy of the clinic's clients, plans and walk tests up to the server's. */
    public ReadCopy.Taken refresh() throws ServerProblem, SQLException {
        return serverWork(s -> ReadCopy.refresh(s.connection(), local.connection(), clock));
    }

    /**
     * Copies the sealed sessions of a client the server has and this file lacks, or has with fewer amendments (made on
     * another workstation), so that the client's history here is the clinic's. Pulled sessions take their numbers
     * from {@code sessionIds}, the counter sessions started here take theirs from, and are marked as on the server.
     *
     * @return how many sessions were copied or brought up to date
     */
    public int pullHistory(long localClientId, LongSupplier sessionIds) throws ServerProblem, SQLException {
        return serverWork(s -> {
            Connection from = s.connection();
            Connection to = local.connection();
            Optional<Long> serverClient = serverId(from, "clients", localClientId);
            if (serverClient.isEmpty()) {
                return 0; // a client made here, whose first session is still on its way
            }
            Map<String, Long> here = Sql.list(to, "SELECT s.uuid, (SELECT COUNT(*) FROM amendments a WHERE a.session_id = s.id) AS n"
                    + " FROM sessions s WHERE s.client_id = ? AND s.sealed = 1", r -> Map.entry(r.getString(1), r.getLong(2)), localClientId)
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            int pulled = 0;
            for (Map.Entry<Long, Map.Entry<String, Long>> there : Sql.list(from, "SELECT s.id, s.uuid,"
                    + " (SELECT COUNT(*) FROM amendments a WHERE a.session_id = s.id) AS n FROM sessions s"
                    + " WHERE s.client_id = ? AND s.sealed = 1 ORDER BY s.id", r -> Map.entry(r.getLong(1),
                    Map.entry(r.getString(2), r.getLong(3))), serverClient.get())) {
                Long known = here.get(there.getValue().getKey());
                if (known != null && known >= there.getValue().getValue()) {
                    continue;
                }
                SessionPush.Pushed pushed = SessionPush.push(from, to, there.getKey(), new SessionPush.Options(
                        id -> ReadCopy.client(from, to, id), false, sessionIds));
                long localId = local.sessions().findByUuid(pushed.sessionUuid()).orElseThrow().id();
                ServerPushes.mark(to, new ServerPushes.Pending(localId, pushed.sessionUuid(), pushed.lastSeq(), pushed.lastSeq(), true,
                        pushed.amendments()), pushed, clock.instant());
                pulled++;
            }
            return pulled;
        });
    }

    /** A new client, made on the server and copied here. */
    public Client addClient(Client client) throws ServerProblem, SQLException {
        long serverId = serverWork(s -> s.clients().add(client).id());
        return local.clients().find(copyClient(serverId)).orElseThrow();
    }

    /**
     * A profile saved on the server against the profile as it was opened here; when someone saved it meanwhile, the
     * copy takes their save and {@link ProfileChanged} says what they changed, in this file's ids.
     */
    public Client updateClient(Client loaded, Client edited) throws ServerProblem, SQLException {
        long serverId = serverId("clients", loaded.id());
        try {
            serverWork(s -> {
                s.clients().update(withId(loaded, serverId), withId(edited, serverId));
                return null;
            });
        } catch (ProfileChanged changed) {
            long localId = copyClient(serverId);
            throw new ProfileChanged(withId(changed.current(), localId), changed.changed());
        }
        return local.clients().find(copyClient(serverId)).orElseThrow();
    }

    /** A plan saved on the server (a new plan, or the next version of one), its latest version copied here. */
    public SavedPlan savePlan(Optional<Long> planId, Plan plan, Optional<Long> clientId, Optional<Progression.Rule> progression)
            throws ServerProblem, SQLException {
        Optional<Long> serverPlan = planId.isPresent() ? Optional.of(serverPlanId(planId.get())) : Optional.empty();
        Optional<Long> serverClient = clientId.isPresent() ? Optional.of(serverId("clients", clientId.get())) : Optional.empty();
        long saved = serverWork(s -> s.plans().save(serverPlan, plan, serverClient, progression).planId());
        long localPlan = serverWork(s -> ReadCopy.plan(s.connection(), local.connection(), saved));
        return local.plans().saved(localPlan).orElseThrow();
    }

    /** Takes a plan out of the server's library, then out of the copy's. */
    public void archivePlan(long localPlanId) throws ServerProblem, SQLException {
        long serverPlan = serverPlanId(localPlanId);
        serverWork(s -> {
            s.plans().archive(serverPlan);
            return ReadCopy.plan(s.connection(), local.connection(), serverPlan);
        });
    }

    /** A walk test recorded on the server, then copied here. */
    public WalkTest addWalkTest(long localClientId, LocalDate takenOn, Duration time, String aid, String note)
            throws ServerProblem, SQLException {
        long serverClient = serverId("clients", localClientId);
        WalkTest added = serverWork(s -> s.walkTests().add(serverClient, takenOn, time, aid, note));
        return copyWalkTest(serverClient, localClientId, added.id());
    }

    /** A walk test's correction made on the server (its chain is the server's), then copied here. */
    public WalkTest correctWalkTest(long localWalkTestId, Duration time, String author, String reason) throws ServerProblem, SQLException {
        long serverTest = serverId("walk_tests", localWalkTestId);
        WalkTest corrected = serverWork(s -> s.walkTests().correct(serverTest, time, author, reason));
        long localClient = local.clients().idOf(serverWork(s -> s.clients().uuidOf(corrected.clientId()).orElseThrow())).orElseThrow();
        return copyWalkTest(corrected.clientId(), localClient, serverTest);
    }

    /**
     * A session's correction, made on the server so that its chain has one writer (a session not there yet is pushed
     * first), then copied here with the server's link.
     */
    public Amendment amend(long localSessionId, String author, String reason, Correction correction) throws ServerProblem, SQLException {
        long serverSession = serverWork(s -> SessionPush.push(local.connection(), s.connection(), localSessionId).serverId());
        serverWork(s -> s.sessions().amend(serverSession, author, reason, correction));
        serverWork(s -> SessionPush.push(s.connection(), local.connection(), serverSession,
                new SessionPush.Options(id -> ReadCopy.client(s.connection(), local.connection(), id), false)));
        var made = local.sessions().amendments(localSessionId);
        return made.get(made.size() - 1);
    }

    /**
     * A laptop's records brought into the server (a home visit's, or a laptop moving in): see {@link ClinicImport};
     * the copy here is then brought up to the server's.
     */
    public ClinicImport.Report bringIn(Path laptopFile) throws ServerProblem, StoreProblem, SQLException {
        ClinicImport.Report report = ClinicImport.file(laptopFile, server, clock);
        refresh();
        return report;
    }

    /** A client of this file copied from the server, with their sessions, plans and walk tests, into a laptop's file. */
    public ClinicExport.Report homeVisit(long localClientId, Path laptopFile) throws ServerProblem, StoreProblem, SQLException {
        long serverClient = serverId("clients", localClientId);
        try (Store laptop = Store.open(laptopFile); Connection to = laptop.database().connect()) {
            return serverWork(s -> ClinicExport.run(s.connection(), to, List.of(serverClient), clock, laptopFile.getFileName().toString()));
        }
    }

    /**
     * A row of the record trail (a paper printed, a file saved) written on the server, as the login: the clinic's
     * trail is the server's, one chain for every workstation.
     */
    public boolean audit(Optional<Long> localClientId, AuditTrail.Action action, String subject, String after)
            throws ServerProblem, SQLException {
        Optional<Long> serverClient = localClientId.isPresent() ? Optional.of(serverId("clients", localClientId.get())) : Optional.empty();
        return serverWork(s -> s.audit().record(serverClient, action, subject, after));
    }

    /** A client's record trail as the server has it (every workstation's rows), oldest first. */
    public List<AuditTrail.Entry> auditOf(long localClientId) throws ServerProblem, SQLException {
        long serverClient = serverId("clients", localClientId);
        return serverWork(s -> s.audit().ofClient(serverClient));
    }

    /** Whether the server's trail still checks out, row by row. */
    public boolean auditIntact() throws ServerProblem, SQLException {
        return serverWork(s -> s.audit().intact());
    }

    private long copyClient(long serverId) throws ServerProblem, SQLException {
        return serverWork(s -> Sql.inTransaction(local.connection(), x -> ReadCopy.client(s.connection(), local.connection(), serverId)));
    }

    private WalkTest copyWalkTest(long serverClient, long localClient, long serverTest) throws ServerProblem, SQLException {
        String uuid = serverWork(s -> {
            WalkTestCopy.copy(s.connection(), local.connection(), Map.of(serverClient, localClient));
            return Sql.one(s.connection(), "SELECT uuid FROM walk_tests WHERE id = ?", r -> r.getString(1), serverTest).orElseThrow();
        });
        long localTest = Sql.one(local.connection(), "SELECT id FROM walk_tests WHERE uuid = ?", r -> r.getLong(1), uuid).orElseThrow();
        return local.walkTests().of(localClient).stream().filter(w -> w.id() == localTest).findFirst().orElseThrow();
    }

    /** The server's id of a record of this file, by its UUID; a record the server lacks is said as such. */
    private long serverId(String table, long localId) throws ServerProblem, SQLException {
        Optional<Long> id = serverWork(s -> serverId(s.connection(), table, localId));
        return id.orElseThrow(() -> new SQLException("the clinic server has no such record yet (" + table + " " + localId + ")"));
    }

    private Optional<Long> serverId(Connection server, String table, long localId) throws SQLException {
        Optional<String> uuid = Sql.one(local.connection(), "SELECT uuid FROM " + table + " WHERE id = ?", r -> r.getString(1), localId);
        return uuid.isEmpty() ? Optional.empty() : Sql.one(server, "SELECT id FROM " + table + " WHERE uuid = ?", r -> r.getLong(1), uuid.get());
    }

    /** A plan's id on the server: by UUID, or for a shipped starter by its starter id (each database made its own). */
    private long serverPlanId(long localPlanId) throws ServerProblem, SQLException {
        Optional<String> starter = Sql.one(local.connection(), "SELECT starter_id FROM plans WHERE id = ?", r -> r.getString(1), localPlanId);
        if (starter.isPresent()) {
            Optional<Long> id = serverWork(s -> Sql.one(s.connection(), "SELECT id FROM plans WHERE starter_id = ?", r -> r.getLong(1),
                    starter.get()));
            if (id.isPresent()) {
                return id.get();
            }
        }
        return serverId("plans", localPlanId);
    }

    private static Client withId(Client c, long id) {
        return new Client(id, c.name(), c.identifier(), c.dateOfBirth(), c.bodyMass(), c.maxSpeed(), c.notes(), c.archived(), c.clinical(), c.safety());
    }

    /**
     * Work on the server: an outage or a refused right becomes a {@link ServerProblem} (the connection is opened anew
     * next time); a refusal with reasons of its own (a profile changed meanwhile, a correction refused, a record's
     * rule) stays itself.
     */
    private <T> T serverWork(OnServer<T> work) throws ServerProblem, SQLException {
        try {
            if (onServer == null) {
                onServer = Store.onServer(server, clock);
            }
            return work.run(onServer);
        } catch (ProfileChanged | CorrectionRefused reasoned) {
            throw reasoned;
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals(RECORD_RULE)) {
                throw e; // the record's own rule, in its own sentence
            }
            if (!state.startsWith("23") && !state.startsWith("42")) {
                closeServer(); // an outage, or a connection left in doubt: a new one next time
            }
            throw ServerProblem.classify(e, server.label());
        }
    }

    private void closeServer() {
        if (onServer != null) {
            onServer.close();
            onServer = null;
        }
    }

    @Override
    public void close() {
        closeServer();
    }
}
