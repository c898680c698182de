package org.retrotread.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.SpeedUnit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where the keyboard goes when a question closes: back to the field it interrupted, or home if that is gone. */
@ExtendWith(ApplicationExtension.class)
class OverlayTest {

    private TextField name;
    private VBox home;
    private Overlay overlay;

    @Start
    void start(Stage stage) {
        name = new TextField();
        home = new VBox(name, new TextField());
        name.setId("name");
        StackPane layer = new StackPane();
        overlay = new Overlay(layer, () -> new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), home);
        stage.setScene(new Scene(new StackPane(home, layer), 500, 400));
        stage.show();
        name.requestFocus();
    }

    @Test
    void noSendsTheKeyboardBackToTheFieldTheQuestionInterrupted(FxRobot robot) {
        robot.clickOn("#name").write("Amrit");
        robot.interact(() -> overlay.ask("Replace everything?", () -> { }, () -> { }));
        assertThat(name.isFocused()).isFalse();
        robot.type(KeyCode.BACK_SPACE);                          // no
        assertThat(overlay.isOpen()).isFalse();
        assertThat(name.isFocused()).isTrue();
        robot.write(" Kaur");                                     // typing goes on where it stopped
        assertThat(name.getText()).isEqualTo("Amrit Kaur");
    }

    @Test
    void aFieldThatWentAwayLeavesTheKeyboardAtHome(FxRobot robot) {
        robot.clickOn("#name");
        robot.interact(() -> {
            overlay.ask("Replace everything?", () -> { }, () -> { });
            home.getChildren().remove(name);                     // the screen changed under the question
        });
        robot.type(KeyCode.BACK_SPACE);
        assertThat(overlay.isOpen()).isFalse();
        assertThat(home.isFocused()).isTrue();
    }

    @Test
    void aQuestionAfterAQuestionStillReturnsToTheField(FxRobot robot) {
        robot.clickOn("#name");
        robot.interact(() -> overlay.ask("First?", () -> { }, () -> overlay.ask("Second?", () -> { }, () -> { })));
        robot.type(KeyCode.BACK_SPACE);
        assertThat(overlay.isOpen()).isTrue();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(overlay.isOpen()).isFalse();
        assertThat(name.isFocused()).isTrue();
    }
}
