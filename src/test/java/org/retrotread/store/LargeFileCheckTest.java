package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.SessionContext;
import org.retrotread.session.text.Message;

/**
 * A large database opens without waiting for its integrity check, which runs beside the start; every write
 * waits for the answer, and a damaged file is told and never written, as a small one is refused at opening.
 */
class LargeFileCheckTest {

    @TempDir
    Path dir;

    /** A clinic file over the size checked at opening, its clients table's root page then damaged. */
    private Path largeAndDamaged() throws Exception {
        Path file = dir.resolve("clinic.db");
        long root;
        try (Store store = Store.open(file); Connection c = store.database().connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO clients (uuid, name, notes, created_at) VALUES (?, ?, ?, 'x')")) {
                for (int i = 0; i < 220; i++) {
                    s.setString(1, RecordIds.fresh());
                    s.setString(2, "Client " + i);
                    s.setString(3, "n".repeat(100_000));
                    s.executeUpdate();
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                var r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'clients_by_name'");
                root = r.getLong(1);
            }
        }
        assertThat(Files.size(file)).isGreaterThan(Database.CHECK_AT_OPEN_BYTES);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek((root - 1) * 4096 + 3);                         // the index page's cell count: nonsense
            raw.write(new byte[] {(byte) 0xff, (byte) 0xff});
        }
        return file;
    }

    @Test
    void aLargeDamagedFileOpensAtOnceButIsNeverWritten() throws Exception {
        Path file = largeAndDamaged();
        String before = DatabaseTest.hash(file);
        try (Store store = Store.open(file)) {                         // no refusal at opening: the check runs beside it
            CompletableFuture<Optional<StoreProblem>> answer = new CompletableFuture<>();
            store.database().whenChecked(answer::complete);
            assertThat(answer).isNotDone();                             // waits for the app's first frame...
            store.database().startDeferredCheck();                       // ...after which the app starts it
            assertThat(answer.get(30, TimeUnit.SECONDS)).get().extracting(StoreProblem::kind).isEqualTo(StoreProblem.Kind.DAMAGED);
            assertThatThrownBy(store.database()::awaitChecked).isInstanceOf(StoreProblem.class);
            assertThatThrownBy(() -> store.clients().add(Client.named("Not written"))).hasRootCauseInstanceOf(StoreProblem.class);
            try (EventJournal journal = store.startJournal()) {
                journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
                assertThat(journal.awaitWritten(Duration.ofSeconds(1))).isFalse();
                assertThat(((Message) journal.health().problem().args().get(3)).key())
                        .isEqualTo("store.reason.damaged");
            }
        }
        assertThat(DatabaseTest.hash(file)).isEqualTo(before);
    }

    @Test
    void aLargeWholeFileIsWrittenOnceTheCheckHasPassed() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Store store = Store.open(file); Connection c = store.database().connect()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO clients (uuid, name, notes, created_at) VALUES (?, 'x', ?, 'x')")) {
                for (int i = 0; i < 200; i++) {
                    p.setString(1, RecordIds.fresh());
                    p.setString(2, "n".repeat(100_000));
                    p.executeUpdate();
                }
            }
        }
        try (Store store = Store.open(file)) {
            store.clients().add(Client.named("Written after the check")); // the first write starts the check and waits
            store.database().awaitChecked();
            assertThat(store.clients().list(false)).extracting(Client::name).contains("Written after the check");
        }
    }
}
