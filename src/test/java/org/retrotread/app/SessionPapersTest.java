package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.FitDecoder;
import com.garmin.fit.plugins.ActivityFileValidationPlugin;
import com.garmin.fit.plugins.ActivityFileValidationResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.report.tcx.SessionTcx;
import org.retrotread.session.Command;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Client;
import org.retrotread.store.EventJournal;
import org.retrotread.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A session on paper and in files from the real screens: from the console's summary and from a client's history. */
class SessionPapersTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        StarterPlans.Starter knee = StarterPlans.all(new Messages(Locale.ENGLISH,
                SpeedUnit.KILOMETRES_PER_HOUR)::text).get(3);
        try (Store store = Store.open(database); EventJournal journal = store.startJournal()) {
            long client = store.clients().add(Client.named("Łukasz Żółć")).id();
            SavedSessions.finished(journal, 1, Optional.of(client), Optional.of(knee.id()), Optional.empty(), knee.plan(),
                    Clock.systemUTC().instant(), (engine, clock) -> {
                        engine.handle(new Command.Start());
                        engine.handle(new Command.ConfirmPromptedSpeed());
                        clock.advanceSeconds(50);
                        engine.handle(new Command.AddNote("=SUM(A1) looked fine"));
                        engine.handle(new Command.End("done"));
                    });
        }
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aPastSessionIsSavedAsASheetAndAsCsvFromTheClientsHistory(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.type(KeyCode.DOWN);
        until(() -> !robot.lookup("#client-history .table-row-cell").queryAll().isEmpty()
                && robot.lookup("#client-history").queryTableView().getItems().size() == 1);
        robot.doubleClickOn("#client-history .table-row-cell");
        until(() -> robot.lookup("#session-detail").tryQuery().isPresent());

        Path sheet = dir.resolve("sheet.pdf");
        files.answer(sheet);
        robot.clickOn("#session-pdf");
        until(() -> Files.exists(sheet));
        assertThat(pdfText(sheet)).contains("Łukasz Żółć", "Knee programme", "Ended early", "=SUM(A1) looked fine");
        until(() -> robot.lookup("#session-notice").queryAs(Label.class).getText().equals("Saved to " + sheet + "."));
        assertThat(files.names).last().asString().matches("Łukasz Żółć \\d{4}-\\d{2}-\\d{2} session 1\\.pdf"); // whose, and when
        assertThat(robot.lookup("#session-notice").query().isVisible()).isTrue();   // on the card that asked, not behind it

        Path events = dir.resolve("events.csv");
        files.answer(events);
        robot.clickOn("#session-csv");
        until(() -> Files.exists(events));
        assertThat(Files.readString(events, StandardCharsets.UTF_8)).contains(",NoteAdded,,,,'=SUM(A1) looked fine,\r\n");

        Path activity = dir.resolve("session.tcx");
        files.answer(activity);
        robot.type(KeyCode.R);                                                    // R: the session for a training log
        until(() -> Files.exists(activity));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SessionTcx.class.getResource("TrainingCenterDatabasev2.xsd")).newValidator()
                .validate(new StreamSource(activity.toFile()));                   // Garmin's schema: valid, or this throws
        assertThat(Files.readString(activity, StandardCharsets.UTF_8)).contains("<Name>Retrotread</Name>");
        assertThat(files.names).last().asString().endsWith("session 1.tcx");

        Path fit = dir.resolve("session.fit");
        files.answer(fit);
        robot.type(KeyCode.F);                                                    // F: the same as a FIT activity
        until(() -> Files.exists(fit));
        ActivityFileValidationPlugin checks = new ActivityFileValidationPlugin();
        new FitDecoder().decode(new ByteArrayInputStream(Files.readAllBytes(fit)), checks); // Garmin's own decoder
        assertThat(checks.getResults()).noneMatch(r -> r.getStatus() == ActivityFileValidationResult.Status.FAILED);
        assertThat(files.names).last().asString().endsWith("session 1.fit");

        robot.type(KeyCode.ESCAPE);
        until(() -> robot.lookup("#session-detail").tryQuery().isEmpty());
        Path sessions = dir.resolve("sessions.csv");
        files.answer(sessions);
        robot.clickOn("#sessions-csv");
        until(() -> Files.exists(sessions));
        assertThat(Files.readAllLines(sessions, StandardCharsets.UTF_8)).hasSize(2).last().asString()
                .startsWith("1,Łukasz Żółć,");
    }

    @Test
    void theConsolesSummarySavesItsSheet(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.type(KeyCode.ENTER);                                   // nobody; to the plans
        until(() -> focused(robot, "#plans"));
        robot.type(KeyCode.ENTER);                                   // the console
        until(() -> robot.lookup("#status").tryQuery().isPresent());
        robot.type(KeyCode.ENTER, 2);                                // skip the pain before, start
        robot.type(KeyCode.E).write("demonstration");
        Answer.ok(robot);
        until(() -> robot.lookup("#summary").tryQuery().isPresent());
        Path sheet = dir.resolve("console-sheet.pdf");
        files.answer(sheet);
        robot.type(KeyCode.D);
        until(() -> Files.exists(sheet));
        assertThat(pdfText(sheet)).contains("no client named", "demonstration", "Not estimable");
        until(() -> robot.lookup("#summary-notice").queryAs(Label.class).getText().equals("Saved to " + sheet + "."));
    }
}
