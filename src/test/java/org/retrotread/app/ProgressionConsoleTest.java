package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A client's plan with a progression, after three sessions that ran at its baseline: the start screen
 * proposes a raise and the clinician decides; the console says what was decided and the session keeps it.
 */
class ProgressionConsoleTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        SavedSessions.dueARaise(database, "Ana Weber", 1);
    }

    private void openAnasPlan(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.write("Ana Weber").type(KeyCode.ENTER);
        until(() -> focused(robot, "#plans"));
        assertThat(robot.lookup("#plan-description").queryAs(Label.class).getText()).contains("This client's own plan");
        robot.type(KeyCode.ENTER);
        until(() -> Answer.open(robot));
    }

    @Test
    void aProposedRaiseWaitsForTheClinicianAndTheAcceptedOneIsRecorded(FxRobot robot) throws Exception {
        openAnasPlan(robot);
        assertThat(robot.lookup("#overlay-question").queryAs(Label.class).getText()).isEqualTo("Raise this client's speeds?");
        assertThat(robot.lookup("#overlay-detail").queryAs(Label.class).getText())
                .isEqualTo("3 sessions completed at +0 %: a raise to +10 % above the baseline is proposed.");
        assertThat(robot.lookup("#raise-hold").query().isFocused()).isTrue(); // the keyboard starts on "leave it as it is"
        robot.type(KeyCode.A);                                               // at once: not armed yet
        assertThat(Answer.open(robot)).isTrue();
        until(() -> !robot.lookup("#raise-accept").query().isDisabled());
        robot.type(KeyCode.A);
        until(() -> robot.lookup("#progression-note").tryQuery().isPresent());
        assertThat(robot.lookup("#progression-note").queryAs(Label.class).getText())
                .isEqualTo("3 sessions completed at +0 %: a raise to +10 % above the baseline is proposed."
                        + " The clinician accepted the raise: runs at +10 %.");
        until(() -> StoredRows.column(database(), "SELECT progression_percent || ' ' || progression_decision || ' '"
                + " || progression_proposed_percent FROM sessions WHERE id = 4").equals(List.of("10.0 ACCEPTED 10.0")));
        assertThat(StoredRows.column(database(), "SELECT json_extract(plan_run, '$.blocks[1].to.speedMps') FROM sessions WHERE id = 4")
                .get(0)).startsWith("0.77"); // 2.8 km/h, the ramp's top raised from 2.5
        assertThat(StoredRows.column(database(), "SELECT json_extract(plan_run, '$.blocks[0].target.speedMps') FROM sessions"
                + " WHERE id = 4").get(0)).startsWith("0.41");                 // the handrail block's 1.5 km/h, as written
    }

    @Test
    void aSmallerRaiseIsTypedAndChecked(FxRobot robot) throws Exception {
        openAnasPlan(robot);
        robot.type(KeyCode.J);                                               // a smaller raise
        until(() -> robot.lookup("#overlay-field-0").tryQuery().isPresent());
        robot.write("12").type(KeyCode.ENTER);                               // more than proposed: refused at the field
        assertThat(robot.lookup("#overlay-problem").queryAs(Label.class).getText())
                .isEqualTo("Type a number above 0 and at most 10, such as 5 or 2.5.");
        robot.write("5").type(KeyCode.ENTER);
        until(() -> StoredRows.column(database(), "SELECT progression_percent || ' ' || progression_decision FROM sessions"
                + " WHERE id = 4").equals(List.of("5.0 ADJUSTED")));
        assertThat(robot.lookup("#progression-note").queryAs(Label.class).getText())
                .endsWith("The clinician adjusted the raise: runs at +5 % (proposed +10 %).");
    }

    @Test
    void enterHoldsTheLevelAndTheHoldIsRecorded(FxRobot robot) throws Exception {
        openAnasPlan(robot);
        robot.type(KeyCode.ENTER);                                           // the focused answer: hold
        until(() -> StoredRows.column(database(), "SELECT progression_percent || ' ' || progression_decision FROM sessions"
                + " WHERE id = 4").equals(List.of("0.0 HELD")));
        assertThat(robot.lookup("#progression-note").queryAs(Label.class).getText())
                .endsWith("The clinician held the level: runs at +0 % (proposed +10 %).");
    }
}
