package org.retrotread.app;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.retrotread.session.SessionClock;
import org.retrotread.ui.common.AfterFrame;
import org.retrotread.ui.common.FilePicker;

/** The JavaFX application: one window, handed to {@link Screens}. */
public final class RetrotreadApp extends Application {

    private Screens screens;
    /** How the process ends, read by {@link Launcher} once the toolkit has stopped. */
    private static volatile ExitStatus exitStatus = ExitStatus.OK;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("toolkit");
        screens = new Screens(Locale.getDefault(), SessionClock::system, Clock.systemUTC(), FilePicker.system(), Platform::exit);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // The whole screen from the start: the console's figures are read from two metres and grow with
        // the window. Sized to the screen as well as maximised, for desktops with no window manager.
        Scene scene = new Scene(screens.root(), screen.getWidth(), screen.getHeight());
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setMaximized(true);
        Screens.style(scene);
        stage.setTitle(screens.title());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!screens.mayClose()) {
                e.consume();
            }
        });
        if (getParameters().getRaw().contains(StartupProbe.FLAG)) {
            screens.whenStartShown(() -> StartupProbe.afterNextFrame(scene, () -> {
                System.out.println("retrotread.startScreen.plans=" + screens.plansOffered());
                Platform.exit();
            }));
            screens.whenRefused(problem -> { // the probe has no one to read the reason: it ends with its status
                System.out.println("retrotread.refused=" + problem.kind());
                Platform.exit();
            });
        }
        // Begun before the window shows: when the database opened while the toolkit started, the first
        // frame is the start screen itself, laid out and styled once.
        screens.begin(Preload.where().orElseGet(() -> DataLocation.where(getParameters().getRaw())));
        StartupProbe.mark("built");
        stage.show();
        StartupProbe.mark("shown");
        AfterFrame.run(scene, () -> showIcon(stage)); // decoding it would delay the first frame
    }

    /** The window's icon, decoded off the JavaFX thread and set when it is ready. */
    private static void showIcon(Stage stage) {
        Image icon = new Image(RetrotreadApp.class.getResource("/org/retrotread/assets/icon-256.png").toExternalForm(), true);
        Runnable whenLoaded = () -> {
            if (icon.getProgress() >= 1 && !icon.isError() && !stage.getIcons().contains(icon)) {
                stage.getIcons().add(icon);
            }
        };
        icon.progressProperty().addListener((o, was, now) -> whenLoaded.run());
        whenLoaded.run(); // in case it was ready at once
    }

    @Override
    public void stop() {
        exitStatus = screens.exitStatus();
        screens.shutdown();
    }

    static ExitStatus exitStatus() {
        return exitStatus;
    }
}
