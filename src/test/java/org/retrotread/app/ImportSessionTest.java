package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.store.Client;
import org.retrotread.store.SessionExport;
import org.retrotread.store.SessionOpening;
import org.retrotread.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ctrl+I on the start screen brings an exported session back, once; the second time it says it is there already. */
class ImportSessionTest extends AppOnTempDatabase {

    private Path rescued;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        try (Store store = Store.open(database)) {               // a session that never reached the database
            Client ana = store.clients().add(Client.named("Ana Weber"));
            StarterPlans.Starter knee = StarterPlans.all(k -> k).get(3);
            SessionOpening opening = new SessionOpening(1, Optional.of(ana.id()), Optional.of(knee.id()), Optional.empty(), knee.plan(),
                    "Ana", SessionContext.anonymous(), Clock.systemUTC().instant()).withClientUuid(store.clients().uuidOf(ana.id()));
            FakeClock clock = new FakeClock();
            SessionEngine engine = new SessionEngine(knee.plan(), SessionContext.anonymous(), clock, Clock.systemUTC());
            engine.handle(new Command.Start());
            clock.advanceSeconds(90);
            engine.handle(new Command.End("saved by hand"));
            rescued = dir.resolve("retrotread-session-1.json");
            SessionExport.write(rescued, new SessionExport.Contents(opening, engine.events()));
        }
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#notice").queryAs(Label.class).getText();
    }

    @Test
    void anExportedSessionComesBackOnceAndIsThenInTheClientsHistory(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        files.answer(rescued);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        until(() -> notice(robot).startsWith("Session 1 brought back"));
        assertThat(notice(robot)).matches("Session 1 brought back: \\d+ event\\(s\\) added, and the session is closed\\.");
        assertThat(files.titles).contains("Import an exported session");
        assertThat(StoredRows.column(database(), "SELECT sealed FROM sessions WHERE id = 1")).containsExactly("1");

        files.answer(rescued);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        until(() -> notice(robot).contains("already in this database"));
        assertThat(notice(robot)).isEqualTo("The session in " + rescued + " is already in this database, whole; nothing was imported.");
    }
}
