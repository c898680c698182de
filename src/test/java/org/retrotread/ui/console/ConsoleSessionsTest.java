package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.app.Answer;
import org.retrotread.app.Screens;
import org.retrotread.app.ScriptedFiles;
import org.retrotread.app.StoredRows;
import org.retrotread.app.TestWindow;
import org.retrotread.session.FakeClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Whole sessions in the real app, by keyboard alone, saved to a real SQLite file. */
@ExtendWith(ApplicationExtension.class)
class ConsoleSessionsTest {

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

    private Path db() {
        return dir.resolve("retrotread.db");
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void until(FxRobot robot, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private void openConsole(FxRobot robot, KeyCode... toPlan) throws Exception {
        until(robot, () -> robot.lookup("#client").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.type(KeyCode.ENTER).type(toPlan).type(KeyCode.ENTER);
        until(robot, () -> robot.lookup("#status").tryQuery().isPresent());
    }

    /** Moves the fake clock on and waits for the console's tick to show it. */
    private void pass(FxRobot robot, long seconds) throws Exception {
        String before = label(robot, "elapsed");
        clock.advanceSeconds(seconds);
        until(robot, () -> !label(robot, "elapsed").equals(before));
    }

    @Test
    void aWholePoweredSessionByKeyboard(FxRobot robot) throws Exception {
        until(robot, () -> robot.lookup("#client").tryQuery().isPresent());
        // Keys typed before the field has focus would be lost, as they would for a person.
        // ...and the robot types into the focused window: wait for this one to have it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#client").query().isFocused()
                && robot.lookup("#client").query().getScene().getWindow().isFocused());
        // A click first, as a person at a window that was just shown: the field then keeps its caret if the window's
        // focus flickers (a stage of an earlier test closing), where a keyboard-gained focus would select all again.
        robot.clickOn("#client");
        robot.write("Zoë Ørjan");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Zoë Ørjan".equals(
                robot.lookup("#client").queryAs(TextField.class).getText()));
        robot.type(KeyCode.ENTER);                                 // a new client, by name
        robot.type(KeyCode.DOWN, 3).type(KeyCode.ENTER);          // the knee programme
        robot.type(KeyCode.ENTER);                                 // start: the pain before it first
        assertThat(label(robot, "overlay-question")).startsWith("Pain before the session?");
        robot.write("3").type(KeyCode.ENTER);
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
        robot.type(KeyCode.H).type(KeyCode.ENTER);                 // Enter at once does not count...
        assertThat(Answer.open(robot)).isTrue();
        Answer.yes(robot);                                         // ...an armed yes does
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
        Answer.yes(robot);
        assertThat(label(robot, "status")).isEqualTo("RUNNING");
        assertThat(label(robot, "prompt")).startsWith("Set 1.5 km/h now");

        robot.type(KeyCode.E).write("walker tired");
        Answer.ok(robot);
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

        Path db = db();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StoredRows.column(db, "SELECT sealed FROM sessions").equals(List.of("1")));
        assertThat(StoredRows.eventTypes(db, 1)).startsWith("CheckInRecorded", "SessionStarted", "SegmentEntered", "SpeedPrompted", "SpeedSet")
                .contains("HandsReleased", "CheckInRecorded", "EmergencyStopped", "Resumed", "SessionEnded")
                .endsWith("SessionEnded", "CheckInRecorded");
        assertThat(StoredRows.column(db, "SELECT end_reason FROM sessions")).containsExactly("walker tired");
        assertThat(StoredRows.column(db, "SELECT pain_before || ' ' || pain_after FROM session_summaries")).containsExactly("3 0");
        assertThat(StoredRows.column(db, "SELECT c.name FROM sessions s JOIN clients c ON c.id = s.client_id"))
                .containsExactly("Zoë Ørjan");
    }

    @Test
    void aWholeDeadMillSessionByKeyboard(FxRobot robot) throws Exception {
        openConsole(robot, KeyCode.RIGHT);                         // dead mill: the only unpowered starter
        assertThat(label(robot, "status")).isEqualTo("READY");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);            // no pain before (skipped); start: no speed prompt on a dead mill
        assertThat(label(robot, "target")).isEqualTo("Effort 3/10");
        assertThat(robot.lookup("#prompt").query().isVisible()).isFalse();
        robot.write("1.1").type(KeyCode.ENTER);                    // a reading off the display
        assertThat(label(robot, "actual")).isEqualTo("1.1 km/h");
        pass(robot, 61);
        robot.type(KeyCode.H);                                     // hands off, confirmed
        Answer.yes(robot);
        assertThat(label(robot, "target")).isEqualTo("Effort 4/10");
        robot.type(KeyCode.C).write("4").type(KeyCode.TAB).write("1").type(KeyCode.ENTER);
        clock.advanceSeconds(12 * 60);                             // the effort ramp, the pushes, the cooldown
        until(robot, () -> label(robot, "status").equals("FINISHED"));
        until(robot, () -> !robot.lookup(".summary-value").queryAll().isEmpty()); // laid out on the next pulse
        assertThat(robot.lookup(".summary-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Completed", "Not estimable: no published energy cost exists for a treadmill with the motor off");
        robot.type(KeyCode.ENTER);
        until(robot, () -> StoredRows.column(db(), "SELECT sealed FROM sessions").equals(List.of("1")));
        List<String> types = StoredRows.eventTypes(db(), 1);
        assertThat(types).doesNotContain("SpeedPrompted").contains("HandsReleased", "CheckInRecorded").endsWith("SessionEnded");
        assertThat(StoredRows.column(db(), "SELECT label FROM session_events WHERE type = 'SpeedSet'")).containsExactly("OBSERVED");
        assertThat(StoredRows.column(db(), "SELECT mode FROM sessions")).containsExactly("UNPOWERED");
    }

    @Test
    void theScreenStaysQuickWhileTheDatabaseCannotBeWritten(FxRobot robot) throws Exception {
        openConsole(robot, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        robot.type(KeyCode.ENTER, 3);                              // skip the pain before, start, confirm 1.5
        until(robot, () -> StoredRows.eventTypes(db(), 1).size() == 4);
        List<Long> waits = new ArrayList<>();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN IMMEDIATE");                           // another writer holds the database: every save must wait
            for (int i = 0; i < 6; i++) {
                robot.type(i % 2 == 0 ? KeyCode.UP : KeyCode.DOWN);
                long asked = System.nanoTime();
                robot.interact(() -> { });                          // how long until the screen's thread is free again
                waits.add((System.nanoTime() - asked) / 1_000_000);
            }
            assertThat(label(robot, "actual")).isEqualTo("1.5 km/h");  // the screen followed every key at once
            assertThat(StoredRows.eventTypes(db(), 1)).hasSize(4);     // ...while nothing could be written
            s.execute("COMMIT");
        }
        assertThat(waits).allMatch(ms -> ms < 500);
        until(robot, () -> StoredRows.eventTypes(db(), 1).size() == 10);
    }

    @Test
    void helpThemeAndSoundAreOneKeyAway(FxRobot robot) throws Exception {
        openConsole(robot);
        robot.type(KeyCode.F1);
        assertThat(label(robot, "overlay-question")).startsWith("Keys");
        assertThat(robot.lookup("#help-table").queryAs(VBox.class).getChildren()).hasSizeGreaterThan(12);
        robot.type(KeyCode.F1);
        assertThat(robot.lookup("#help-table").tryQuery()).isEmpty();
        boolean dark = screens.darkTheme();
        robot.type(KeyCode.F2);
        assertThat(screens.darkTheme()).isNotEqualTo(dark);
        assertThat(robot.lookup("#status").query().getScene().getStylesheets()).anyMatch(css -> css.endsWith("theme-dark.css"));
        assertThat(robot.lookup("#muted").query().isVisible()).isFalse();
        robot.type(KeyCode.M);
        assertThat(robot.lookup("#muted").query().isVisible()).isTrue();
        until(robot, () -> StoredRows.column(db(), "SELECT value FROM settings WHERE key IN ('sound', 'theme') ORDER BY key")
                .equals(List.of("false", "dark")));
    }

}
