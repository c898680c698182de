package org.retrotread.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.retrotread.session.Command;
import org.retrotread.session.SessionEngine;
import org.retrotread.store.BenchJournal;
import org.retrotread.store.EventJournal;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.Store;

/**
 * Prints the store's figures: event commit latency through the real journal (synchronous=FULL),
 * and the time to load one client's 500-session history from a clinic of 50,000 sessions and
 * 5 million events. Usage: {@code bash bench/store-bench.sh [work folder]}.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(work);
        commitLatency(work.resolve("latency.db"), 2000);
        historyLoad(work.resolve("clinic.db"));
    }

    /** From the engine recording an event to that event being durably committed, one at a time. */
    static void commitLatency(Path file, int events) throws Exception {
        Files.deleteIfExists(file);
        try (Store store = Store.open(file)) {
            EventJournal journal = store.startJournal();
            SessionEngine engine = BenchJournal.startedSession(journal);
            journal.awaitWritten(Duration.ofSeconds(10));
            long[] nanos = new long[events];
            for (int i = 0; i < events; i++) {
                long start = System.nanoTime();
                engine.handle(new Command.AddNote("note " + i));
                if (!journal.awaitWritten(Duration.ofSeconds(10))) {
                    throw new IllegalStateException("commit did not happen");
                }
                nanos[i] = System.nanoTime() - start;
            }
            journal.close();
            Arrays.sort(nanos);
            System.out.printf("event commit latency (synchronous=FULL, WAL, %d events): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    events, nanos[events / 2] / 1e6, nanos[events * 99 / 100] / 1e6, nanos[events - 1] / 1e6);
        }
    }

    static void historyLoad(Path file) throws Exception {
        long busy;
        if (Files.exists(file)) {
            try (Store store = Store.open(file)) {
                busy = store.clients().list(true).stream().filter(c -> c.name().equals("Busy client")).findFirst().orElseThrow().id();
            }
            System.out.println("clinic database: reusing " + file);
        } else {
            long start = System.nanoTime();
            busy = ClinicGenerator.generate(file, 400, 50_000, 100).busyClientId();
            System.out.printf("clinic database: generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        try (Store store = Store.open(file)) {
            try (Connection c = store.database().connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM session_events)")) {
                System.out.printf("clinic database: %,d sessions, %,d events, %.0f MB%n", r.getLong(1), r.getLong(2),
                        Files.size(file) / 1e6);
            }
            long coldStart = System.nanoTime();
            List<HistoryRow> first = store.sessions().history(busy);
            double coldMs = (System.nanoTime() - coldStart) / 1e6;
            long[] nanos = new long[30];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                List<HistoryRow> rows = store.sessions().history(busy);
                nanos[i] = System.nanoTime() - start;
                if (rows.size() != first.size()) {
                    throw new IllegalStateException("history changed");
                }
            }
            Arrays.sort(nanos);
            System.out.printf("history load (%d sessions of one client): first %.1f ms, then median %.1f ms, worst %.1f ms%n",
                    first.size(), coldMs, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
        }
    }
}
