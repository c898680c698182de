package org.retrotread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.report.csv.Csv;
import org.retrotread.report.csv.SessionCsv;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.store.Client;
import org.retrotread.store.EventJournal;
import org.retrotread.store.SessionOpening;
import org.retrotread.store.Store;

/** CSV as RFC 4180 writes it, safe to open in a spreadsheet, from sessions saved in a real database. */
class SessionCsvTest {

    @TempDir
    Path dir;

    @Test
    void cellsAreQuotedAndFormulasNeutralised() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("O'Brien, \"Bob\"\nsecond line")).isEqualTo("\"O'Brien, \"\"Bob\"\"\nsecond line\"");
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(Csv.cell(" padded ")).isEqualTo("\" padded \"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.text(List.of("a", "b"), List.of(List.of("1", "x,y")))).isEqualTo("\ufeffa,b\r\n1,\"x,y\"\r\n");
    }

    @Test
    void aFormulaIsNeutralisedWhereverASpreadsheetCouldStartAField() {
        // after a semicolon (German Excel splits on it), a tab, a return or a line break inside a cell
        assertThat(Csv.cell("knee;=cmd|' /C calc'!A0")).isEqualTo("\"knee;'=cmd|' /C calc'!A0\"");
        assertThat(Csv.cell("a\t+1")).isEqualTo("\"a\t'+1\"");
        assertThat(Csv.cell("note\r\n@SUM(A1)")).isEqualTo("\"note\r\n'@SUM(A1)\"");
        assertThat(Csv.cell("x\n-2+3")).isEqualTo("\"x\n'-2+3\"");
        // after what a spreadsheet passes over first: spaces, a byte-order mark, zero-width characters
        assertThat(Csv.cell("  =1+1")).isEqualTo("\"  '=1+1\"");
        assertThat(Csv.cell("\ufeff=1+1")).isEqualTo("\ufeff'=1+1");
        assertThat(Csv.cell("\u200b\u2060=1+1")).isEqualTo("\u200b\u2060'=1+1");
        assertThat(Csv.cell("a; \u200b@x")).isEqualTo("\"a; \u200b'@x\"");
        // the full-width signs
        for (String sign : List.of("\uff1d", "\uff0b", "\uff0d", "\uff20")) {
            assertThat(Csv.cell(sign + "SUM(A1)")).isEqualTo("'" + sign + "SUM(A1)");
        }
        // a plain number, negative too (a decline), stays a number; a sign inside text is not a field start
        assertThat(Csv.cell("-2.5")).isEqualTo("-2.5");
        assertThat(Csv.cell("-3,0")).isEqualTo("\"-3,0\"");
        assertThat(Csv.cell("3 - 2 = 1")).isEqualTo("3 - 2 = 1");
        assertThat(Csv.cell("x;y")).isEqualTo("\"x;y\"");
    }

    @Test
    void aClientsSessionsAndASessionsEventsAreWrittenFromTheDatabase() throws Exception {
        String awkward = "Smith, \"Jo\"\nJr";
        SheetInput run = SheetFixtures.knee(awkward, "=cmd|' /C calc'!A0");
        Path db = dir.resolve("retrotread.db");
        try (Store store = Store.open(db)) {
            Client jo = store.clients().add(Client.named(awkward));
            try (EventJournal journal = store.startJournal()) {
                journal.open(new SessionOpening(1, Optional.of(jo.id()), Optional.of("kneeProgramme"), Optional.empty(), run.plan(),
                        "-Ana", SheetFixtures.context(), SheetFixtures.OPENED));
                run.events().forEach(e -> journal.append(1, e));
                journal.seal(1, SummaryCalculator.summarise(run.plan(), SheetFixtures.context(), run.events(), run.end()));
                journal.awaitWritten(Duration.ofSeconds(5));
            }
            store.sessions().amend(1, "Dr Ana", "said 4 afterwards", Correction.of(
                    CorrectedField.PAIN_AFTER, "4"));
            SessionCsv csv = new SessionCsv(SheetFixtures.ENGLISH, ZoneOffset.UTC);
            Path sessions = dir.resolve("sessions.csv");
            Csv.write(sessions, csv.sessionsHeader(), csv.sessions(store.sessions().everyone()));
            String text = Files.readString(sessions, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\ufeffSession,Client,Date,Plan,Plan version,Treadmill,Ending,Active (minutes),")
                    .contains("Fastest backward (km/h)")
                    .contains("1,\"Smith, \"\"Jo\"\"\nJr\",2026-11-20 09:30,Knee programme: ten minutes,1,Powered,Completed,10.00,9.00,"
                            + "2.50,2.50,,,,,,,3,4,5,1,\"pain after, check-ins\"\r\n"); // the corrected pain, and what was corrected
            Path events = dir.resolve("events.csv");
            Csv.write(events, csv.eventsHeader(), csv.events(store.sessions().corrected(1)));
            String lines = Files.readString(events, StandardCharsets.UTF_8);
            assertThat(lines).startsWith("\ufeffNumber,Session time (s),Event,Speed (km/h),Grade (%),Heart rate (bpm),Details,Corrected\r\n")
                    .contains(",SpeedSet,1.50,,,PROMPT_CONFIRMED,\r\n")
                    .contains(",NoteAdded,,,,'=cmd|' /C calc'!A0,\r\n")   // a note can never run as a formula
                    .contains(",CheckInRecorded,,,,\"effort 5, pain 4\",corrected\r\n");
            assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
