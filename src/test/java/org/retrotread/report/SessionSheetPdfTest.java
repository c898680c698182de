package org.retrotread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.i18n.Messages;
import org.retrotread.report.csv.Csv;
import org.retrotread.report.csv.SessionCsv;
import org.retrotread.report.pdf.SessionSheetPdf;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Amendment;
import org.retrotread.store.SealChain;

/** Session sheets written to PDF and read back with PDFBox's text extraction. */
class SessionSheetPdfTest {

    private final Messages english = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    private final SessionSheets sheets = new SessionSheets(english, ZoneOffset.UTC);

    private byte[] pdf(SheetInput in, PaperSize paper) {
        return SessionSheetPdf.write(sheets.of(in, "Riverside Physio", Instant.parse("2026-11-25T10:00:00Z")), paper,
                english.text("report.pageOf"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theSheetIsSearchableTextWithTheClientTheBlocksAndTheEstimate() throws IOException {
        byte[] pdf = pdf(SheetFixtures.knee("Łukasz Żółć", "Felt steady; Ωmega test ☺"), PaperSize.A4);
        String text = text(pdf);
        assertThat(text).contains("Łukasz Żółć", "Riverside Physio", "Ana Lima", "Knee programme", "(version 2)")
                .contains("1.5 km/h → 2.5 km/h")       // the ramp's target in the block table
                .contains("Ramp", "Steady", "Cooldown", "Hands-free")
                .contains("kcal (estimate)")            // an estimate says so
                .contains("held the level: runs at +10 % (proposed +20 %)") // the progression and the decision
                .contains("ACSM")                        // and names its source
                .contains("Felt steady; Ωmega test")
                .contains("Signature:")
                .contains("page 1 of 1");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, Offset.offset(0.1f));
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    /** The "done when": grade and heart rate on the sheet and in the CSV, read back from the files written. */
    @Test
    void aSessionUpTheGradeRampWithAHeartRateAboveTheCeilingShowsBothOnTheSheetAndInTheCsv(@TempDir Path dir) throws IOException {
        SheetInput uphill = SheetFixtures.uphill();
        Path sheet = dir.resolve("sheet.pdf");
        Files.write(sheet, pdf(uphill, PaperSize.A4));
        String text = text(Files.readAllBytes(sheet)).replace('\u00a0', ' ');
        assertThat(text).contains("Grade", "0 \u2192 10 %")          // the grade column of the ramp of grade
                .contains("Grade (average / steepest)").contains("/ 10 %")
                .contains("Climbed backward uphill")
                .contains("Heart rate (lowest \u2013 highest)", "118 bpm \u2013 131 bpm")
                .contains("Time above the heart-rate ceiling").contains("(ceiling 120 bpm)")
                .contains("131 bpm (above the ceiling)")
                .contains("carried on \u2014 physio beside the walker")
                .contains("Green: grade");
        Path csv = dir.resolve("events.csv");
        SessionCsv events = new SessionCsv(english, ZoneOffset.UTC);
        Csv.write(csv, events.eventsHeader(), events.events(uphill.events()));
        String rows = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(rows).contains("Grade (%),Heart rate (bpm)")
                .contains(",GradePrompted,,5.0,,").contains(",GradeSet,,10.0,,PROMPT_CONFIRMED,")
                .contains(",HeartRateRecorded,,,131,\"KEYED; ceiling 120; above the ceiling\",")
                .contains(",HeartRateAnswered,,,,carried on: physio beside the walker,");

        SheetInput deadMill = SheetFixtures.deadMillUphill();
        String deadMillText = text(pdf(deadMill, PaperSize.A4)).replace('\u00a0', ' ');
        assertThat(deadMillText).contains("Grade (average / steepest)", "3 %").contains("Climbed backward uphill")
                .contains("Not estimable");
        Csv.write(csv, events.eventsHeader(), events.events(deadMill.events()));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(",GradeSet,,3.0,,PROMPT_CONFIRMED,")
                .contains(",SpeedSet,2.20,,,OBSERVED,");
    }

    @Test
    void aRecordChangedOutsideRetrotreadSaysSoOnTheSheet() throws IOException {
        SheetInput knee = SheetFixtures.knee("Amrit Kaur", "fine");
        SheetInput changed = new SheetInput(knee.record(), knee.plan(), knee.planVersion(), knee.client(), knee.events(),
                knee.amendments(), SealChain.Integrity.CHANGED);
        assertThat(text(pdf(changed, PaperSize.A4)).replaceAll("\\s+", " ")).contains("THIS RECORD WAS CHANGED OUTSIDE RETROTREAD");
        assertThat(text(pdf(knee, PaperSize.A4)).replaceAll("\\s+", " ")).doesNotContain("CHANGED OUTSIDE");
    }

    /** A corrected pain score is the figure on paper, marked, with the legend; the amendment beside it keeps the original. */
    @Test
    void aCorrectionReachesThePrintedFiguresAndTheOriginalStaysInTheTrail() throws IOException {
        SheetInput knee = SheetFixtures.knee("Amrit Kaur", "fine");
        var correction = Correction.of(CorrectedField.PAIN_AFTER, "4");
        SheetInput amended = new SheetInput(knee.record(), knee.plan(), knee.planVersion(), knee.client(), knee.events(),
                List.of(new Amendment(1, 12, Instant.parse("2026-11-21T08:00:00Z"), "Dr Ana Lima",
                        "said 4 afterwards", "PAIN_AFTER", "2", "4", Optional.of(correction))));
        String text = text(pdf(amended, PaperSize.A4)).replaceAll("\\s+", " ");
        assertThat(text).contains("3 → 4 *")                                   // pain before → after, the corrected one marked
                .contains("* changed by a correction after the session")
                .contains("Dr Ana Lima: Pain after the start changed from “2” to “4”");
        assertThat(text(pdf(knee, PaperSize.A4)).replaceAll("\\s+", " ")).contains("3 → 2").doesNotContain("3 → 2 *");
    }

    @Test
    void aDeadMillSessionSaysTheEnergyIsNotEstimable() throws IOException {
        assertThat(text(pdf(SheetFixtures.deadMill(), PaperSize.LETTER))).contains("Not estimable", "Zoë", "RPE 4 → RPE 7");
    }

    /** The case: German column headers broke mid-word ("Absolvi / ert"). Every header word stays whole. */
    @Test
    void germanColumnHeadersAreNeverBrokenInsideAWord() throws IOException {
        Messages german = new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR);
        byte[] pdf = SessionSheetPdf.write(new SessionSheets(german, ZoneOffset.UTC).of(SheetFixtures.knee("Łukasz Żółć", "gut"),
                "Praxis am Fluss", Instant.parse("2026-11-25T10:00:00Z")), PaperSize.A4, german.text("report.pageOf"));
        String words = " " + text(pdf).replaceAll("\\s+", " ") + " ";
        try (PDDocument doc = Loader.loadPDF(pdf)) {                     // the signature never alone on a page
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            String lastPage = last.getText(doc);
            assertThat(lastPage).contains("Unterschrift");
            assertThat(doc.getNumberOfPages() == 1 || lastPage.contains("Korrekturen")).isTrue();
        }
        for (String key : List.of("report.col.planned", "report.col.actual", "report.col.speed", "report.col.rails",
                "report.col.handsFree", "report.col.when", "report.col.rpe", "report.col.pain")) {
            for (String word : german.text(key).split(" ")) {
                assertThat(words).as(key).contains(" " + word);
            }
        }
    }

    @Test
    void fortyBlocksAndALongNoteFlowOntoMorePagesAndNothingLeavesThePage() throws IOException {
        String note = ("Walked well, asked to slow at the turn; " + "x".repeat(30) + " ").repeat(50).substring(0, 3000) + "END-OF-NOTE";
        byte[] pdf = pdf(SheetFixtures.fortyBlocks(note), PaperSize.LETTER);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    PDPage page = getCurrentPage();
                    for (TextPosition t : positions) {
                        float right = t.getXDirAdj() + t.getWidthDirAdj();
                        if (t.getXDirAdj() < 0 || right > page.getMediaBox().getWidth() + 0.5f
                                || t.getYDirAdj() < 0 || t.getYDirAdj() > page.getMediaBox().getHeight()) {
                            outside.add(t.getUnicode());
                        }
                    }
                    super.writeString(string, positions);
                }
            };
            String text = stripper.getText(doc);
            assertThat(outside).isEmpty();
            assertThat(text).contains("END-OF-NOTE", "Ørjan").contains("\n40 ").contains("page 2 of");
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {  // whose sheet it is, on every page
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(doc)).as("page %d", page).contains("Ørjan · K-9 · born Mar 28, 1956");
            }
            String joined = text.replaceAll("Ørjan · K-9 · born Mar 28, 1956 — Retrotread · session 12 · sheet made .*? page \\d of \\d", "")
                    .replaceAll("\\s+", "");
            assertThat(joined).contains(note.replaceAll("\\s+", "")); // every character of the note, in order
        }
    }
}
