package org.retrotread.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that waits until a scene's next frame has been laid out and handed to the renderer, so it does not
 * delay that frame: what the first frame does not show (the window's icon, the sound cues) loads after it.
 */
public final class AfterFrame {

    private AfterFrame() {
    }

    /** Runs {@code then} on the JavaFX thread just after {@code scene}'s next frame. */
    public static void run(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then); // the pulse that laid it out has now drawn it
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
