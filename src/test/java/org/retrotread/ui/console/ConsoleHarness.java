package org.retrotread.ui.console;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.retrotread.app.Screens;
import org.retrotread.i18n.Messages;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.SessionPaper;
import org.retrotread.work.Background;
import org.testfx.api.FxRobot;

/**
 * One console on a stage, without the rest of the app: the engine on a fake clock, styled as the app
 * is, and every service it can ask of the app (close, theme, files, paper) written down instead of done.
 */
final class ConsoleHarness implements AutoCloseable {

    final FakeClock clock = new FakeClock();
    final Messages text;
    /** What the console asked of the app, in order: "close", "theme", "save …", "print", "pdf", "csv". */
    final List<String> servicesAsked = new ArrayList<>();
    private final Background background = new Background();
    private Stage stage;
    SessionEngine engine;
    ConsoleViewModel model;
    ConsoleView view;

    ConsoleHarness(Locale locale) {
        text = new Messages(locale, SpeedUnit.KILOMETRES_PER_HOUR);
    }

    Plan knee() {
        return StarterPlans.all(text::text).stream().filter(s -> s.id().equals("kneeProgramme")).findFirst().orElseThrow().plan();
    }

    /** A new session of the knee programme, shown at {@code width} x {@code height}. */
    void open(FxRobot robot, double width, double height) {
        open(robot, knee(), List.of(), width, height);
    }

    /**
     * A console over {@code history}: as a resumed session opens. It is shown on a stage of its own, closed
     * with the harness: the shared primary stage keeps its size and focus for the tests that follow.
     */
    void open(FxRobot robot, Plan plan, List<SessionEvent> history, double width, double height) {
        open(robot, plan, SessionContext.anonymous(), history, width, height);
    }

    /** As above, for a client and a treadmill of {@code context} (a heart-rate ceiling, a grade range). */
    void open(FxRobot robot, Plan plan, SessionContext context, List<SessionEvent> history, double width, double height) {
        engine = new SessionEngine(plan, context, clock, Clock.systemUTC(), history);
        model = new ConsoleViewModel(engine, context, text);
        robot.interact(() -> {
            if (view != null) {
                view.dispose();
            }
            view = new ConsoleView(model, new ConsoleView.Services(() -> servicesAsked.add("close"), files(), background,
                    () -> servicesAsked.add("theme"), cue -> { }, paper()));
            Scene scene = new Scene(view.node(), width, height);
            Screens.style(scene);
            if (stage == null) {
                stage = new Stage();
            }
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            view.node().requestFocus();
        });
    }

    Node root() {
        return view.node();
    }

    private FilePicker files() {
        return new FilePicker() {
            @Override
            public Optional<Path> save(Node owner, String title, String suggestedName) {
                servicesAsked.add("save " + title);
                return Optional.empty();
            }

            @Override
            public Optional<Path> open(Node owner, String title) {
                servicesAsked.add("open " + title);
                return Optional.empty();
            }
        };
    }

    private SessionPaper paper() {
        Consumer<String> asked = servicesAsked::add;
        return new SessionPaper() {
            public void print(Node owner, Consumer<String> notice) { asked.accept("print"); }
            public void savePdf(Node owner, Consumer<String> notice) { asked.accept("pdf"); }
            public void saveEventsCsv(Node owner, Consumer<String> notice) { asked.accept("csv"); }
            public void saveTcx(Node owner, Consumer<String> notice) { asked.accept("tcx"); }
            public void saveFit(Node owner, Consumer<String> notice) { asked.accept("fit"); }
        };
    }

    @Override
    public void close() {
        if (view != null) {
            view.dispose();
        }
        if (stage != null) {
            stage.close();
        }
        background.close();
    }

}
