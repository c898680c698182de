package org.retrotread.app;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.ui.console.ConsoleView;
import org.retrotread.ui.console.ConsoleViewModel;
import org.retrotread.ui.start.StartView;
import org.retrotread.ui.start.StartViewModel;

/**
 * The composition root for screens: builds each view with its view-model and engine and swaps
 * them in one window. Tests build it with a fake clock to drive a whole session by keyboard.
 */
public final class Screens {

    private final StackPane root = new StackPane();
    private final Messages text;
    private final Supplier<SessionClock> clocks;
    private final Clock wallClock;
    private final SessionContext context;
    private ConsoleView console;

    public Screens(Messages text, Supplier<SessionClock> clocks, Clock wallClock, SessionContext context) {
        this.text = text;
        this.clocks = clocks;
        this.wallClock = wallClock;
        this.context = context;
        root.setId("screens");
    }

    public Parent root() {
        return root;
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Screens.class.getResource("/org/retrotread/ui/theme.css").toExternalForm());
    }

    public void showStart() {
        if (console != null) {
            console.dispose();
            console = null;
        }
        root.getChildren().setAll(new StartView(new StartViewModel(text), this::showConsole).node());
    }

    private void showConsole(StarterPlans.Starter starter) {
        SessionEngine engine = new SessionEngine(starter.plan(), context, clocks.get(), wallClock);
        console = new ConsoleView(new ConsoleViewModel(engine, context, text), this::showStart);
        root.getChildren().setAll(console.node());
        console.node().requestFocus();
    }
}
