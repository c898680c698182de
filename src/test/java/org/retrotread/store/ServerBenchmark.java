package org.retrotread.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.retrotread.session.Command;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.StarterPlans;

/**
 * The clinic server's figures (issue 16), on the server {@code RETROTREAD_TEST_POSTGRES} names: an event's way from
 * the console to the server (journal commit on the workstation, then the sender's push), and one client's
 * 500-session history from a server of 50,000 sessions and 5 million events. Usage: {@code bash bench/server-bench.sh}.
 */
public final class ServerBenchmark {

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("retrotread-server-bench");
        if (List.of(args).contains("copy")) { // the copy alone: bash bench/server-bench.sh copy
            copyRefresh(work);
            System.exit(0);
        }
        pushLatency(work, 1000);
        copyRefresh(work);
        historyLoad(work);
        System.exit(0);
    }

    /** From the engine making an event to the server's commit of the push that carried it, one event at a time. */
    static void pushLatency(Path work, int events) throws Exception {
        try (TestStores.Opened server = TestStores.open(Dialect.POSTGRESQL, work, Clock.systemUTC());
             Store laptop = Store.open(work.resolve("workstation.db"));
             ServerSender sender = ServerSender.start(laptop.database(), server.clinic(), Clock.systemUTC());
             EventJournal journal = laptop.startJournal()) {
            AtomicLong onServer = new AtomicLong();
            sender.addPushedListener(p -> onServer.set(p.lastSeq()));
            journal.addWrittenListener(sender::nudge);
            SessionEngine engine = BenchJournal.startedSession(journal);
            waitFor(onServer, engine.events().size());
            long[] nanos = new long[events];
            for (int i = 0; i < events; i++) {
                Thread.sleep(5); // events come apart, as from a console (a few a second at most)
                long start = System.nanoTime();
                engine.handle(new Command.AddNote("note " + i));
                waitFor(onServer, engine.events().get(engine.events().size() - 1).seq());
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("event to the server (workstation commit, synchronous=FULL, then the push; %d events):"
                    + " p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", events, nanos[events / 2] / 1e6, nanos[events * 99 / 100] / 1e6,
                    nanos[events - 1] / 1e6);
        }
    }

    private static void waitFor(AtomicLong onServer, long seq) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (onServer.get() < seq) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("event " + seq + " did not reach the server");
            }
            Thread.onSpinWait();
        }
    }

    /** A server of 400 clients, 50,000 sealed sessions and 5 million events, made by SQL; one client has 500. */
    static void historyLoad(Path work) throws Exception {
        try (TestStores.Opened server = TestStores.open(Dialect.POSTGRESQL, work, Clock.systemUTC())) {
            long start = System.nanoTime();
            long busy = generate(server);
            System.out.printf("server database: generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
            try (Connection c = server.raw().connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM session_events), pg_database_size(current_database())")) {
                r.next();
                System.out.printf("server database: %,d sessions, %,d events, %.0f MB%n", r.getLong(1), r.getLong(2), r.getLong(3) / 1e6);
            }
            Store store = server.store();
            long coldStart = System.nanoTime();
            List<HistoryRow> first = store.sessions().history(busy);
            double coldMs = (System.nanoTime() - coldStart) / 1e6;
            long[] nanos = new long[30];
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                if (store.sessions().history(busy).size() != first.size()) {
                    throw new IllegalStateException("history changed");
                }
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("history load from the server (%d sessions of one client): first %.1f ms, then median %.1f ms,"
                    + " worst %.1f ms%n", first.size(), coldMs, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
        }
    }

    /**
     * A workstation's copy of a clinic of 2,000 clients, 100 plans and 6,000 walk tests (with 600 corrections) taken
     * at sign-in: into an empty file (a workstation's first sign-in) and again (every later one).
     */
    static void copyRefresh(Path work) throws Exception {
        Files.createDirectories(work.resolve("copy"));
        try (TestStores.Opened server = TestStores.open(Dialect.POSTGRESQL, work.resolve("copy"), StoreFixtures.WALL);
             TestStores.Opened workstation = TestStores.open(Dialect.SQLITE, work.resolve("copy"), StoreFixtures.WALL);
             Connection c = server.raw().connect(); Statement s = c.createStatement(); Connection w = workstation.raw().connect()) {
            s.execute("INSERT INTO clients (uuid, name, created_at) SELECT gen_random_uuid()::text, 'Client ' || g, '2026-01-01T00:00:00Z'"
                    + " FROM generate_series(1, 2000) g");
            for (int i = 0; i < 100; i++) {
                server.store().plans().create(new Plan("Plan " + i, StoreFixtures.knee().plan().mode(), StoreFixtures.knee().plan().blocks(),
                        StoreFixtures.knee().plan().limits()));
            }
            s.execute("INSERT INTO walk_tests (uuid, client_id, taken_on, seconds, aid, note, recorded_at) SELECT gen_random_uuid()::text,"
                    + " (SELECT MIN(id) FROM clients) + g % 2000, '2026-11-01', 5.5, '', '', '2026-11-01T10:00:00Z' FROM generate_series(1, 6000) g");
            s.execute("INSERT INTO walk_test_corrections (uuid, walk_test_id, made_at, author, reason, seconds) SELECT gen_random_uuid()::text,"
                    + " id, '2026-11-02T10:00:00Z', 'bench', 'typed wrongly', 6.5 FROM walk_tests WHERE id % 10 = 0");
            long first = System.nanoTime();
            ReadCopy.refresh(c, w, StoreFixtures.WALL);
            double firstMs = (System.nanoTime() - first) / 1e6;
            double[] again = new double[5];
            for (int i = 0; i < again.length; i++) {
                long t = System.nanoTime();
                ReadCopy.refresh(c, w, StoreFixtures.WALL);
                again[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(again);
            System.out.printf("the copy at sign-in (2,000 clients, 100 plans, 6,000 walk tests): first %.0f ms, then median %.0f ms%n",
                    firstMs, again[again.length / 2]);
        }
    }

    private static long generate(TestStores.Opened server) throws Exception {
        var starter = StarterPlans.all(k -> k).get(3);
        long version = server.store().plans().starter(starter.id(), starter.plan()).id();
        long busy = server.store().clients().add(Client.named("Busy client")).id();
        for (int i = 1; i < 400; i++) {
            server.store().clients().add(Client.named("Client " + i));
        }
        String at = "to_char(timestamp '2024-01-01' + g * interval '13 minutes', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
        try (Connection c = server.raw().connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO sessions (uuid, client_id, plan_version_id, mode, operator, treadmill_max_speed_mps, opened_at,"
                    + " ended_at, ending) SELECT gen_random_uuid()::text, CASE WHEN g <= 500 THEN " + busy + " ELSE " + busy
                    + " + 1 + g % 399 END, " + version + ", 'POWERED', 'bench', 5.5, " + at + ", " + at + ", 'COMPLETED'"
                    + " FROM generate_series(1, 50000) g");
            s.execute("INSERT INTO session_events (session_id, seq, uuid, at_ns, type, text) SELECT s.id, e, gen_random_uuid()::text,"
                    + " e * 1000000000::bigint, 'NoteAdded', 'note' FROM sessions s, generate_series(1, 100) e");
            s.execute("INSERT INTO session_summaries (session_id, active_ms, on_rails_ms, hands_free_ms, backward_m, max_backward_mps,"
                    + " pain_before, pain_after, rpe) SELECT id, 600000, 120000, 480000, 500, 1.2, 3, 2, 5 FROM sessions");
            s.execute("UPDATE sessions SET sealed = 1");
            s.execute("VACUUM ANALYZE");
        }
        return busy;
    }
}
