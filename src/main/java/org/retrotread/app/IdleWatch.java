package org.retrotread.app;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * On a clinic workstation, the sign-in screen returns after the idle time set in the settings (no key and no click),
 * so that the next person at a treatment room's computer does not work as the last one. Never during a session: the
 * console stays on screen for as long as the session is there.
 */
final class IdleWatch {

    /** A minute, as the settings count the idle time. */
    static final Duration MINUTE = Duration.minutes(1);

    private final IntSupplier minutes;
    private final Duration minute;
    private final BooleanSupplier sessionShown;
    private final Runnable signInAgain;
    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<Event> activity = e -> restart();
    private Scene watched;

    /**
     * @param minutes      the idle time in minutes now (0: never; read at each key, so a setting saved counts at once)
     * @param minute       how long a minute is (tests shorten it)
     * @param sessionShown whether a session is on screen: then the sign-in waits
     */
    IdleWatch(IntSupplier minutes, Duration minute, BooleanSupplier sessionShown, Runnable signInAgain) {
        this.minutes = minutes;
        this.minute = minute;
        this.sessionShown = sessionShown;
        this.signInAgain = signInAgain;
        timer.setOnFinished(e -> expired());
    }

    /** Watches the keys and clicks of {@code scene} (the window's, once it has one). */
    void watch(Scene scene) {
        if (scene == null || scene == watched) {
            return;
        }
        if (watched != null) {
            watched.removeEventFilter(KeyEvent.ANY, activity);
            watched.removeEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        }
        watched = scene;
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        restart();
    }

    /** Starts the idle time again (a key, a click, a setting changed). */
    void restart() {
        timer.stop();
        int idle = minutes.getAsInt();
        if (idle > 0) {
            timer.setDuration(minute.multiply(idle));
            timer.playFromStart();
        }
    }

    private void expired() {
        if (sessionShown.getAsBoolean()) {
            restart(); // a session on screen: asked again after another idle time, never during it
            return;
        }
        signInAgain.run();
    }
}
