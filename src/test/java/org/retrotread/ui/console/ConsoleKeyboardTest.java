package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.app.Screens;
import org.retrotread.app.ScriptedFiles;
import org.retrotread.app.TestWindow;
import org.retrotread.app.StoredRows;
import org.retrotread.session.FakeClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A whole session from the start screen to the summary, by keyboard alone, in a real (headless) scene. */
@ExtendWith(ApplicationExtension.class)
class ConsoleKeyboardTest {

    private final FakeClock clock = new FakeClock();
    @TempDir
    Path dir;
    private Screens screens;

    @Start
    void start(Stage stage) {
        screens = new Screens(Locale.ENGLISH, () -> clock, Clock.systemUTC(), new ScriptedFiles(), () -> { });
        TestWindow.show(stage, screens);
        screens.begin(dir.resolve("retrotread.db"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(screens::shutdown);
    }

    static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private boolean visible(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aWholePoweredSessionByKeyboard(FxRobot robot) throws Exception {
        waitFor(robot, "#client");
        // Keys typed before the field has focus would be lost, as they would for a person.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#client").query().isFocused());
        robot.write("Zoë Ørjan").type(KeyCode.ENTER);              // a new client, by name
        robot.type(KeyCode.DOWN, 3).type(KeyCode.ENTER);          // the knee programme
        robot.type(KeyCode.ENTER);                                 // start
        assertThat(label(robot, "status")).isEqualTo("RUNNING");
        assertThat(label(robot, "prompt")).startsWith("Set 1.5 km/h now");

        robot.type(KeyCode.ENTER);                                 // confirm the prompt
        assertThat(label(robot, "actual")).isEqualTo("1.5 km/h");

        robot.write("9").type(KeyCode.ENTER);                      // above the plan's maximum
        assertThat(label(robot, "message")).isEqualTo("Above this plan's maximum of 4.0 km/h.");
        assertThat(label(robot, "actual")).isEqualTo("1.5 km/h");
        robot.type(KeyCode.BACK_SPACE);

        clock.advance(Duration.ofSeconds(61));
        robot.type(KeyCode.H);                                     // hands off needs a yes
        assertThat(label(robot, "overlay-question")).isEqualTo("Has the walker let go of the rails?");
        robot.type(KeyCode.BACK_SPACE);                            // no
        assertThat(label(robot, "rails")).isEqualTo("On rails \u00b7 hands free 0:00");
        robot.type(KeyCode.H).type(KeyCode.ENTER);                 // yes
        assertThat(label(robot, "rails")).startsWith("Hands free \u00b7 0:0");
        assertThat(label(robot, "block")).isEqualTo("Ramp \u00b7 step 1 of 3");

        robot.write("1.8").type(KeyCode.ENTER);
        assertThat(label(robot, "actual")).isEqualTo("1.8 km/h");
        robot.type(KeyCode.UP);
        assertThat(label(robot, "actual")).isEqualTo("1.9 km/h");

        robot.type(KeyCode.C);                                     // check-in
        robot.write("4").type(KeyCode.TAB).write("1").type(KeyCode.ENTER);

        robot.type(KeyCode.T).write("steady");                     // a note field has focus...
        robot.type(KeyCode.ESCAPE);                                // ...and Esc still stops
        assertThat(label(robot, "status")).isEqualTo("STOPPED");
        assertThat(visible(robot, "overlay-question")).isFalse();

        robot.type(KeyCode.SPACE);                                 // resume asks first
        assertThat(label(robot, "overlay-question")).startsWith("Resume after the emergency stop?");
        robot.type(KeyCode.ENTER);
        assertThat(label(robot, "status")).isEqualTo("RUNNING");
        assertThat(label(robot, "prompt")).startsWith("Set 1.5 km/h now");

        robot.type(KeyCode.E).write("walker tired").type(KeyCode.ENTER);
        assertThat(label(robot, "status")).isEqualTo("FINISHED");
        assertThat(robot.lookup("#summary").tryQuery()).isPresent();
        assertThat(robot.lookup(".summary-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ended early \u2014 walker tired", "Not estimable: no body mass on record");
        assertThat(robot.lookup("#emergency-stop").tryQuery()).isEmpty();

        robot.type(KeyCode.C).write("3").type(KeyCode.TAB).write("0").type(KeyCode.ENTER); // closing check-in
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".summary-value").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("after the end: effort 3, pain 0")));
        robot.type(KeyCode.ENTER);                                 // back to the plans: the session is sealed
        assertThat(robot.lookup("#plans").tryQuery()).isPresent();

        Path db = dir.resolve("retrotread.db");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StoredRows.column(db, "SELECT sealed FROM sessions").equals(java.util.List.of("1")));
        assertThat(StoredRows.eventTypes(db, 1)).startsWith("SessionStarted", "SegmentEntered", "SpeedPrompted", "SpeedSet")
                .contains("HandsReleased", "CheckInRecorded", "EmergencyStopped", "Resumed", "SessionEnded")
                .endsWith("SessionEnded", "CheckInRecorded");
        assertThat(StoredRows.column(db, "SELECT end_reason FROM sessions")).containsExactly("walker tired");
        assertThat(StoredRows.column(db, "SELECT pain_after FROM session_summaries")).containsExactly("0");
        assertThat(StoredRows.column(db, "SELECT c.name FROM sessions s JOIN clients c ON c.id = s.client_id"))
                .containsExactly("Zoë Ørjan");
    }
}
