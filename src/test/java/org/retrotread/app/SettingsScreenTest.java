package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.FakeClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen, by keyboard: a bad value is refused at its field; good ones change the app and are kept. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    @TempDir
    Path dir;
    private Screens screens;

    @Start
    void start(Stage stage) {
        screens = new Screens(Locale.ENGLISH, FakeClock::new, Clock.systemUTC(), new ScriptedFiles(), () -> { });
        TestWindow.show(stage, screens);
        screens.begin(dir.resolve("retrotread.db"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(screens::shutdown);
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void settingsChangeTheLanguageUnitAndThemeAndAreKept(FxRobot robot) throws Exception {
        until(() -> robot.lookup("#client").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#treadmill-max").tryQuery().map(n -> n.isFocused()).orElse(false));
        assertThat(robot.lookup("#database-path").queryAs(Label.class).getText()).isEqualTo(dir.resolve("retrotread.db").toString());

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("fast");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#treadmill-max-error").queryAs(Label.class).getText()).contains("\u201cfast\u201d is not a speed");
        assertThat(StoredRows.column(dir.resolve("retrotread.db"), "SELECT key FROM settings")).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("18.5");
        robot.clickOn("#theme-dark");
        robot.interact(() -> robot.lookup("#language").queryComboBox().setValue(Locale.GERMAN));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        until(() -> robot.lookup(".screen-title").tryQuery().map(n -> ((Label) n).getText().equals("Neue Einheit")).orElse(false));
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("Einstellungen gespeichert.");
        assertThat(screens.darkTheme()).isTrue();
        assertThat(robot.lookup("#limits").queryAs(Label.class).getText()).contains("Laufband h\u00f6chstens 18,5 km/h");
        assertThat(StoredRows.column(dir.resolve("retrotread.db"), "SELECT key || '=' || value FROM settings ORDER BY key"))
                .contains("language=de", "theme=dark", "displayUnit=KILOMETRES_PER_HOUR");
    }

}
