package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A session changed outside Retrotread says so, in the danger colour, when it is opened from history. */
class TamperedRecordTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        SavedSessions.dueARaise(database, "Ana Weber", 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER session_summaries_never_change");     // as a program bent on it would
            s.execute("UPDATE session_summaries SET active_ms = active_ms * 2");
        }
    }

    @Test
    void everySessionSaysItWasChangedOutsideRetrotread(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#clients-search"));
        robot.type(KeyCode.DOWN);
        until(() -> !robot.lookup("#client-history").queryTableView().getItems().isEmpty());
        robot.doubleClickOn("#client-history .table-row-cell");
        until(() -> robot.lookup("#session-integrity").tryQuery().isPresent());
        Label integrity = robot.lookup("#session-integrity").queryAs(Label.class);
        assertThat(integrity.getText()).startsWith("THIS RECORD WAS CHANGED OUTSIDE RETROTREAD");
        assertThat(integrity.getStyleClass()).contains("precautions");
    }
}
