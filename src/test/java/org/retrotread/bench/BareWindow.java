package org.retrotread.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor every JavaFX app pays: a window with one label, the size of Retrotread's, reporting its
 * first frame and the moments on the way to it the way Retrotread's start-up probe does. The start-up
 * benchmark runs both the same way.
 */
public final class BareWindow {

    private BareWindow() {
    }

    private static long main;

    public static void main(String[] args) {
        main = System.currentTimeMillis();
        Application.launch(App.class, args);
    }

    /** The application itself (a separate class so the launcher works from a plain class path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            long toolkit = System.currentTimeMillis();
            Scene scene = new Scene(new StackPane(new Label("Retrotread")), 1280, 800);
            stage.setScene(scene);
            long built = System.currentTimeMillis();
            stage.show();
            long shown = System.currentTimeMillis();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    long frame = System.currentTimeMillis();
                    System.out.println("retrotread.mark.main.epochMillis=" + main);
                    System.out.println("retrotread.mark.toolkit.epochMillis=" + toolkit);
                    System.out.println("retrotread.mark.built.epochMillis=" + built);
                    System.out.println("retrotread.mark.shown.epochMillis=" + shown);
                    System.out.println("retrotread.firstFrame.epochMillis=" + frame);
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }
    }
}
