package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.retrotread.store.exchange.ImportedPlan;
import org.retrotread.store.exchange.QzReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The plan library's other formats by keyboard on the real app: a starter written for QZ with Ctrl+Shift+E and
 * read back with Ctrl+I into the editor, a Zwift run that asks its reference pace (a wrong answer refused at the
 * field), each saved only with Ctrl+S.
 */
class PlanExchangeScreenTest extends AppOnTempDatabase {

    private static final String PLANS = StoredRows.SAVED_PLANS;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aPlanGoesToQzAndBackAndAZwiftRunComesInAfterItsPace(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#plan-library"));
        ListView<?> library = robot.lookup("#plan-library").queryAs(ListView.class);
        robot.interact(() -> library.getSelectionModel().select(0));          // the first starter: powered, on the rails first
        Path qz = dir.resolve("home.xml");
        files.answer(qz);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        until(() -> Files.exists(qz));
        assertThat(Files.readString(qz)).contains("a BACKWARD walking plan").contains("<textevent");
        ImportedPlan written = QzReader.read(qz);
        assertThat(written.notes()).isEmpty();

        files.answer(qz);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        until(() -> notice(robot).contains("home.xml opened as a new plan"));
        assertThat(StoredRows.column(database(), PLANS)).isEmpty();            // in the editor, not yet in the library
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> StoredRows.column(database(), PLANS).size() == 1);

        Path zwo = dir.resolve("tempo.zwo");
        Files.writeString(zwo, """
                <workout_file><name>Tempo walk</name><sportType>run</sportType><workout>
                  <SteadyState Duration="300" Power="0.4" pace="2"/>
                  <IntervalsT Repeat="4" OnDuration="60" OffDuration="60" OnPower="0.5" OffPower="0.35"/>
                  <FreeRide Duration="120"/>
                </workout></workout_file>""");
        robot.interact(() -> robot.lookup("#plan-name").queryAs(TextField.class).setText("Changed, not saved"));
        files.answer(zwo);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);   // over unsaved edits: said first
        until(() -> notice(robot).startsWith("The plan in the editor has unsaved changes"));
        assertThat(robot.lookup("#plan-name").queryAs(TextField.class).getText()).isEqualTo("Changed, not saved");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);   // the second time: imported all the same
        until(() -> Answer.open(robot));
        assertThat(robot.lookup("#overlay-question").queryAs(Label.class).getText()).contains("(10 km pace)");
        robot.write("fast").type(KeyCode.ENTER);
        until(() -> "\u201cfast\u201d is neither a pace (5:30) nor a speed.".equals(
                robot.lookup("#overlay-problem").queryAs(Label.class).getText()));
        robot.interact(() -> robot.lookup("#overlay-field-0").queryAs(TextField.class).setText("10"));
        robot.type(KeyCode.ENTER);
        until(() -> notice(robot).contains("tempo.zwo opened as a new plan of 2 blocks"));
        assertThat(notice(robot)).contains("the step FreeRide is not something a treadmill session can follow");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> StoredRows.column(database(), PLANS).size() == 2);
        assertThat(StoredRows.column(database(), PLANS).get(1)).isEqualTo("Tempo walk v1");
    }

    private static String notice(FxRobot robot) {
        String text = robot.lookup("#plans-notice").queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
