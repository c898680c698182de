package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.report.csv.Csv;
import org.retrotread.session.plan.StarterPlans;

/** Files with health records in them are the owner's alone from their first byte, and whole or absent. */
class OwnerOnlyTest {

    @TempDir
    Path dir;

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private List<Path> partFiles() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void aFileIsOwnerOnlyWhileItIsStillBeingWritten() throws Exception {
        Path target = dir.resolve("export.csv");
        List<String> seenWhileWriting = new ArrayList<>();
        OwnerOnly.write(target, out -> {
            out.write("first byte".getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (Path part : partFiles()) {
                seenWhileWriting.add(permissions(part));
            }
        });
        assertThat(seenWhileWriting).containsExactly("rw-------");
        assertThat(permissions(target)).isEqualTo("rw-------");
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void aWriteThatFailsKeepsTheOldFileAndLeavesNoPart() throws Exception {
        Path target = dir.resolve("sheet.pdf");
        Files.writeString(target, "the old sheet");
        assertThatThrownBy(() -> OwnerOnly.write(target, out -> {
            out.write("half a".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("the old sheet");
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void everyExportAndEveryBackupIsOwnerOnly() throws Exception {
        Path csv = dir.resolve("sessions.csv");
        Csv.write(csv, List.of("a"), List.of(List.of("1")));
        Path plan = dir.resolve("plan.retrotread-plan.json");
        PlanFiles.write(plan, StarterPlans.all(k -> k).get(0).plan());
        Path backup = dir.resolve("backup.db");
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            Backups.backup(db, backup);
        }
        for (Path file : List.of(csv, plan, backup)) {
            assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
        }
        Backups.verify(backup);
    }

    @Test
    void aDatabaseOthersCouldReadIsTightenedWhenOpened() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file)) {
            assertThat(db.file()).isEqualTo(file);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Database db = Database.open(file)) {
            assertThat(permissions(file)).isEqualTo("rw-------");
        }
    }
}
