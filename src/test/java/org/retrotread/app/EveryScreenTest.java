package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrotread.demo.DemoClinic;
import org.retrotread.session.FakeClock;
import org.retrotread.store.Store;
import org.retrotread.ui.ScreenChecks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen and question of the app, opened by keys as a person would, at 1280 x 800 and 1366 x 768, in
 * English and German, light and dark, on a demo clinic's data: no label cut, none outside the window, no
 * text under 4.5:1 contrast (WCAG AA). Each failure names the screen, the text and what is wrong with it.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenTest {

    @TempDir
    Path dir;
    /** A stage of our own, sized per case and closed after it: the shared primary stage is left as it was. */
    private Stage stage;
    private Screens screens;
    private final List<String> problems = new ArrayList<>();
    private final ScriptedFiles files = new ScriptedFiles();

    /**
     * Nothing to put on the primary stage (the console gets a stage of its own), but the method must be here:
     * with it, the extension sets the primary stage up as the tests that follow expect (without it, their
     * first typed key was lost).
     */
    @Start
    void start(Stage primary) {
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (screens != null) {
                screens.shutdown();
            }
            if (stage != null) {
                stage.close();
            }
        });
    }

    static Stream<Arguments> looks() {
        List<Arguments> all = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (boolean dark : List.of(false, true)) {
                for (int[] size : new int[][] {{1280, 800}, {1366, 768}}) {
                    all.add(Arguments.of(locale, dark, size[0], size[1]));
                }
            }
        }
        return all.stream();
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private void check(FxRobot robot, String screen) {
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS); // the console's text size settles over a few frames
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> problems.addAll(ScreenChecks.problems(stage.getScene().getRoot(), screen)));
    }

    private static boolean focused(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isFocused).orElse(false);
    }

    private static String startNotice(FxRobot robot) {
        return robot.lookup("#notice").tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @ParameterizedTest(name = "{0} dark={1} {2}x{3}")
    @MethodSource("looks")
    void everyScreenReadsWhole(Locale locale, boolean dark, int width, int height, FxRobot robot) throws Exception {
        Path db = dir.resolve("clinic.db");
        DemoClinic.main(new String[] {db.toString()});
        SavedSessions.dueARaise(db, "Ana Weber", 100);
        try (Store store = Store.open(db)) {
            store.settings().setLanguage(locale.toLanguageTag());
            store.settings().setTheme(dark ? "dark" : "light");
        }
        robot.interact(() -> {
            screens = new Screens(Locale.ENGLISH, FakeClock::new, Clock.systemUTC(), files, () -> { });
            stage = new Stage();
            Scene scene = new Scene(screens.root(), width, height);
            Screens.style(scene);
            stage.setScene(scene);
            stage.show();
            screens.begin(db);
        });
        String look = locale + (dark ? " dark " : " light ") + width + "x" + height + " ";

        until(() -> focused(robot, "#client"));
        robot.write("Amrit");
        check(robot, look + "start");
        robot.type(KeyCode.ENTER);
        until(() -> focused(robot, "#plans"));
        check(robot, look + "start, plans");

        ctrl(robot, KeyCode.COMMA);
        until(() -> focused(robot, "#treadmill-max"));
        check(robot, look + "settings");
        robot.type(KeyCode.ESCAPE);

        until(() -> focused(robot, "#client"));
        Path backup = dir.resolve("backup.db");
        files.answer(backup);
        ctrl(robot, KeyCode.B);                                       // a backup, then restoring it: the question
        until(() -> Files.exists(backup) && !startNotice(robot).isEmpty());
        check(robot, look + "start, a backup made");
        until(() -> Files.exists(dir.resolve("backups")));      // today's automatic backup
        ctrl(robot, KeyCode.R);
        until(() -> robot.lookup("#overlay-list").tryQuery().isPresent());
        check(robot, look + "restore, the automatic backups");
        robot.type(KeyCode.ENTER);                                    // today's
        until(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        check(robot, look + "restore question");
        robot.type(KeyCode.BACK_SPACE);                               // no: nothing replaced

        until(() -> focused(robot, "#client"));
        ctrl(robot, KeyCode.L);
        until(() -> focused(robot, "#clients-search"));
        robot.type(KeyCode.DOWN);
        until(() -> !robot.lookup("#client-history").queryTableView().getItems().isEmpty());
        check(robot, look + "clients, sessions");
        for (String tab : List.of("walk test", "progress", "clinical details", "record trail")) {
            ctrl(robot, KeyCode.TAB);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            check(robot, look + "clients, " + tab);
        }
        ctrl(robot, KeyCode.TAB);
        until(() -> robot.lookup("#client-history .table-row-cell").match(EveryScreenTest::filled).tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#client-history .table-row-cell").match(EveryScreenTest::filled).queryAs(Node.class));
        until(() -> robot.lookup("#session-detail").tryQuery().isPresent());
        check(robot, look + "a session from history");
        robot.clickOn("#amend-add");                                  // an incomplete correction: its message, whole
        until(() -> !robot.lookup("#amend-error").queryAs(Label.class).getText().isEmpty());
        check(robot, look + "a session from history, a refused correction");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);

        until(() -> focused(robot, "#client"));
        ctrl(robot, KeyCode.P);
        until(() -> robot.lookup("#plan-library").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        check(robot, look + "plans");
        Path plan = dir.resolve("plan.retrotread-plan.json");
        files.answer(plan);
        ctrl(robot, KeyCode.E);                                       // exported, then imported again: the name is taken
        until(() -> Files.exists(plan));
        files.answer(plan);
        ctrl(robot, KeyCode.I);
        until(() -> Answer.open(robot));
        check(robot, look + "plans, an import whose name is taken");
        robot.type(KeyCode.ESCAPE);                                   // cancel
        robot.type(KeyCode.ESCAPE);

        until(() -> focused(robot, "#client"));
        ctrl(robot, KeyCode.A);
        robot.write("Ana Weber").type(KeyCode.ENTER);
        until(() -> focused(robot, "#plans"));
        robot.type(KeyCode.ENTER);                                    // her plan proposes a raise after three sessions
        until(() -> robot.lookup("#raise-hold").tryQuery().isPresent());
        check(robot, look + "progression question");
        robot.type(KeyCode.ESCAPE);                                   // hold: the console opens
        until(() -> robot.lookup("#status").tryQuery().isPresent());
        check(robot, look + "console, ready");
        robot.type(KeyCode.ENTER);
        until(() -> Answer.open(robot));
        check(robot, look + "pain before");
        robot.type(KeyCode.ENTER);                                    // skipped: the session starts
        robot.write("9").type(KeyCode.ENTER);
        check(robot, look + "console, a refused speed");
        robot.type(KeyCode.F1);
        check(robot, look + "help");
        robot.type(KeyCode.F1);
        robot.type(KeyCode.DELETE);                                   // the refused entry goes; then E is a command again
        robot.type(KeyCode.E);
        check(robot, look + "end question");
        robot.write("screens checked");
        Answer.ok(robot);
        until(() -> !robot.lookup(".summary-value").queryAll().isEmpty());
        check(robot, look + "summary");

        assertThat(problems).isEmpty();
    }

    /** A row of the history with a session in it (the list keeps empty rows below, and reuses them as it reloads). */
    static boolean filled(Node row) {
        return ((TableRow<?>) row).getItem() != null && row.isVisible();
    }
}
