package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.retrotread.store.Store;
import org.retrotread.ui.common.ChoiceList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The start screen's light controls in the real app: the operator field and the plan list. */
class StartScreenTest extends AppOnTempDatabase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    void prepare(Path database) throws Exception {
        Store store = Store.open(database);
        try {
            store.settings().setOperators(List.of("Ana", "Ben Okafor"));
        } finally {
            store.close();
        }
    }

    /** Which node had the keyboard the moment the start screen went up (before its first frame). */
    private final AtomicReference<String> focusedWhenShown = new AtomicReference<>();

    @Override
    void beforeBegin() {
        screens.whenStartShown(() -> {
            Node owner = screens.root().getScene().getFocusOwner();
            focusedWhenShown.set(owner == null ? "nothing" : owner.getId());
        });
    }

    @Test
    void theClientFieldHasTheKeyboardFromTheFirstFrame(FxRobot robot) throws Exception {
        until(() -> focusedWhenShown.get() != null);
        assertThat(focusedWhenShown.get()).isEqualTo("client");   // not a frame later
        robot.type(KeyCode.A);
        assertThat(robot.lookup("#client").queryAs(TextField.class).getText()).isEqualTo("a");
    }

    private String operator(FxRobot robot) {
        return robot.lookup("#operator").queryAs(TextField.class).getText();
    }

    @Test
    void theOperatorIsSteppedByKeyOrPickedByMouseAndTheSessionKeepsIt(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        assertThat(operator(robot)).isEqualTo("Ana");
        robot.clickOn("#operator").type(KeyCode.DOWN);
        assertThat(operator(robot)).isEqualTo("Ben Okafor");
        robot.clickOn("#operator-names");
        robot.clickOn("Ana");                                  // the menu of names on record
        until(() -> operator(robot).equals("Ana") && focused(robot, "#operator"));
        robot.type(KeyCode.UP);
        assertThat(operator(robot)).isEqualTo("Ben Okafor");

        robot.clickOn("#client").type(KeyCode.ENTER);          // Enter in the client field goes to the plans
        until(() -> focused(robot, "#plans"));
        ChoiceList<?> plans = robot.lookup("#plans").queryAs(ChoiceList.class);
        Object first = plans.selectedProperty().get();
        robot.type(KeyCode.DOWN);
        assertThat(plans.selectedProperty().get()).isNotEqualTo(first).isEqualTo(plans.items().get(1));
        robot.type(KeyCode.ENTER);                             // the console
        until(() -> robot.lookup("#status").tryQuery().isPresent());
        robot.type(KeyCode.ENTER, 2);                          // no pain before; starts: the session is saved with its operator
        until(() -> StoredRows.column(database(), "SELECT operator FROM sessions").equals(List.of("Ben Okafor")));
    }
}
