package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The settings screen, by keyboard: a bad value is refused at its field; good ones change the app and are kept. */
class SettingsScreenTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
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
        assertThat(StoredRows.column(dir.resolve("retrotread.db"), "SELECT key FROM settings WHERE key <> 'sealsSinceSessionId'"))
                .isEmpty(); // nothing of the person's saved (the schema's own note aside)

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("18.5");
        robot.clickOn("#theme-dark");
        robot.interact(() -> robot.lookup("#language").queryComboBox().setValue(Locale.GERMAN));
        robot.clickOn("#gap-days").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("10");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        until(() -> robot.lookup(".screen-title").tryQuery().map(n -> ((Label) n).getText().equals("Neues Training")).orElse(false));
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("Einstellungen gespeichert.");
        assertThat(screens.darkTheme()).isTrue();
        assertThat(robot.lookup("#limits").queryAs(Label.class).getText()).contains("Laufband h\u00f6chstens 18,5 km/h");
        assertThat(StoredRows.column(dir.resolve("retrotread.db"), "SELECT key || '=' || value FROM settings ORDER BY key"))
                .contains("language=de", "theme=dark", "displayUnit=KILOMETRES_PER_HOUR", "progressionGapDays=10", "runSharePercent=50");
    }

}
