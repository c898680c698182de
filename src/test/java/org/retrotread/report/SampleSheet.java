package org.retrotread.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.retrotread.demo.DemoClinic;
import org.retrotread.report.fit.SessionFit;
import org.retrotread.report.pdf.ProgressReportPdf;
import org.retrotread.report.pdf.SessionSheetPdf;
import org.retrotread.report.tcx.SessionTcx;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.Amendment;
import org.retrotread.store.Client;
import org.retrotread.store.Store;
import org.retrotread.store.exchange.QzWriter;
import org.retrotread.ui.plans.OtherFormats;

/**
 * Writes the committed sample sheets (docs/samples/session-sheet.pdf, a knee programme session, and
 * session-sheet-uphill.pdf, the Cipriani grades with a heart rate above the ceiling) from sessions run through
 * the real engine, and the uphill session as the FIT and TCX files training logs import. Run by docs/samples/make.sh.
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
                        "PAIN_AFTER", "7", "2", Optional.of(Correction.of(
                                CorrectedField.PAIN_AFTER, "2")))));
        SessionSheet sheet = new SessionSheets(SheetFixtures.ENGLISH, ZoneOffset.UTC).of(amended, "Riverside Physiotherapy",
                Instant.parse("2026-11-25T10:00:00Z"));
        Files.write(out.resolve("session-sheet.pdf"), SessionSheetPdf.write(sheet, PaperSize.A4,
                SheetFixtures.ENGLISH.text("report.pageOf")));
        Files.write(out.resolve("progress-report.pdf"), progressReport());
        SessionSheet uphill = new SessionSheets(SheetFixtures.ENGLISH, ZoneOffset.UTC).of(SheetFixtures.uphill(),
                "Riverside Physiotherapy", Instant.parse("2026-11-25T10:00:00Z"));
        Files.write(out.resolve("session-sheet-uphill.pdf"), SessionSheetPdf.write(uphill, PaperSize.A4,
                SheetFixtures.ENGLISH.text("report.pageOf")));
        // The sample session for training logs: the uphill one, with its grades and heart rates.
        SheetInput climb = SheetFixtures.uphill();
        Files.write(out.resolve("session.tcx"), SessionTcx.write(climb, "0.1.0"));
        Files.write(out.resolve("session.fit"), SessionFit.write(climb, "0.1.0",
                i -> (i + 1) + ". " + SheetFixtures.ENGLISH.text("BlockKind." + climb.plan().blocks().get(i).kind().name())));
        // A starter plan for a home treadmill that QZ drives.
        Plan starter = starterForQz();
        QzWriter.write(out.resolve("starter-plan.qz.xml"), starter, OtherFormats.words(SheetFixtures.ENGLISH, starter));
    }

    /** The starter written as the QZ sample: the knee programme (a handrail phase, a speed ramp, steady, cooldown). */
    public static Plan starterForQz() {
        return StarterPlans.all(SheetFixtures.ENGLISH::text).stream().filter(s -> s.id().equals("kneeProgramme")).findFirst()
                .orElseThrow().plan();
    }

    /** The demo clinic's client, six weeks into her plan (see DemoClinic). */
    private static byte[] progressReport() throws Exception {
        Path folder = Files.createTempDirectory("retrotread-sample");
        Path db = folder.resolve("demo.db");
        DemoClinic.main(new String[] {db.toString()});
        try (Store store = Store.open(db)) {
            Client amrit = store.clients().list(false).get(0);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            ProgressReport report = new ProgressReports(SheetFixtures.ENGLISH, ZoneOffset.UTC).of(amrit,
                    store.sessions().history(amrit.id()), store.walkTests().of(amrit.id()),
                    Optional.of(Cutoff.COMMUNITY_OLDER_ADULTS), today.minusWeeks(6), today,
                    "Riverside Physiotherapy", Instant.now());
            return ProgressReportPdf.write(report, PaperSize.A4, SheetFixtures.ENGLISH.text("report.pageOf"));
        }
    }
}
