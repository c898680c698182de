package org.retrotread.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor every JavaFX app pays: a window with one label, the size of Retrotread's, reporting its
 * first frame the way Retrotread's start-up probe does. The start-up benchmark runs both the same way.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself (a separate class so the launcher works from a plain class path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Retrotread")), 1280, 800);
            stage.setScene(scene);
            stage.show();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    System.out.println("retrotread.firstFrame.epochMillis=" + System.currentTimeMillis());
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }
    }
}
