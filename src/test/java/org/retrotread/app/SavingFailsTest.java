package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.FakeClock;
import org.retrotread.store.HostileDisk;
import org.retrotread.store.SessionExport;
import org.retrotread.ui.ScreenChecks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The disk fills up mid-session: the session goes on, the warning says how much is held and why, closing asks
 * first and offers the export, and nothing is lost.
 */
@ExtendWith(ApplicationExtension.class)
class SavingFailsTest {

    @TempDir
    Path dir;
    private final ScriptedFiles files = new ScriptedFiles();
    private Screens screens;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        screens = new Screens(Locale.ENGLISH, FakeClock::new, Clock.systemUTC(), files, exits::incrementAndGet);
        TestWindow.show(stage, screens);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(screens::shutdown);
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> n.getParent().isVisible()).orElse(false);
    }

    /** Opens {@code database} and starts the knee programme for nobody, by keys, until its first events are on disk. */
    private void startAKneeSession(FxRobot robot, Path database) throws Exception {
        robot.interact(() -> screens.begin(database));
        // Keys typed before the field has focus would be lost, as they would for a person.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#client").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.type(KeyCode.ENTER).type(KeyCode.DOWN, 3).type(KeyCode.ENTER); // nobody, the knee programme
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status").tryQuery().isPresent());
        robot.type(KeyCode.ENTER, 3);                                           // skip the pain before, start, confirm
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StoredRows.eventTypes(database, 1).size() == 4);
    }

    @Test
    void aFullDiskWarnsExportsAndCatchesUp(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(HostileDisk.root(), "only root can mount a small disk; CI runs as root");
        try (HostileDisk disk = new HostileDisk()) {
            Path small = disk.smallDisk(dir.resolve("small"), 2048);
            Path database = small.resolve("retrotread.db");
            startAKneeSession(robot, database);
            assertThat(visible(robot, "save-warning")).isFalse();

            Path filler = HostileDisk.fill(small);
            for (int i = 0; i < 3; i++) {
                robot.type(KeyCode.T).write("note " + i + " while the disk is full").type(KeyCode.ENTER);
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "save-warning")
                    && robot.lookup("#save-warning").queryAs(Label.class).getText().startsWith("Not saved: 3 "));
            String warning = robot.lookup("#save-warning").queryAs(Label.class).getText();
            assertThat(warning).startsWith("Not saved: 3 change(s) held only in memory since ").contains(database.toString())
                    .contains("the disk is full.").endsWith("Free space on the disk, or press X to export the session to a file.");
            assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("RUNNING");

            boolean[] closed = {true};
            robot.interact(() -> closed[0] = screens.mayClose());          // the window's close button
            assertThat(closed[0]).isFalse();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Answer.open(robot));
            assertThat(robot.lookup("#overlay-detail").queryAs(Label.class).getText())
                    .startsWith("3 change(s) of this session are held only in memory: closing now loses them.");
            assertThat(robot.lookup("#close-keep").query().isFocused()).isTrue();
            List<String> cut = new ArrayList<>();
            robot.interact(() -> cut.addAll(ScreenChecks.problems(screens.root(), "close question")));
            assertThat(cut).isEmpty();                                      // every answer whole, at 1280 x 800
            robot.type(KeyCode.K);                                          // keep it open (Esc would stop the belt, as always)
            assertThat(Answer.open(robot)).isFalse();
            assertThat(exits.get()).isZero();

            robot.interact(() -> closed[0] = screens.mayClose());          // again: the same question, every time
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Answer.open(robot));
            Path export = dir.resolve("rescued.json");
            files.answer(export);
            robot.type(KeyCode.X);                                          // export, then close
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(export) && exits.get() == 1);
            SessionExport.Contents rescued = SessionExport.read(export);
            assertThat(rescued.events()).hasSize(7);
            assertThat(rescued.events().get(6).toString()).contains("note 2 while the disk is full");

            Files.delete(filler);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !visible(robot, "save-warning"));
            assertThat(StoredRows.eventTypes(database, 1)).hasSize(7).endsWith("NoteAdded", "NoteAdded", "NoteAdded");
        }
    }


    /** A session ended while the disk is full: back on the start screen, closing still asks, until it is written. */
    @Test
    void closingAwayFromTheConsoleAsksWhileChangesAreHeld(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(HostileDisk.root(), "only root can mount a small disk; CI runs as root");
        try (HostileDisk disk = new HostileDisk()) {
            Path small = disk.smallDisk(dir.resolve("small"), 2048);
            Path database = small.resolve("retrotread.db");
            startAKneeSession(robot, database);

            Path filler = HostileDisk.fill(small);
            robot.type(KeyCode.E).write("disk full test");
            Answer.ok(robot);                                               // ended: its last event and seal are held
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#summary").tryQuery().isPresent());
            robot.type(KeyCode.ENTER);                                      // back to the start screen
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#plans").tryQuery().isPresent());

            boolean[] closed = {true};
            robot.interact(() -> closed[0] = screens.mayClose());
            assertThat(closed[0]).isFalse();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Answer.open(robot));
            assertThat(robot.lookup("#overlay-question").queryAs(Label.class).getText())
                    .matches("\\d+ change\\(s\\) of the last session are held only in memory.*Close anyway\\?.*");
            robot.type(KeyCode.BACK_SPACE);                                 // no: keep it open
            assertThat(exits.get()).isZero();

            Files.delete(filler);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> StoredRows.column(database, "SELECT sealed FROM sessions")
                    .equals(List.of("1")));
            robot.interact(() -> closed[0] = screens.mayClose());           // everything written: it closes without a word
            assertThat(closed[0]).isTrue();
        }
    }
}
