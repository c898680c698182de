package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.FitDecoder;
import com.garmin.fit.plugins.ActivityFileValidationPlugin;
import com.garmin.fit.plugins.ActivityFileValidationResult;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.retrotread.report.tcx.SessionTcx;
import org.retrotread.session.Command;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.store.Client;
import org.retrotread.store.EventJournal;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Progress tab on the real app: sessions against the plan's intended number a week, and the effort trend. */
class ProgressChartsTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        Plan knee = StarterPlans.all(k -> k).get(3).plan();
        Plan twiceAWeek = new Plan("Knee, twice a week", knee.mode(), knee.blocks(), knee.limits(), 2);
        try (Store store = Store.open(database); EventJournal journal = store.startJournal()) {
            long client = store.clients().add(Client.named("Ørjan")).id();
            SavedPlan plan = store.plans().save(Optional.empty(), twiceAWeek, Optional.of(client), Optional.empty());
            Instant now = Clock.systemUTC().instant();
            session(journal, 1, client, plan, now.minus(Duration.ofDays(7)), 6);
            session(journal, 2, client, plan, now, 4);
            journal.awaitWritten(Duration.ofSeconds(5));
        }
    }

    private static void session(EventJournal journal, long id, long client, SavedPlan plan, Instant openedAt, int rpe) {
        SavedSessions.finished(journal, id, Optional.of(client), Optional.empty(), Optional.of(plan.latest().id()),
                plan.latest().plan(), openedAt, (engine, clock) -> {
                    engine.handle(new Command.Start());
                    clock.advanceSeconds(400);                     // two thirds of the plan: a session that ran
                    engine.handle(Command.CheckIn.of(rpe, 1));
                    engine.handle(new Command.End("done"));
                });
    }

    @Test
    void adherenceAndEffortAreCharted(FxRobot robot) throws Exception {
        openProgress(robot);
        until(() -> "Adherence: 2 of 4 intended sessions (50 %) over 2 weeks. Extra sessions in a week do not make up for a missed one."
                .equals(robot.lookup("#progress-adherence-line").queryAs(Label.class).getText()));
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> trends = robot.lookup("#progress-trends").queryAs(LineChart.class);
        // Effort is the grey line: one stretch here (the two sessions are a week apart, close enough to join).
        List<Integer> effort = trends.getData().stream().filter(s -> s.getNode().getStyle().contains("#7a7a7a"))
                .flatMap(s -> s.getData().stream()).map(d -> d.getYValue().intValue()).toList();
        assertThat(effort).containsExactly(6, 4);
        assertThat(robot.lookup("#progress-trends-legend").queryAs(Parent.class).getChildrenUnmodifiable())
                .extracting(n -> ((Label) n).getText()).containsExactly("Pain before", "Pain after", "Effort (RPE)"); // 0-10 only
        assertThat(robot.lookup("#progress-speed").queryAs(LineChart.class).getData()).isEmpty(); // never hands-free: no speed

        TextField from = robot.lookup("#report-from").queryAs(TextField.class);
        robot.interact(() -> from.setText("31/31/2026"));
        robot.clickOn("#report-pdf");
        assertThat(robot.lookup("#clients-notice").queryAs(Label.class).getText())
                .isEqualTo("The report's period: There is no such day as 31/31/2026: type a date that exists, such as 3/28/1956.");
        robot.interact(() -> from.setText(LocalDate.now().minusDays(10).toString()));
        Path report = dir.resolve("progress.pdf");
        files.answer(report);
        robot.clickOn("#report-pdf");
        until(() -> Files.exists(report));
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Retro-walking progress report", "Ørjan", "2 of 4 (50 %)", "Knee, twice a week");
        }
    }

    /** A period's sessions as one zip: only those that ran in it, each file passing Garmin's checks or its schema. */
    @Test
    void aPeriodsSessionsAreSavedAsOneZipOfFitOrTcxFiles(FxRobot robot) throws Exception {
        openProgress(robot);
        TextField from = robot.lookup("#report-from").queryAs(TextField.class);
        TextField to = robot.lookup("#report-to").queryAs(TextField.class);
        robot.interact(() -> {
            from.setText(LocalDate.now().minusDays(40).toString());
            to.setText(LocalDate.now().minusDays(30).toString());
        });
        int asked = files.names.size();
        robot.clickOn("#report-fit-zip");
        until(() -> robot.lookup("#clients-notice").queryAs(Label.class).getText().startsWith("No session ran from"));
        assertThat(files.names).hasSize(asked);                            // said at once: no file asked for

        robot.interact(() -> {
            from.setText(LocalDate.now().minusDays(2).toString());
            to.setText(LocalDate.now().toString());
        });
        Path recent = dir.resolve("recent.zip");
        files.answer(recent);
        robot.clickOn("#report-fit-zip");
        until(() -> Files.exists(recent));
        assertThat(files.names).last().asString().startsWith("Ørjan sessions FIT ").endsWith(".zip");
        List<byte[]> fits = entries(recent, ".fit");
        assertThat(fits).hasSize(1);                                        // last week's is outside the period
        for (byte[] fit : fits) {
            ActivityFileValidationPlugin checks = new ActivityFileValidationPlugin();
            new FitDecoder().decode(new ByteArrayInputStream(fit), checks);
            assertThat(checks.getResults()).noneMatch(r -> r.getStatus() == ActivityFileValidationResult.Status.FAILED);
        }
        assertThat(Files.getPosixFilePermissions(recent)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");

        robot.interact(() -> from.setText(LocalDate.now().minusDays(10).toString()));
        Path both = dir.resolve("both.zip");
        files.answer(both);
        robot.clickOn("#report-tcx-zip");
        until(() -> Files.exists(both));
        List<byte[]> tcxs = entries(both, ".tcx");
        assertThat(tcxs).hasSize(2);
        for (byte[] tcx : tcxs) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(SessionTcx.class.getResource("TrainingCenterDatabasev2.xsd")).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(tcx)));
        }
        until(() -> robot.lookup("#clients-notice").queryAs(Label.class).getText().startsWith("2 sessions saved in " + both));
        assertThat(StoredRows.column(database(), "SELECT subject FROM audit_trail WHERE subject LIKE 'sessions%' ORDER BY id"))
                .containsExactly("sessionsFit", "sessionsTcx");
    }

    /** From the start screen to the first client's Progress tab, by keys. */
    private void openProgress(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.CONTROL); // to Progress
    }

    private static List<byte[]> entries(Path zip, String ending) throws Exception {
        List<byte[]> all = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getName()).endsWith(ending).contains(" session ");
                all.add(in.readAllBytes());
            }
        }
        return all;
    }
}
