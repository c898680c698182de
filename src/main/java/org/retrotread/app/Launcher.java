package org.retrotread.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;

/**
 * The entry point. A plain class, not the {@link Application} itself, so the app starts from a
 * plain class path (a JavaFX Application main class on the class path needs the module path).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (MoveIn.requested(List.of(args)).isPresent()) { // an administrator's task at a terminal: no window
            System.exit(MoveIn.run(List.of(args), System.getenv(), () -> Optional.ofNullable(System.console())
                    .map(c -> c.readPassword("%s", MoveIn.passwordPrompt())), System.out));
        }
        StartupProbe.startIf(List.of(args));
        Preload.start(DataLocation.where(List.of(args)), Locale.getDefault());
        Application.launch(RetrotreadApp.class, args);
        int status = RetrotreadApp.exitStatus().code();
        if (status != 0) {
            System.exit(status); // a refused start: see ExitStatus
        }
    }
}
