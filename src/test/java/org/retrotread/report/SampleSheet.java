package org.retrotread.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.retrotread.report.pdf.SessionSheetPdf;
import org.retrotread.store.Amendment;

/**
 * Writes the committed sample sheet (docs/samples/session-sheet.pdf) from a knee programme session
 * run through the real engine. Run by docs/samples/make.sh.
 */
public final class SampleSheet {

    private SampleSheet() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        SheetInput knee = SheetFixtures.knee("Łukasz Żółć", "Steady on the ramp; asked to hold the rails briefly at the turn.");
        SheetInput amended = new SheetInput(knee.record(), knee.plan(), knee.planVersion(), knee.client(), knee.events(),
                List.of(new Amendment(1, 12, Instant.parse("2026-11-21T08:00:00Z"), "Dr Ana Lima", "typed in the wrong field",
                        "PAIN_AFTER", "7", "2", Optional.of(org.retrotread.session.correction.Correction.of(
                                org.retrotread.session.correction.CorrectedField.PAIN_AFTER, "2")))));
        SessionSheet sheet = new SessionSheets(SheetFixtures.ENGLISH, ZoneOffset.UTC).of(amended, "Riverside Physiotherapy",
                Instant.parse("2026-11-25T10:00:00Z"));
        Files.write(out.resolve("session-sheet.pdf"), SessionSheetPdf.write(sheet, PaperSize.A4,
                SheetFixtures.ENGLISH.text("report.pageOf")));
        Files.write(out.resolve("progress-report.pdf"), progressReport());
    }

    /** The demo clinic's client, six weeks into her plan (see DemoClinic). */
    private static byte[] progressReport() throws Exception {
        Path folder = Files.createTempDirectory("retrotread-sample");
        Path db = folder.resolve("demo.db");
        org.retrotread.demo.DemoClinic.main(new String[] {db.toString()});
        try (org.retrotread.store.Store store = org.retrotread.store.Store.open(db)) {
            org.retrotread.store.Client amrit = store.clients().list(false).get(0);
            java.time.LocalDate today = java.time.LocalDate.now(ZoneOffset.UTC);
            ProgressReport report = new ProgressReports(SheetFixtures.ENGLISH, ZoneOffset.UTC).of(amrit,
                    store.sessions().history(amrit.id()), store.walkTests().of(amrit.id()),
                    java.util.Optional.of(org.retrotread.session.walktest.Cutoff.COMMUNITY_OLDER_ADULTS), today.minusWeeks(6), today,
                    "Riverside Physiotherapy", Instant.now());
            return org.retrotread.report.pdf.ProgressReportPdf.write(report, PaperSize.A4, SheetFixtures.ENGLISH.text("report.pageOf"));
        }
    }
}
