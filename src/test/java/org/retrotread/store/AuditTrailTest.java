package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.report.AuditReports;
import org.retrotread.report.PaperSize;
import org.retrotread.report.pdf.AuditTrailPdf;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

/**
 * Who did what to a client's record: each profile field changed (before, after), archiving, corrections, walk-test
 * corrections, exports and backups, in a real file; the rows never change, and a row changed or taken away
 * outside Retrotread shows, on screen and on the printed trail.
 */
class AuditTrailTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("clinic.db");
    }

    /** Ana added, her maximum speed and body mass set, archived and back, a walk test corrected, her sessions exported. */
    private long history(Store store) throws Exception {
        Client ana = store.clients().add(Client.named("Ana"));
        store.clients().update(store.clients().find(ana.id()).orElseThrow(), new Client(ana.id(), "Ana Lima", Optional.empty(), Optional.empty(), Optional.of(new BodyMass(64)),
                Optional.of(Speed.ofKmh(3)), "", false));
        store.clients().archive(ana.id());
        store.clients().update(store.clients().find(ana.id()).orElseThrow(), new Client(ana.id(), "Ana Lima", Optional.empty(), Optional.empty(), Optional.of(new BodyMass(64)),
                Optional.of(Speed.ofKmh(3.5)), "", false));
        WalkTest test = store.walkTests().add(ana.id(), LocalDate.of(2026, 11, 20), Duration.ofMillis(12300), "", "");
        store.walkTests().correct(test.id(), Duration.ofMillis(11800), "Dr Ben", "read the stopwatch wrongly");
        store.audit().record(Optional.of(ana.id()), AuditTrail.Action.EXPORTED, "progressReport", "/home/clinic/Ana.pdf");
        store.audit().record(Optional.empty(), AuditTrail.Action.BACKUP_MADE, "automatic", "/backups/retrotread-2026-12-02.db");
        Client bo = store.clients().add(Client.named("Bo"));
        store.clients().update(store.clients().find(bo.id()).orElseThrow(), new Client(bo.id(), "Bo Ek", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                false));
        return ana.id();
    }

    @Test
    void everyChangeToARecordIsWrittenWithItsValuesBeforeAndAfter() throws Exception {
        try (Store store = Store.open(file())) {
            long ana = history(store);
            List<AuditTrail.Entry> trail = store.audit().ofClient(ana);
            assertThat(trail).extracting(e -> e.action() + " " + e.subject() + " " + e.before().orElse("-") + " " + e.after().orElse("-"))
                    .containsExactly(
                            "CLIENT_ADDED name - Ana",
                            "CLIENT_CHANGED name Ana Ana Lima",
                            "CLIENT_CHANGED bodyMassKg - 64.0",
                            "CLIENT_CHANGED maxSpeedMps - " + Speed.ofKmh(3).metresPerSecond(),
                            "CLIENT_ARCHIVED  - -",
                            "CLIENT_CHANGED maxSpeedMps " + Speed.ofKmh(3).metresPerSecond() + " " + Speed.ofKmh(3.5).metresPerSecond(),
                            "CLIENT_UNARCHIVED  - -",
                            "WALK_TEST_CORRECTED 2026-11-20 12.3 11.8",
                            "EXPORTED progressReport - /home/clinic/Ana.pdf",
                            "BACKUP_MADE automatic - /backups/retrotread-2026-12-02.db"); // clinic-wide: her record went with it
            assertThat(trail).extracting(AuditTrail.Entry::author).contains("Dr Ben", AuditTrail.computerUser());
            assertThat(store.audit().all()).hasSize(trail.size() + 2);       // and Bo's two rows, not in hers
            assertThat(store.audit().intact()).isTrue();
        }
    }

    @Test
    void theTrailNeverChangesAndWhatIsDoneToItOutsideShows() throws Exception {
        try (Store store = Store.open(file())) {
            history(store);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE audit_trail SET after = 'x'")).hasMessageContaining("never changes");
            assertThatThrownBy(() -> s.execute("DELETE FROM audit_trail WHERE id = 2")).hasMessageContaining("never deleted");
            assertThatThrownBy(() -> s.execute("INSERT OR REPLACE INTO audit_trail (id, uuid, at, author, action, chain_sha256)"
                    + " VALUES (2, '00000000-0000-4000-8000-000000000000', 'x', 'x', 'x', 'x')")).hasMessageContaining("never changes");
        }
        for (String change : List.of("UPDATE audit_trail SET after = '4.0' WHERE id = 4", "DELETE FROM audit_trail WHERE id = 2")) {
            Path copy = dir.resolve("copy-" + change.hashCode() + ".db");
            Files.copy(file(), copy);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER audit_trail_never_changes");
                s.execute("DROP TRIGGER audit_trail_never_goes");
                s.execute(change);
            }
            try (Store store = Store.open(copy)) {
                assertThat(store.audit().intact()).as(change).isFalse();
                Client ana = store.clients().find(1).orElseThrow();
                String pdf = text(AuditTrailPdf.write(new AuditReports(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR),
                        ZoneOffset.UTC).of(ana, store.audit().ofClient(1), store.audit().intact(), "Riverside", Instant.now()),
                        PaperSize.A4, "page {0} of {1}"));
                assertThat(pdf).as(change).contains("THIS TRAIL WAS CHANGED OUTSIDE RETROTREAD");
            }
        }
    }

    @Test
    void thePrintedTrailSaysWhoDidWhatInTheReadersUnits() throws Exception {
        try (Store store = Store.open(file())) {
            long ana = history(store);
            Messages text = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
            String pdf = text(AuditTrailPdf.write(new AuditReports(text, ZoneOffset.UTC).of(store.clients().find(ana).orElseThrow(),
                    store.audit().ofClient(ana), store.audit().intact(), "Riverside", Instant.now()), PaperSize.A4,
                    "page {0} of {1}"));
            assertThat(pdf).contains("Record trail", "Ana Lima", "Every row checks out", "Profile created",
                    "Profile changed: Maximum speed allowed", "3.0 km/h", "3.5 km/h", "64.0 kg", "Archived",
                    "backward walk test of 2026-11-20 corrected", "12.3 s", "11.8 s", "Dr Ben", "Saved to a file: progress report", "/home/clinic/Ana.pdf",
                    "Backup: made automatically").doesNotContain("Bo Ek");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
