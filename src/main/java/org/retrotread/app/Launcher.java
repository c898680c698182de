package org.retrotread.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/**
 * The entry point. A plain class, not the {@link Application} itself, so the app starts from a
 * plain class path (a JavaFX Application main class on the class path needs the module path).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.startIf(List.of(args));
        Preload.start(DataLocation.resolve(List.of(args)), Locale.getDefault());
        Application.launch(RetrotreadApp.class, args);
        int status = RetrotreadApp.exitStatus().code();
        if (status != 0) {
            System.exit(status); // a refused start: see ExitStatus
        }
    }
}
