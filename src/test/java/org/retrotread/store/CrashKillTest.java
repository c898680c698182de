package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * Kills a Retrotread process with SIGKILL at random moments while it writes a session, twenty
 * times over one database. After every kill: the database passes integrity_check, every event made
 * more than one second before the kill is on disk, and recovery rebuilds the session.
 */
class CrashKillTest {

    private static final int RUNS = 20;

    @TempDir
    Path dir;

    @Test
    void noEventOlderThanASecondIsLostWhenTheProcessIsKilled() throws Exception {
        Path file = dir.resolve("retrotread.db");
        Random random = new Random(20261125);
        for (int run = 1; run <= RUNS; run++) {
            Map<Long, Long> madeAt = new ConcurrentHashMap<>();
            long[] session = {-1};
            CountDownLatch started = new CountDownLatch(1);
            Process child = child(file, Long.toString(random.nextLong()));
            Thread reader = new Thread(() -> read(child, madeAt, session, started));
            reader.start();
            assertThat(started.await(30, TimeUnit.SECONDS)).as("run %d started", run).isTrue();
            Thread.sleep(300 + random.nextInt(1700));
            long killedAt = System.currentTimeMillis();
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing, nothing
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            check(file, session[0], madeAt, killedAt, run);
        }
    }

    private static Process child(Path file, String... args) throws IOException {
        return CrashChild.start(file, args);
    }

    /**
     * A session killed after the console stood open 2.5 s before its start, then resumed: its new events
     * fall on the wall clock (not 2.5 s early), and the time the app was down becomes a pause that covers
     * all of it, from the last moment the session was known alive to the resume.
     */
    @Test
    void aResumedSessionsEventsAgreeWithTheWallClock() throws Exception {
        Path file = dir.resolve("retrotread.db");
        Map<Long, Long> madeAt = new ConcurrentHashMap<>();
        long[] session = {-1};
        CountDownLatch started = new CountDownLatch(1);
        Process child = child(file, "7", "2500");
        Thread reader = new Thread(() -> read(child, madeAt, session, started));
        reader.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(1500);
        Instant killedAt = Instant.now();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        Thread.sleep(1000);                                           // the app is down for a second

        try (Store store = Store.open(file)) {
            CrashRecovery.Lost lost = CrashRecovery.find(store).get(0);
            assertThat(lost.stoppedAtWall()).isBefore(killedAt).isAfter(killedAt.minusSeconds(2));
            List<SessionEvent> added = new ArrayList<>();
            SessionEngine engine = CrashRecovery.resume(lost, Clock.systemUTC(), added::add);
            if (engine.state().status() == SessionStatus.PAUSED && added.isEmpty()) {
                return; // the child itself had paused last: nothing was running through the downtime
            }
            Instant before = Instant.now();
            var resumed = engine.handle(new Command.Resume());
            Instant after = Instant.now();
            assertThat(resumed.accepted()).isTrue();
            SessionEvent last = engine.events().get(engine.events().size() - 1);
            Instant stamped = engine.state().wallClockAt(last.at()).orElseThrow();
            // Within the journal's precision: milliseconds on both clocks, read a few microseconds apart.
            assertThat(stamped).isBetween(before.minusMillis(20), after.plusMillis(20));
            Duration pause = last.at().minus(lost.stoppedAt());
            assertThat(pause).isGreaterThanOrEqualTo(Duration.between(killedAt, before));
        }
    }

    private static void read(Process child, Map<Long, Long> madeAt, long[] session, CountDownLatch started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts[0].equals("SESSION")) {
                    session[0] = Long.parseLong(parts[1]);
                    started.countDown();
                } else if (parts[0].equals("E") && parts.length == 3) {
                    madeAt.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                }
            }
        } catch (Exception endOfAKilledProcess) {
            // the pipe breaks when the child dies
        }
    }

    private static void check(Path file, long sessionId, Map<Long, Long> madeAt, long killedAt, int run) throws Exception {
        try (Connection c = Database.connect(file, Database.Access.READ_ONLY, false)) {
            assertThat(DatabaseTest.pragma(c, "integrity_check")).as("run %d integrity", run).isEqualTo("ok");
        }
        try (Store store = Store.open(file)) {
            List<SessionEvent> stored = store.sessions().events(sessionId);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(stored.get(i).seq()).as("run %d: events are a gap-free prefix", run).isEqualTo(i + 1);
            }
            assertThat(madeAt).as("run %d made events", run).hasSizeGreaterThan(10);
            long mustHave = madeAt.entrySet().stream().filter(e -> e.getValue() < killedAt - 1000)
                    .mapToLong(Map.Entry::getKey).max().orElse(0);
            assertThat((long) stored.size()).as("run %d: %d events made, %d stored, made over 1 s before the kill: %d",
                    run, madeAt.size(), stored.size(), mustHave).isGreaterThanOrEqualTo(mustHave);

            List<CrashRecovery.Lost> lost = CrashRecovery.find(store);
            var recovered = lost.stream().filter(l -> l.record().id() == sessionId).findFirst();
            if (recovered.isEmpty() && mustHave == 0) {
                return; // killed before its first commit, with nothing a second old: nothing to recover, nothing lost
            }
            CrashRecovery.Lost found = recovered.orElseThrow(() -> new AssertionError("run " + run + ": session not recovered"));
            assertThat(found.events()).isEqualTo(stored);
            assertThat(found.state().lastSeq()).isEqualTo(stored.size());

            try (EventJournal journal = store.startJournal()) {
                List<SessionEvent> closing = CrashRecovery.closeAsInterrupted(found, "killed by the crash test");
                closing.forEach(e -> journal.append(sessionId, e));
                List<SessionEvent> all = new ArrayList<>(stored);
                all.addAll(closing);
                journal.seal(sessionId, SummaryCalculator.summarise(found.plan(), found.record().context(), all, found.stoppedAt()));
                assertThat(journal.awaitWritten(Duration.ofSeconds(10))).isTrue();
            }
            assertThat(CrashRecovery.find(store)).isEmpty();
        }
    }
}
