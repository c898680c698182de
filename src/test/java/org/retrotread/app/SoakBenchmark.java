package org.retrotread.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.retrotread.i18n.Messages;
import org.retrotread.session.FakeClock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Store;
import org.retrotread.ui.common.AfterFrame;
import org.retrotread.ui.console.ConsoleViewModel;

/**
 * Memory over a long session: the real app, a two-hour plan of one-minute intervals, driven through
 * its console as an operator would (every prompt confirmed, a check-in every ten minutes), with the
 * screen ticking ten times a second of session time. Prints resident memory after start-up, with the
 * session under way, and at the end. Run: bash bench/soak-bench.sh (under Xvfb).
 */
public final class SoakBenchmark {

    private SoakBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args); // from a plain class: JavaFX on the class path
    }

    /** The benchmark's application: the real screens on a clock the benchmark moves. */
    public static final class App extends Application {

    private static final FakeClock CLOCK = new FakeClock();
    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private final List<String> lines = new ArrayList<>();
    private Screens screens;
    private Scene scene;
    private long ticks;
    private final List<Long> residentKiB = new ArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("retrotread-soak");
        Path db = dir.resolve("soak.db");
        try (Store store = Store.open(db)) {
            store.plans().save(Optional.empty(), new Plan("Two hours", TreadmillMode.POWERED, List.of(
                    new HandrailBlock(Duration.ofMinutes(2), Target.kmh(1.5)),
                    new IntervalBlock(50, Duration.ofMinutes(1), Target.kmh(3.0), Duration.ofMinutes(1), new Recovery.Backward(Target.kmh(2.0))),
                    new SteadyBlock(Duration.ofMinutes(20), Target.kmh(2.5))), new PlanLimits(Speed.ofKmh(4), Speed.ofKmh(1))),
                    Optional.empty(), Optional.empty());
        }
        screens = new Screens(Locale.ENGLISH, () -> CLOCK, Clock.systemUTC(), new ScriptedFiles(), Platform::exit);
        scene = new Scene(screens.root(), 1280, 800);
        Screens.style(scene);
        stage.setScene(scene);
        screens.whenStartShown(() -> Platform.runLater(() -> {
            press(scene.lookup("#client"), KeyCode.ENTER);   // nobody: to the plans (the two-hour plan is first)
            press(scene.lookup("#plans"), KeyCode.ENTER);    // the console
            waitForConsole();
        }));
        screens.begin(db);
        stage.show();
    }

    private void waitForConsole() {
        Optional<ConsoleViewModel> console = screens.console();
        if (console.isEmpty()) {
            Platform.runLater(this::waitForConsole);
            return;
        }
        console.get().start();
        record("started");
        // The console's first frame is drawn before the session's time moves: its figures' glyphs, the
        // chart and the first layout are the console's start, not growth over the session.
        AfterFrame.run(scene, () -> {
            record("console drawn");
            run(console.get());
        });
    }

    /** A chunk of session time (100 ticks of 100 ms), then a turn for the screen to draw, until two hours. */
    private void run(ConsoleViewModel model) {
        for (int i = 0; i < 100; i++) {
            CLOCK.advance(Duration.ofMillis(100));
            ticks++;
            model.tick();
            if (model.state().pendingPrompt().isPresent()) {
                model.confirm();
            }
            if (model.state().handsOnRails() && model.state().handsOffDue(CLOCK.now())) {
                model.handsOff();
                model.confirm();
            }
            if (ticks % 6000 == 0) {   // every ten minutes
                model.checkIn(OptionalInt.of(5), OptionalInt.of(2));
            }
            if (ticks == 3000) {
                record("after 5 min");
            } else if (ticks % 18000 == 0) {
                record("after " + ticks / 600 + " min");
            }
        }
        if (CLOCK.now().compareTo(TWO_HOURS) < 0 && !model.state().ending().isPresent()) {
            Platform.runLater(() -> run(model));
            return;
        }
        System.gc();
        Platform.runLater(() -> {
            record("end, " + model.state().lastSeq() + " events");
            lines.forEach(System.out::println);
            growthFrom("the session's first moment", 0);   // the records: started, console drawn, after 5 min, ...
            growthFrom("the console drawn", 1);
            growthFrom("the first five minutes on", 2);
            Platform.exit();
        });
    }

    /** Prints how far the resident size rose from the record at {@code index}: at the end, and at its highest. */
    private void growthFrom(String moment, int index) {
        List<Long> since = residentKiB.subList(index, residentKiB.size());
        long base = since.get(0);
        long highest = since.stream().mapToLong(Long::longValue).max().orElse(base);
        System.out.printf(Locale.ROOT, "soak growth from %s: at the end %+.1f %%, at the most %+.1f %%%n", moment,
                percent(base, since.get(since.size() - 1)), percent(base, highest));
    }

    private static double percent(long from, long to) {
        return 100.0 * (to - from) / from;
    }

    private void record(String when) {
        Runtime r = Runtime.getRuntime();
        residentKiB.add(StartupProbe.residentKiB());
        lines.add(String.format(Locale.ROOT, "soak %-20s session %s  resident %4d MB  heap used %4d MB", when,
                Messages.clock(CLOCK.now()), StartupProbe.residentKiB() / 1024,
                (r.totalMemory() - r.freeMemory()) / (1024 * 1024)));
    }

    private static void press(Node node, KeyCode key) {
        Event.fireEvent(node, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }
}
}
