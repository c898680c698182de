package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.retrotread.ui.common.ChoiceList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The client list by keyboard: add a client, be refused a bad value, find them again from the start screen. */
class ClientsScreenTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aClientIsAddedWithCheckedDetailsAndOfferedAtTheStart(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.write("Łukasz");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#client-name"));
        robot.write(" Żółć").type(KeyCode.TAB).write("K-9").type(KeyCode.TAB).type(KeyCode.TAB).write("400.5");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#client-mass-error").queryAs(Label.class).getText()).isEqualTo("Body mass must be from 10 to 400 kg.");
        assertThat(StoredRows.column(dir.resolve("retrotread.db"), "SELECT name FROM clients")).isEmpty();

        robot.doubleClickOn("#client-mass").write("82");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#clients-notice").queryAs(Label.class).getText().equals("Saved: Łukasz Żółć"));
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#clients-list").queryAs(ListView.class);
        until(() -> list.getItems().size() == 1);
        assertThat(StoredRows.column(dir.resolve("retrotread.db"), "SELECT name || '|' || identifier || '|' || body_mass_kg FROM clients"))
                .containsExactly("Łukasz Żółć|K-9|82.0");

        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);   // to the 3-Metre Backward Walk Test
        until(() -> focused(robot, "#walk-seconds"));
        robot.write("6,4").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#walk-chart").queryAs(LineChart.class);
        until(() -> chart.getData().get(0).getData().size() == 1);
        assertThat(chart.getData().get(0).getData().get(0).getYValue().doubleValue()).isEqualTo(6.4);
        assertThat(chart.getData().get(1).getName()).isEqualTo("Cut-off 4.5 s \u00b7 community-dwelling older adults (Carter)");
        assertThat(robot.lookup("#walk-latest").queryAs(Label.class).getText()).contains("raised fall risk");
        until(() -> StoredRows.column(database(), "SELECT seconds FROM walk_tests").equals(List.of("6.4")));

        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.CONTROL); // the clinical details
        robot.clickOn("#client-precautions").write("no fast turns");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> StoredRows.column(database(), "SELECT precautions FROM clients").equals(List.of("no fast turns")));
        robot.clickOn("#client-identifier").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("K-10");
        robot.type(KeyCode.ESCAPE);                                   // unsaved edits: said, and the screen stays
        assertThat(robot.lookup("#clients-notice").queryAs(Label.class).getText())
                .isEqualTo("This client has changes that are not saved: Ctrl+S saves them; Esc again leaves without saving.");
        assertThat(robot.lookup("#clients-search").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);                                   // a second Esc leaves, and the edit is not saved
        until(() -> focused(robot, "#client"));
        assertThat(StoredRows.column(database(), "SELECT identifier FROM clients")).containsExactly("K-9");
        robot.write("żółć");                                         // found by any part of the name, any case
        until(() -> robot.lookup("#client-matches").queryAs(ChoiceList.class).items().size() == 1);
        assertThat(robot.lookup("#client-line").queryAs(Label.class).getText()).startsWith("Łukasz Żółć");
        assertThat(robot.lookup("#client-precautions").queryAs(Label.class).getText()).isEqualTo("Precautions: no fast turns");
        assertThat(robot.lookup("#client-precautions").query().isVisible()).isTrue();
    }
}
