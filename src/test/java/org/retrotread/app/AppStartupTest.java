package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.store.Backups;
import org.retrotread.store.Client;
import org.retrotread.store.Database;
import org.retrotread.store.EventJournal;
import org.retrotread.store.HostileDisk;
import org.retrotread.store.SessionOpening;
import org.retrotread.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person sees when Retrotread starts: problems with the database, a lost session, backups. */
@ExtendWith(ApplicationExtension.class)
class AppStartupTest {

    @TempDir
    Path dir;
    private final ScriptedFiles files = new ScriptedFiles();
    private final AtomicBoolean exited = new AtomicBoolean();
    private final FakeClock clock = new FakeClock();
    private Screens screens;

    @Start
    void start(Stage stage) {
        screens = new Screens(Locale.ENGLISH, () -> clock, Clock.systemUTC(), files, () -> exited.set(true));
        TestWindow.show(stage, screens);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(screens::shutdown);
    }

    private void begin(FxRobot robot, Path database) throws Exception {
        robot.interact(() -> screens.begin(database));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#opening").tryQuery().isEmpty());
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    /** Waits until {@code query} has the keyboard: keys typed before that are lost, as they would be for a person. */
    private static void waitForFocus(FxRobot robot, String query) throws Exception {
        waitFor(robot, query);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).query().isFocused());
    }

    @Test
    void anEmptyMachineStartsWithTheStarterPlansAndANewOwnerOnlyDatabase(FxRobot robot) throws Exception {
        Path database = dir.resolve("data").resolve("retrotread.db");
        begin(robot, database);
        waitFor(robot, "#plans");
        assertThat(label(robot, "data-line")).isEqualTo("Sessions are saved in " + database);
        assertThat(Files.exists(database)).isTrue();
        assertThat(robot.lookup("#read-only").tryQuery()).isEmpty();
    }

    @Test
    void aFileThatIsNotADatabaseIsExplainedAndAnotherCanBeChosen(FxRobot robot) throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a database");
        begin(robot, notes);
        waitFor(robot, "#problem-message");
        assertThat(label(robot, "problem-message")).contains(notes.toString()).contains("not a Retrotread database");
        Path fresh = dir.resolve("elsewhere").resolve("retrotread.db");
        files.answer(fresh);
        robot.type(KeyCode.N);
        waitFor(robot, "#plans");
        assertThat(label(robot, "data-line")).contains(fresh.toString());
        assertThat(Files.readString(notes)).isEqualTo("not a database");
    }

    @Test
    void aSecondInstanceSaysSoAndClosesWithoutTouchingTheData(FxRobot robot) throws Exception {
        Path database = dir.resolve("retrotread.db");
        try (Database first = Database.open(database)) {
            begin(robot, database);
            waitFor(robot, "#problem-message");
            assertThat(label(robot, "problem-message")).contains("already running");
            assertThat(robot.lookup("#problem-other-file").tryQuery()).isEmpty();
            robot.clickOn("#problem-quit");
            assertThat(exited).isTrue();
            assertThat(first.file()).isEqualTo(database);
        }
    }

    @Test
    void aLostSessionIsOfferedFirstAndCanBeResumed(FxRobot robot) throws Exception {
        Path database = dir.resolve("retrotread.db");
        loseASession(database);
        begin(robot, database);
        waitForFocus(robot, "#recovery-resume");
        // Last event: the ramp step at 130 s (no heartbeat after it), so 2:10 of activity.
        assertThat(label(robot, "recovery-details")).contains("starter.kneeProgramme.name").contains("after 2:10 of activity");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#status");
        assertThat(label(robot, "status")).isEqualTo("PAUSED");
        robot.type(KeyCode.SPACE);
        assertThat(label(robot, "status")).isEqualTo("RUNNING");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StoredRows.eventTypes(database, 1).contains("Resumed"));
    }

    @Test
    void aLostSessionCanBeClosedAsInterruptedKeepingItsData(FxRobot robot) throws Exception {
        Path database = dir.resolve("retrotread.db");
        int before = loseASession(database);
        begin(robot, database);
        waitForFocus(robot, "#recovery-resume");
        robot.type(KeyCode.I);
        waitFor(robot, "#plans");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StoredRows.column(database, "SELECT sealed FROM sessions").equals(List.of("1")));
        assertThat(StoredRows.column(database, "SELECT ending FROM sessions")).containsExactly("INTERRUPTED");
        assertThat(StoredRows.eventTypes(database, 1)).hasSizeGreaterThan(before).last().isEqualTo("SessionEnded");
    }

    @Test
    void aReadOnlyDatabaseShowsHistoryOnlyAndRunsNoUnsavedSession(FxRobot robot) throws Exception {
        Path database = dir.resolve("retrotread.db");
        Store.open(database).close();
        try (var disk = new HostileDisk()) {
            disk.makeReadOnly(database);
            begin(robot, database);
            waitForFocus(robot, "#client");
            assertThat(label(robot, "read-only")).contains("read-only");
            robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
            assertThat(label(robot, "notice")).contains("could not be saved");
            assertThat(robot.lookup("#status").tryQuery()).isEmpty();
        }
    }

    @Test
    void aBackupIsWrittenAndRestoredFromTheStartScreen(FxRobot robot) throws Exception {
        Path database = dir.resolve("retrotread.db");
        try (Store store = Store.open(database)) {
            store.clients().add(Client.named("In the backup"));
        }
        begin(robot, database);
        waitForFocus(robot, "#client");
        Path backup = dir.resolve("backup.db");
        files.answer(backup);
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "notice").startsWith("Backup written"));
        assertThat(Files.exists(backup)).isTrue();

        Path today = dir.resolve("backups").resolve("retrotread-" + LocalDate.now() + ".db");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(today));   // the day's automatic one, made at the start
        Backups.verify(today);

        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "junk");
        files.answer(junk);
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitFor(robot, "#overlay-list");                                // the automatic backups first, with day and size
        assertThat(label(robot, "overlay-question")).startsWith("Restore which backup?");
        assertThat(robot.lookup("#overlay-row-0").queryAs(Button.class).getText()).endsWith(" MB");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);                   // another file
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "notice").contains("not restored"));

        files.answer(backup);
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitFor(robot, "#overlay-list");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(robot, "#confirm-yes");
        Answer.yes(robot);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#notice").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Backup restored")).orElse(false));
        assertThat(StoredRows.column(database, "SELECT name FROM clients")).containsExactly("In the backup");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("retrotread.db.replaced-"));
    }

    /** A session run a little and left unsealed, as a crash leaves it; returns how many events it has. */
    private static int loseASession(Path database) throws Exception {
        StarterPlans.Starter knee = StarterPlans.all(k -> k).get(3);
        try (Store store = Store.open(database); EventJournal journal = store.startJournal()) {
            journal.open(new SessionOpening(1, Optional.empty(), Optional.of(knee.id()), Optional.empty(), knee.plan(), "",
                    SessionContext.anonymous(), Clock.systemUTC().instant()));
            FakeClock crashed = new FakeClock();
            SessionEngine engine = new SessionEngine(knee.plan(), SessionContext.anonymous(), crashed, Clock.systemUTC());
            engine.addListener(e -> journal.append(1, e));
            engine.handle(new Command.Start());
            engine.handle(new Command.ConfirmPromptedSpeed());
            crashed.advanceSeconds(70);
            engine.handle(new Command.HandsOff());
            crashed.advanceSeconds(65);
            engine.advance();
            journal.awaitWritten(Duration.ofSeconds(5));
            return engine.events().size();
        }
    }

}
