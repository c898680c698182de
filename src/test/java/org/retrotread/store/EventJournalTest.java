package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.SpeedUnit;

class EventJournalTest {

    @TempDir
    Path dir;

    @Test
    void eventsAreOnDiskForAnotherConnectionToRead() throws Exception {
        try (Store store = Store.open(dir.resolve("retrotread.db")); EventJournal journal = store.startJournal()) {
            FakeClock clock = new FakeClock();
            journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            assertThat(store.sessions().events(1)).isEqualTo(engine.events());
        }
    }

    @Test
    void callersNeverWaitForTheDiskEvenWhenTheDatabaseIsBusy() throws Exception {
        try (Store store = Store.open(dir.resolve("retrotread.db")); EventJournal journal = store.startJournal();
             Connection blocker = store.database().connect(); Statement s = blocker.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // another writer holds the database
            long start = System.nanoTime();
            journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(),
                    new FakeClock());
            engine.handle(new Command.Start());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
            assertThat(journal.awaitWritten(Duration.ofMillis(300))).isFalse();
            s.execute("COMMIT");
            assertThat(journal.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(store.sessions().events(1)).hasSize(engine.events().size());
        }
    }

    @Test
    void aFullDiskHoldsEventsInMemoryWarnsAndWritesThemWhenThereIsRoom() throws Exception {
        Assumptions.assumeTrue(HostileDisk.root(), "only root can mount a small disk; CI runs as root");
        try (HostileDisk disk = new HostileDisk()) {
            Path small = disk.smallDisk(dir.resolve("small"), 2048);
            try (Store store = Store.open(small.resolve("retrotread.db")); EventJournal journal = store.startJournal()) {
                List<JournalHealth> heard = new CopyOnWriteArrayList<>();
                journal.addHealthListener(heard::add);
                FakeClock clock = new FakeClock();
                journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
                SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
                engine.handle(new Command.Start());
                assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();

                Path filler = HostileDisk.fill(small);
                for (int i = 0; i < 200; i++) {
                    engine.handle(new Command.AddNote("note " + i + " " + "x".repeat(300)));
                }
                assertThat(journal.awaitWritten(Duration.ofSeconds(2))).isFalse();
                assertThat(journal.health().ok()).isFalse();
                assertThat(journal.health().waiting()).isEqualTo(200);
                assertThat(journal.health().problem().key()).isEqualTo("store.unsaved");
                String said = new Messages(Locale.ENGLISH,
                        SpeedUnit.KILOMETRES_PER_HOUR).format(journal.health().problem());
                assertThat(said).startsWith("Not saved: 200 change(s) held only in memory since ").contains("the disk is full.")
                        .doesNotContain("transaction").endsWith("Free space on the disk, or press X to export the session to a file.");
                assertThat(journal.health().since()).isPresent();
                assertThat(engine.state().lastSeq()).isEqualTo(engine.events().size()); // the session went on

                Files.delete(filler);
                assertThat(journal.awaitWritten(Duration.ofSeconds(15))).isTrue();
                assertThat(journal.health().ok()).isTrue();
                assertThat(heard).anyMatch(h -> !h.ok()).last().matches(JournalHealth::ok);
                assertThat(store.sessions().events(1)).isEqualTo(engine.events());
            }
        }
    }

    @Test
    void aDeletedDatabaseFileIsNoticedAndNothingIsCountedAsWritten() throws Exception {
        Path file = dir.resolve("retrotread.db");
        try (Store store = Store.open(file); EventJournal journal = store.startJournal()) {
            journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            Path moved = dir.resolve("moved.db");
            Files.move(file, moved);
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(),
                    new FakeClock());
            engine.handle(new Command.Start());
            assertThat(journal.awaitWritten(Duration.ofSeconds(1))).isFalse();
            assertThat(((Message) journal.health().problem().args().get(3)).key())
                    .isEqualTo("store.reason.fileGone");
            Files.move(moved, file); // put back: the same file, so writing resumes
            assertThat(journal.awaitWritten(Duration.ofSeconds(15))).isTrue();
            assertThat(store.sessions().events(1)).isEqualTo(engine.events());
        }
    }
}
