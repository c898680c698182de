package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.FakeClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, in English, on a fresh SQLite file in a temporary folder: the base of the screen tests. */
@ExtendWith(ApplicationExtension.class)
abstract class AppOnTempDatabase {

    @TempDir
    Path dir;
    Screens screens;
    final ScriptedFiles files = new ScriptedFiles();

    /** Subclasses call this from their own {@code @Start} method: TestFX looks for it on the test class itself. */
    void show(Stage stage) {
        try {
            prepare(database());
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare the test database", e);
        }
        screens = new Screens(Locale.ENGLISH, FakeClock::new, Clock.systemUTC(), files, () -> { });
        TestWindow.show(stage, screens);
        beforeBegin();
        screens.begin(where());
    }

    /** What a test wants in place before the app opens its database (nothing by default). */
    void beforeBegin() {
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(screens::shutdown);
    }

    /** Puts what a test needs into the database before the app opens it (nothing by default). */
    void prepare(Path database) throws Exception {
    }

    /** What the app opens: the test's file (a clinic workstation's test names its server too). */
    DataLocation.Where where() {
        return new DataLocation.Where(database(), Optional.empty());
    }

    Path database() {
        return dir.resolve("retrotread.db");
    }

    static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    static boolean focused(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isFocused()).orElse(false);
    }
}
