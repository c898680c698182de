package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.store.Client;
import org.retrotread.store.Database;
import org.retrotread.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A client's plan with a weekly progression set up eight days ago: the console says what it did and why. */
class ProgressionConsoleTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        try (Store store = Store.on(Database.open(database), Clock.offset(Clock.systemUTC(), Duration.ofDays(-8)))) {
            Client ana = store.clients().add(Client.named("Ana Weber"));
            StarterPlans.Starter knee = StarterPlans.all(k -> k).get(3);
            store.plans().save(Optional.empty(), knee.plan().withBlocks(knee.plan().blocks(), knee.plan().limits()),
                    Optional.of(ana.id()), Optional.of(Progression.Rule.DEFAULT));
        }
    }

    @Test
    void theConsoleShowsTheWeekAndTheSessionRecordsIt(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.write("Ana Weber").type(KeyCode.ENTER);
        until(() -> focused(robot, "#plans"));
        assertThat(robot.lookup("#plan-description").queryAs(Label.class).getText()).contains("This client's own plan");
        robot.type(KeyCode.ENTER);
        until(() -> robot.lookup("#progression-note").tryQuery().isPresent());
        assertThat(robot.lookup("#progression-note").queryAs(Label.class).getText())
                .isEqualTo("Week 1: speeds raised 10 % above the baseline.");
        until(() -> StoredRows.column(database(), "SELECT progression_week || ' ' || progression_outcome FROM sessions")
                .equals(List.of("1 RAISED")));
        assertThat(StoredRows.column(database(), "SELECT json_extract(plan_run, '$.blocks[1].to.speedMps') FROM sessions").get(0))
                .startsWith("0.77"); // 2.8 km/h, the ramp's top raised from 2.5
    }
}
