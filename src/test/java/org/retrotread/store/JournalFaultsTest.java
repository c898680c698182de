package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.text.Message;

/**
 * The journal under real faults: a deleted {@code -wal} and then a SIGKILL, an {@code OutOfMemoryError} on the
 * writer in a small heap, a writer stuck behind another program's lock. Each is either put right with
 * nothing lost, or shown to the screen at once; never silent.
 */
class JournalFaultsTest {

    @TempDir
    Path dir;

    /** A child Retrotread on {@code file}, with its input and output. */
    private record Child(Process process, PrintStream orders, BufferedReader answers) implements AutoCloseable {
        static Child start(Path file, String... jvmOptions) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), JournalFaultChild.class.getName(), file.toString()));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Child child = new Child(p, new PrintStream(p.getOutputStream(), true, StandardCharsets.UTF_8),
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            assertThat(child.answers.readLine()).isEqualTo("ready");
            return child;
        }

        String ask(String order) throws Exception {
            orders.println(order);
            return answers.readLine();
        }

        @Override
        public void close() throws Exception {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no last checkpoint
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<Long> noteSeqs(Path file) throws Exception {
        try (Store store = Store.open(file)) {
            return store.sessions().events(1).stream().filter(e -> e instanceof NoteAdded).map(e -> e.seq()).toList();
        }
    }

    @Test
    void aDeletedWalIsRescuedAndNothingIsLostWhenTheProcessIsThenKilled() throws Exception {
        Path file = dir.resolve("clinic.db");
        Path wal = dir.resolve("clinic.db-wal");
        try (Child child = Child.start(file)) {
            assertThat(child.ask("notes 1 20")).isEqualTo("written true - -");
            assertThat(Files.exists(wal)).isTrue();
            Files.delete(wal);                                        // as a clean-up tool or a careless hand would
            assertThat(child.ask("notes 21 40")).isEqualTo("written true store.recovered store.reason.logLost");
            assertThat(Files.exists(wal)).isTrue();                   // a fresh one
            assertThat(child.ask("notes 41 60")).startsWith("written true");
        }                                                             // killed: the old log and its contents die with it
        assertThat(noteSeqs(file)).hasSize(60).containsSequence(1L, 2L, 3L).endsWith(60L);
        try (Store store = Store.open(file); Connection c = store.database().connect(); Statement s = c.createStatement();
             var r = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(r.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void aDeletedShmIsRescuedToo() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Child child = Child.start(file)) {
            assertThat(child.ask("notes 1 20")).isEqualTo("written true - -");
            Files.delete(dir.resolve("clinic.db-shm"));
            assertThat(child.ask("notes 21 40")).isEqualTo("written true store.recovered store.reason.indexLost");
        }
        assertThat(noteSeqs(file)).hasSize(40);
    }

    @Test
    void anOutOfMemoryErrorOnTheWriterIsCaughtAndShownNotSilent() throws Exception {
        try (Child child = Child.start(dir.resolve("clinic.db"), "-Xmx64m")) {
            String answer = child.ask("huge 36000000");
            assertThat(answer).startsWith("health BAD store.unsaved store.reason.writerFailed").endsWith("writer-alive=true");
        }
    }

    @Test
    void aWriterStuckBehindAnotherProgramIsShownWithinTwoSeconds() throws Exception {
        try (Store store = Store.open(dir.resolve("clinic.db")); EventJournal journal = store.startJournal();
             Connection blocker = store.database().connect(); Statement s = blocker.createStatement()) {
            journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            s.execute("BEGIN IMMEDIATE");                            // another writer holds the database (busy wait: 5 s)
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(),
                    new FakeClock());
            engine.handle(new Command.Start());
            long start = System.nanoTime();
            while (journal.health().ok() && System.nanoTime() - start < 4_000_000_000L) {
                Thread.sleep(20);
            }
            Duration noticed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(journal.health().ok()).isFalse();
            assertThat(noticed).as(String.valueOf(journal.health().problem())).isLessThan(Duration.ofMillis(2_800)).isGreaterThan(Duration.ofMillis(1_900));
            assertThat(((Message) journal.health().problem().args().get(3)).key())
                    .isEqualTo("store.reason.slow");
            s.execute("COMMIT");
            assertThat(journal.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(journal.health().ok()).isTrue();
        }
    }
}
