package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in screen returns after the idle time (here a "minute" of one second): keys keep it away, a session on screen
 * holds it off, and 0 minutes means never.
 */
@ExtendWith(ApplicationExtension.class)
class IdleWatchTest {

    private final AtomicInteger signIns = new AtomicInteger();
    private final AtomicInteger minutes = new AtomicInteger(1);
    private final AtomicBoolean session = new AtomicBoolean(false);
    private IdleWatch watch;

    @Start
    void start(Stage stage) {
        TextField field = new TextField();
        field.setId("field");
        Scene scene = new Scene(new StackPane(field), 300, 100);
        stage.setScene(scene);
        stage.show();
        watch = new IdleWatch(minutes::get, Duration.millis(1000), session::get, signIns::incrementAndGet);
        watch.watch(scene);
    }

    @Test
    void theSignInReturnsAfterTheIdleTimeNeverDuringASessionAndNeverAtZero(FxRobot robot) throws Exception {
        robot.clickOn("#field");
        for (int i = 0; i < 12; i++) {          // typing for longer than the idle time keeps the sign-in away
            robot.type(KeyCode.A);
            Thread.sleep(100);
        }
        assertThat(signIns.get()).isZero();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> signIns.get() == 1);

        session.set(true);                      // a session on screen: held off, however long
        robot.type(KeyCode.B);
        Thread.sleep(1500);
        assertThat(signIns.get()).isEqualTo(1);
        session.set(false);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> signIns.get() == 2);

        minutes.set(0);                         // never
        robot.type(KeyCode.C);
        Thread.sleep(1500);
        assertThat(signIns.get()).isEqualTo(2);
    }
}
