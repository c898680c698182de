package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;

class BackupsAndExportTest {

    @TempDir
    Path dir;

    @Test
    void aBackupRestoresAfterItIsVerified() throws Exception {
        Path live = dir.resolve("retrotread.db");
        Path backup = dir.resolve("backup.db");
        try (Store store = Store.open(live)) {
            store.clients().add(Client.named("Before the backup"));
            Backups.backup(store.database(), backup);
            store.clients().add(Client.named("After the backup"));
        }
        Backups.verify(backup);
        Path kept = Backups.restore(backup, live, Clock.systemUTC());
        try (Store store = Store.open(live)) {
            assertThat(store.clients().list(true)).extracting(Client::name).containsExactly("Before the backup");
        }
        try (Store replaced = Store.open(kept)) {
            assertThat(replaced.clients().list(true)).hasSize(2); // nothing is thrown away by a restore
        }
    }

    @Test
    void aBadBackupIsRefusedAndTheLiveDatabaseIsLeftAlone() throws Exception {
        Path live = dir.resolve("retrotread.db");
        try (Store store = Store.open(live)) {
            store.clients().add(Client.named("Live"));
        }
        String before = DatabaseTest.hash(live);
        Path notSqlite = dir.resolve("holiday.jpg");
        Files.write(notSqlite, new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});
        assertThatThrownBy(() -> Backups.restore(notSqlite, live, Clock.systemUTC()))
                .isInstanceOfSatisfying(StoreProblem.class, p -> assertThat(p.kind()).isEqualTo(StoreProblem.Kind.NOT_A_DATABASE));
        Path damaged = dir.resolve("damaged.db");
        try (Store store = Store.open(live)) {
            Backups.backup(store.database(), damaged);
        }
        byte[] bytes = Files.readAllBytes(damaged);
        for (int page = 1; page * 4096 < bytes.length; page++) {
            bytes[page * 4096] = 0x7f;
        }
        Files.write(damaged, bytes);
        assertThatThrownBy(() -> Backups.restore(damaged, live, Clock.systemUTC())).isInstanceOf(StoreProblem.class);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("replaced"));
        try (Store store = Store.open(live)) {
            assertThat(store.clients().list(true)).extracting(Client::name).containsExactly("Live");
        }
    }

    @Test
    void aSessionExportHoldsThePlanAndEveryEvent() throws Exception {
        FakeClock clock = new FakeClock();
        SessionEngine engine = new SessionEngine(StoreFixtures.knee().plan(), SessionContext.anonymous(), clock, StoreFixtures.WALL);
        StoreFixtures.runAFewMinutes(engine, clock);
        Path file = dir.resolve("session 1 Zoë.json");
        SessionExport.write(file, new SessionExport.Contents(StoreFixtures.opening(7, Optional.empty(), StoreFixtures.knee(),
                SessionContext.anonymous()), engine.events()));
        SessionExport.Contents back = SessionExport.read(file);
        assertThat(back.events()).isEqualTo(engine.events());
        assertThat(back.plan()).isEqualTo(StoreFixtures.knee().plan());
        assertThat(back.sessionId()).isEqualTo(7);
        assertThat(Files.list(dir)).noneMatch(p -> p.toString().endsWith(".part"));
    }
}
