package org.retrotread.ui.console;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.report.PaperSize;
import org.retrotread.report.SessionSheet;
import org.retrotread.report.SessionSheets;
import org.retrotread.report.SheetInput;
import org.retrotread.report.csv.Csv;
import org.retrotread.report.csv.SessionCsv;
import org.retrotread.report.pdf.SessionSheetPdf;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.SessionContext;
import org.retrotread.session.event.GradePrompted;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;
import org.retrotread.store.SessionRecord;
import org.retrotread.ui.common.Overlay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Grade and heart rate on the console, by keys as an operator presses them: a powered session up the grade ramp
 * of the Cipriani starter (the prompt confirmed with Enter, a grade typed after G, Shift+Up), a heart rate above
 * the ceiling answered with a reason; and a dead mill walked at a grade. Each session then ends, and its sheet and
 * events CSV are written to files and read back.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleGradeAndHeartRateTest {

    private final ConsoleHarness console = new ConsoleHarness(Locale.ENGLISH);
    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(console::close);
    }

    private static SessionContext watched(int ceilingBpm) {
        return new SessionContext(Optional.empty(), SessionContext.DEFAULT_TREADMILL_MAX, Optional.empty(), Optional.empty(),
                GradeRange.DEFAULT, new HeartRateGuide(Optional.of(new HeartRate(ceilingBpm)), false));
    }

    private void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the session clock on and lets the screen tick. */
    private void later(FxRobot robot, long seconds) {
        robot.interact(() -> {
            console.clock.advanceSeconds(seconds);
            console.model.tick();
        });
    }

    private void armed() {
        WaitForAsyncUtils.sleep((long) Overlay.ARMING.toMillis() + 200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<SessionEvent> events() {
        return console.engine.events();
    }

    @Test
    void aPoweredSessionClimbsTheGradeRampAndAHeartRateAboveTheCeilingIsAnswered(FxRobot robot) throws IOException {
        Plan uphill = StarterPlans.all(console.text::text).stream().filter(s -> s.id().equals("uphillThreeGrades"))
                .findFirst().orElseThrow().plan();
        console.open(robot, uphill, watched(120), List.of(), 1280, 800);
        robot.interact(() -> console.model.start());
        press(robot, KeyCode.ENTER); // the rails' speed, as prompted
        press(robot, KeyCode.G, KeyCode.DIGIT2, KeyCode.ENTER); // a grade on the level rails: refused
        assertThat(console.model.messageProperty().get()).contains("walked level");
        assertThat(console.engine.state().actualGrade()).isEqualTo(Grade.LEVEL);
        press(robot, KeyCode.DELETE);
        later(robot, 61);
        press(robot, KeyCode.H);
        armed();
        press(robot, KeyCode.ENTER); // hands off: the speed ramp
        for (int step = 0; step < 4; step++) {
            press(robot, KeyCode.ENTER);
            later(robot, 60);
        }
        // The grade ramp: its first step is level at 4.0 km/h, the second asks for 5 %.
        press(robot, KeyCode.ENTER);
        later(robot, 120);
        assertThat(console.model.readouts().promptProperty().get()).contains("incline to 5").contains("backward uphill");
        assertThat(console.model.readouts().gradeNoteProperty().get()).contains("set 5");
        press(robot, KeyCode.ENTER);
        assertThat(console.engine.state().actualGrade()).isEqualTo(Grade.ofPercent(5));
        assertThat(console.model.readouts().gradeProperty().get()).isEqualTo("5\u00a0%");
        // Typed after G: letters inside the entry are refused with it, and run no command.
        press(robot, KeyCode.G, KeyCode.DIGIT5, KeyCode.E, KeyCode.ENTER);
        assertThat(console.model.messageProperty().get()).contains("is not a grade");
        assertThat(console.engine.state().status().name()).isEqualTo("RUNNING");
        press(robot, KeyCode.DELETE, KeyCode.G, KeyCode.DIGIT5, KeyCode.COMMA, KeyCode.DIGIT5, KeyCode.ENTER);
        robot.press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.engine.state().actualGrade()).isEqualTo(Grade.ofPercent(6));

        press(robot, KeyCode.B);
        robot.write("300");
        press(robot, KeyCode.ENTER); // implausible: refused at the field, never stored
        assertThat(events()).noneMatch(HeartRateRecorded.class::isInstance);
        press(robot, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
        robot.write("135");
        press(robot, KeyCode.ENTER);
        HeartRateRecorded hr = (HeartRateRecorded) events().stream().filter(HeartRateRecorded.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(hr.heartRate()).isEqualTo(new HeartRate(135));
        assertThat(hr.aboveCeiling()).isTrue();
        assertThat(robot.lookup("#ceiling-carry-on").tryQuery()).isPresent();
        armed();
        press(robot, KeyCode.C);
        armed();
        robot.write("walker feels fine, physio present");
        press(robot, KeyCode.ENTER);
        assertThat(events()).filteredOn(HeartRateAnswered.class::isInstance).singleElement()
                .satisfies(a -> {
                    assertThat(((HeartRateAnswered) a).response()).isEqualTo(HeartRateAnswered.Response.CARRIED_ON);
                    assertThat(((HeartRateAnswered) a).note()).isEqualTo("walker feels fine, physio present");
                });
        assertThat(console.engine.state().heartRateAnswerDue()).isFalse();
        assertThat(events()).filteredOn(GradeSet.class::isInstance).extracting(e -> ((GradeSet) e).grade().percent())
                .containsExactly(5.0, 5.5, 6.0);
        assertThat(events()).filteredOn(GradePrompted.class::isInstance).extracting(e -> ((GradePrompted) e).grade().percent())
                .containsExactly(5.0);

        press(robot, KeyCode.E);
        armed();
        robot.write("test over");
        press(robot, KeyCode.ENTER);
        assertThat(console.engine.state().status().name()).isEqualTo("FINISHED");
        String sheet = sheetAndCsv(uphill, watched(120));
        assertThat(sheet).contains("Grade", "0 \u2192 10 %", "Heart rate", "135 bpm (above the ceiling)",
                "carried on \u2014 walker feels fine, physio present");
    }

    /** The session just run, as a PDF sheet and an events CSV written to files and read back: the text of both. */
    private String sheetAndCsv(Plan plan, SessionContext context) throws IOException {
        SessionRecord record = new SessionRecord(1, "0e6f3c1a-5b7d-4c2e-9a10-3f4b5c6d7e8f", Optional.empty(), 1, plan.mode(), "Ana",
                context, Instant.parse("2026-12-03T09:00:00Z"), console.clock.now(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty());
        SessionSheet sheet = new SessionSheets(console.text, ZoneOffset.UTC).of(new SheetInput(record, plan, 1, Optional.empty(),
                events(), List.of()), "Riverside", Instant.parse("2026-12-03T10:00:00Z"));
        Path pdf = dir.resolve("sheet.pdf");
        Files.write(pdf, SessionSheetPdf.write(sheet, PaperSize.A4, console.text.text("report.pageOf")));
        Path csv = dir.resolve("events.csv");
        SessionCsv rows = new SessionCsv(console.text, ZoneOffset.UTC);
        Csv.write(csv, rows.eventsHeader(), rows.events(events()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ') + Files.readString(csv, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDeadMillIsWalkedAtAGradeAndItsSpeedIsObserved(FxRobot robot) throws IOException {
        Plan deadMill = new Plan("Dead mill uphill", TreadmillMode.UNPOWERED, List.of(
                new HandrailBlock(ofMinutes(1), Target.rpe(3)),
                new SteadyBlock(ofMinutes(5), Target.rpe(5), Grade.ofPercent(3))), PlanLimits.DEFAULT);
        console.open(robot, deadMill, SessionContext.anonymous(), List.of(), 1280, 800);
        robot.interact(() -> console.model.start());
        later(robot, 61);
        press(robot, KeyCode.H);
        armed();
        press(robot, KeyCode.ENTER);
        assertThat(console.model.readouts().promptProperty().get()).contains("incline to 3");
        press(robot, KeyCode.ENTER);
        assertThat(console.engine.state().actualGrade()).isEqualTo(Grade.ofPercent(3));
        press(robot, KeyCode.DIGIT2, KeyCode.COMMA, KeyCode.DIGIT2, KeyCode.ENTER);
        SpeedSet observed = (SpeedSet) events().stream().filter(SpeedSet.class::isInstance).reduce((a, b) -> b).orElseThrow();
        assertThat(observed.source()).isEqualTo(SpeedSet.Source.OBSERVED);
        assertThat(observed.speed().sameAs(Speed.ofKmh(2.2))).isTrue();
        assertThat(console.model.readouts().gradeNoteProperty().get()).contains("backward uphill");
        later(robot, 60);
        press(robot, KeyCode.E);
        armed();
        robot.write("test over");
        press(robot, KeyCode.ENTER);
        assertThat(sheetAndCsv(deadMill, SessionContext.anonymous())).contains("Grade (average / steepest)", "3 %",
                ",GradeSet,,3.0,,PROMPT_CONFIRMED,", ",SpeedSet,2.20,,,OBSERVED,");
    }
}
