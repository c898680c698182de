package org.retrotread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.retrotread.report.pdf.ProgressReportPdf;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.Client;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.WalkTest;

/** A client's progress report for a period: only that period's sessions and tests, as figures, charts and tables. */
class ProgressReportTest {

    private static HistoryRow session(String day, int minutes, double kmh, int painBefore, int rpe) {
        return new HistoryRow(1, Instant.parse(day + "T10:00:00Z"), "Knee, twice a week", 1, TreadmillMode.POWERED,
                Optional.of(Duration.ofMinutes(minutes)), Optional.of(Duration.ofMinutes(minutes - 1)), Optional.of(Speed.ofKmh(kmh)),
                Optional.of(Speed.ofKmh(kmh)), Optional.of(painBefore), Optional.of(painBefore - 1),
                Optional.of(SessionEnded.Ending.COMPLETED), 0, Optional.of(rpe), 2, true, Set.of());
    }

    @Test
    void thePeriodsSessionsAndTestsAreReportedAgainstThePlanAndTheCutoff() throws IOException {
        List<HistoryRow> history = List.of(session("2026-09-30", 10, 1.8, 6, 5), // before the period: left out
                session("2026-11-02", 10, 2.0, 5, 5), session("2026-11-04", 12, 2.2, 4, 6), session("2026-11-18", 12, 2.6, 3, 5));
        List<WalkTest> tests = List.of(new WalkTest(1, 1, LocalDate.of(2026, 11, 3), Duration.ofMillis(6_400), "stick", "first"),
                new WalkTest(2, 1, LocalDate.of(2026, 11, 19), Duration.ofMillis(4_300), "", ""));
        ProgressReport report = new ProgressReports(SheetFixtures.ENGLISH, ZoneOffset.UTC).of(new Client(1, "Ørjan Żółć",
                Optional.of("PT-9"), Optional.of(LocalDate.of(1950, 6, 1)), Optional.empty(), Optional.empty(), "", false),
                history, tests, Optional.of(Cutoff.COMMUNITY_OLDER_ADULTS), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22),
                "Riverside Physio", Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(report.figures()).extracting(SessionSheet.Fact::value)
                .contains("3 of 6 (50 %)", "34", "2.6 km/h", "5 \u2192 3", "6.4 s \u2192 4.3 s");
        assertThat(report.sessions().rows()).hasSize(3);
        assertThat(report.walkTests().rows()).extracting(r -> r.get(3))
                .containsExactly("above the cut-off: raised fall risk", "within the cut-off");
        assertThat(report.plots()).hasSize(5);
        assertThat(report.plots().get(4).threshold().orElseThrow().label()).contains("4.5 s", "Carter");

        byte[] pdf = ProgressReportPdf.write(report, PaperSize.A4, "page {0} of {1}");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {  // whose report it is, on every page
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(doc)).as("page %d", page).contains("Ørjan Żółć · PT-9 · born Jun 1, 1950 —");
            }
            assertThat(text).contains("11/9", "11/16"); // the weeks along each time axis (11/2 would crowd "Nov 1, 2026")
            assertThat(text).contains("Ørjan Żółć · PT-9", "Nov 1, 2026 – Nov 22, 2026", "Sessions each week against the plan",
                    "3-Metre Backward Walk Test", "raised fall risk", "Knee, twice a week", "Riverside Physio")
                    .doesNotContain("Sep 30, 2026");
        }
    }

    /** Sessions at a grade and with a heart rate taken add their two charts; a level programme keeps its five. */
    @Test
    void gradeAndHeartRateAcrossSessionsAreChartedWhereTheyWereTaken() throws IOException {
        HistoryRow level = session("2026-11-02", 10, 2.0, 5, 5);
        HistoryRow uphill = withGradeAndHeart(session("2026-11-04", 12, 2.2, 4, 6), 5, 128);
        HistoryRow steeper = withGradeAndHeart(session("2026-11-11", 12, 2.4, 3, 6), 10, 134);
        ProgressReport report = new ProgressReports(SheetFixtures.ENGLISH, ZoneOffset.UTC).of(new Client(1, "Ana", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "", false), List.of(level, uphill, steeper), List.of(),
                Optional.empty(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22), "Riverside Physio",
                Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(report.plots()).hasSize(7);
        assertThat(report.plots().get(5).series().get(0).points()).extracting(ProgressReport.Point::value).containsExactly(5.0, 10.0);
        assertThat(report.plots().get(6).series().get(0).points()).extracting(ProgressReport.Point::value).containsExactly(128.0, 134.0);
        try (PDDocument doc = Loader.loadPDF(ProgressReportPdf.write(report, PaperSize.A4, "page {0} of {1}"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Steepest grade walked, per session",
                    "Highest heart rate taken, per session");
        }
    }

    private static HistoryRow withGradeAndHeart(HistoryRow r, double steepestPercent, int highestBpm) {
        return new HistoryRow(r.sessionId(), r.openedAt(), r.planName(), r.planVersion(), r.mode(), r.activeTime(), r.handsFree(),
                r.maxBackwardSpeed(), r.maxHandsFreeSpeed(), r.painBefore(), r.painAfter(), r.ending(), r.amendments(), r.rpe(),
                r.sessionsPerWeek(), r.ran(), r.corrected(), new HistoryRow.GradeAndHeart(Optional.of(Grade.ofPercent(steepestPercent / 2)),
                Optional.of(Grade.ofPercent(steepestPercent)), Optional.of(new Distance(12)), Optional.of(new HeartRate(96)),
                Optional.of(new HeartRate(highestBpm)), Optional.empty()));
    }
}
