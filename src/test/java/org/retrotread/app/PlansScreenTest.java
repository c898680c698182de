package org.retrotread.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.store.PlanFiles;
import org.retrotread.ui.common.ChoiceList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The plan editor by keyboard on the real app: a plan built from every block type, a bad value
 * refused at its field, saved, exported and imported, then offered on the start screen.
 */
class PlansScreenTest extends AppOnTempDatabase {

    private static final String PLANS = StoredRows.SAVED_PLANS;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aPlanIsBuiltFromEveryBlockTypeRefusedWhileWrongSavedAndOfferedAtTheStart(FxRobot robot) throws Exception {
        until(() -> focused(robot, "#client"));
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        until(() -> focused(robot, "#plan-library"));
        assertThat(robot.lookup("#plan-library").queryAs(ListView.class).getItems()).hasSize(6); // the starters

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#plan-name").tryQuery().isPresent());
        robot.doubleClickOn("#plan-name").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Mrs K retro");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (KeyCode digit : digits) {
            robot.press(KeyCode.ALT).type(digit).release(KeyCode.ALT); // handrail, ramp, steady, intervals, cooldown
        }
        ListView<?> blocks = robot.lookup("#plan-blocks").queryAs(ListView.class);
        until(() -> blocks.getItems().size() == 8);
        assertThat(blocks.getSelectionModel().getSelectedIndex()).isEqualTo(5); // the last one added
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);        // the cooldown one place up
        assertThat(blocks.getSelectionModel().getSelectedIndex()).isEqualTo(4);

        robot.interact(() -> blocks.getSelectionModel().select(2));             // the ramp
        robot.doubleClickOn("#block-step").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("9");
        until(() -> "must be from 0.1 km/h to 5.0 km/h".equals(robot.lookup("#problem-block-step").queryAs(Label.class).getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#plans-notice").queryAs(Label.class).getText())
                .isEqualTo("Not saved: one field needs correcting (marked in red).");
        assertThat(StoredRows.column(database(), PLANS)).isEmpty();             // nothing half-saved

        TextField step = robot.lookup("#block-step").queryAs(TextField.class);
        robot.interact(() -> step.setText("0,5"));
        until(() -> robot.lookup("#problem-block-step").queryAs(Label.class).getText() == null
                || robot.lookup("#problem-block-step").queryAs(Label.class).getText().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> StoredRows.column(database(), PLANS).equals(List.of("Mrs K retro v1")));
        until(() -> robot.lookup("#plans-notice").queryAs(Label.class).getText().equals("Saved \u201cMrs K retro\u201d (version 1)."));

        Path exported = dir.resolve("mrs-k.json");
        files.answer(exported);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        until(() -> Files.exists(exported));
        Plan back = PlanFiles.read(exported);
        assertThat(back.name()).isEqualTo("Mrs K retro");
        assertThat(back.blocks()).extracting(b -> b.kind()).containsExactly(BlockKind.HANDRAIL, BlockKind.HANDRAIL, BlockKind.RAMP,
                BlockKind.STEADY, BlockKind.COOLDOWN, BlockKind.INTERVALS, BlockKind.STEADY, BlockKind.COOLDOWN);

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(exported).replace("\"repeats\": 4", "\"repeats\": 0"));
        files.answer(broken);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#plans-notice").queryAs(Label.class).getText().contains("Block 6, Repeats: must be from 1 to 50"));
        assertThat(StoredRows.column(database(), PLANS)).containsExactly("Mrs K retro v1"); // refused whole
        files.answer(exported);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);   // the same plan again: asked, not doubled
        until(() -> Answer.open(robot));
        assertThat(robot.lookup("#overlay-question").queryAs(Label.class).getText())
                .isEqualTo("The library already has a plan named \u201cMrs K retro\u201d.");
        robot.type(KeyCode.ESCAPE);                                                // Esc: the safe answer, cancel
        until(() -> robot.lookup("#plans-notice").queryAs(Label.class).getText().equals("Nothing imported from mrs-k.json."));
        assertThat(StoredRows.column(database(), PLANS)).containsExactly("Mrs K retro v1");
        files.answer(exported);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        until(() -> Answer.open(robot));
        robot.type(KeyCode.K);                                                     // keep both
        until(() -> StoredRows.column(database(), PLANS).equals(List.of("Mrs K retro v1", "Mrs K retro (2) v1")));

        robot.type(KeyCode.ESCAPE);
        until(() -> focused(robot, "#client"));
        ChoiceList<?> plans = robot.lookup("#plans").queryAs(ChoiceList.class);
        until(() -> plans.items().size() == 7);
        assertThat(robot.lookup("#plan-description").queryAs(Label.class).getText()).contains("from the clinic's library");
    }
}
