package org.retrotread.app;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows the app's screens in a TestFX stage at a laptop's size, styled as the app is. */
public final class TestWindow {

    private TestWindow() {
    }

    public static void show(Stage stage, Screens screens) {
        Scene scene = new Scene(screens.root(), 1280, 800);
        Screens.style(scene);
        stage.setScene(scene);
        stage.show();
    }
}
