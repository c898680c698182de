package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checked backup each day without anyone remembering, the last seven days and four weeks kept, nothing else touched. */
class AutoBackupsTest {

    @TempDir
    Path dir;

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(8, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    @Test
    void theFirstStartOfADayMakesACheckedOwnerOnlyBackupAndTheSecondDoesNot() throws Exception {
        Path folder = dir.resolve("backups");
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            store.clients().add(Client.named("Ana Weber"));
            LocalDate day = LocalDate.of(2026, 12, 2);
            AutoBackups backups = new AutoBackups(store.database(), folder, on(day));
            Path made = backups.today().orElseThrow();
            assertThat(made).isEqualTo(folder.resolve("retrotread-2026-12-02.db"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-------");
            Backups.verify(made);
            try (Store copy = Store.open(made)) {
                assertThat(copy.clients().list(false)).extracting(Client::name).containsExactly("Ana Weber");
            }
            assertThat(backups.today()).isEmpty();                     // one a day
            assertThat(backups.list()).extracting(AutoBackups.Kept::day).containsExactly(day);
            assertThat(backups.list().get(0).bytes()).isPositive();
        }
    }

    @Test
    void sevenDaysAndFourWeeksAreKeptAndFilesNotOursAreLeftAlone() throws Exception {
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        Path mine = Files.writeString(folder.resolve("notes.txt"), "the clinic's own file");
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            LocalDate first = LocalDate.of(2026, 10, 1);
            for (int d = 0; d < 60; d++) {
                new AutoBackups(store.database(), folder, on(first.plusDays(d))).today();
            }
            List<LocalDate> kept = new AutoBackups(store.database(), folder, on(first.plusDays(59))).list().stream()
                    .map(AutoBackups.Kept::day).toList();
            LocalDate last = first.plusDays(59);
            assertThat(kept).hasSize(AutoBackups.DAILY + AutoBackups.WEEKLY);
            assertThat(kept.subList(0, 7)).containsExactly(last, last.minusDays(1), last.minusDays(2), last.minusDays(3),
                    last.minusDays(4), last.minusDays(5), last.minusDays(6));
            for (int i = 7; i < kept.size() - 1; i++) {                 // then one a week, each in a week of its own
                assertThat(ChronoUnit.DAYS.between(kept.get(i + 1), kept.get(i))).isEqualTo(7);
            }
        }
        assertThat(Files.readString(mine)).isEqualTo("the clinic's own file");
    }

    @Test
    void aBackupCutShortNeverStandsAsTodaysAndAFailureIsSaid() throws Exception {
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(".retrotread-2026-12-02.db.part"), "half a copy, the app was closed");
        try (Store store = Store.open(dir.resolve("clinic.db"))) {
            AutoBackups backups = new AutoBackups(store.database(), folder, on(LocalDate.of(2026, 12, 2)));
            assertThat(backups.today()).isPresent();
            Backups.verify(folder.resolve("retrotread-2026-12-02.db"));
            assertThat(folder.resolve(".retrotread-2026-12-02.db.part")).doesNotExist();

            Path notAFolder = Files.writeString(dir.resolve("a file"), "x");
            assertThatThrownBy(() -> new AutoBackups(store.database(), notAFolder, on(LocalDate.of(2026, 12, 3))).today())
                    .isInstanceOf(StoreProblem.class);
        }
    }
}
