package org.retrotread.app;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Answers a guarded question (end, skip, release, restore) as a person does: after it has armed.
 * Enter before that does nothing, which is the point of the guard; these helpers wait for it.
 */
public final class Answer {

    private Answer() {
    }

    /** Waits until the question's Yes can be pressed, then presses Enter. */
    public static void yes(FxRobot robot) throws Exception {
        whenArmed(robot, "#confirm-yes");
        robot.type(KeyCode.ENTER);
    }

    /** Waits until a reason question's OK can be pressed, then presses Enter. */
    public static void ok(FxRobot robot) throws Exception {
        whenArmed(robot, "#overlay-ok");
        robot.type(KeyCode.ENTER);
    }

    private static void whenArmed(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True while a question is showing. */
    public static boolean open(FxRobot robot) {
        return robot.lookup("#overlay-question").tryQuery().map(Node::isVisible).orElse(false);
    }
}
