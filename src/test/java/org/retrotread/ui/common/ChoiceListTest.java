package org.retrotread.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start screen's light list, in a real scene: keys, the mouse, a window over a long list, filtering. */
@ExtendWith(ApplicationExtension.class)
class ChoiceListTest {

    private final ObservableList<String> all = FXCollections.observableArrayList(
            IntStream.rangeClosed(1, 12).mapToObj(i -> "Plan " + i).toList());
    private final FilteredList<String> shown = new FilteredList<>(all);
    private ChoiceList<String> list;

    @Start
    void start(Stage stage) {
        list = new ChoiceList<>(shown, s -> s.toUpperCase(), 4, n -> n + " above", n -> n + " below");
        list.setId("list");
        list.selectedProperty().set("Plan 1");
        stage.setScene(new Scene(new VBox(new TextField(), list), 400, 400));
        stage.show();
        list.requestFocus();
    }

    private List<String> rowTexts(FxRobot robot) {
        return robot.lookup("#list .choice").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String more(FxRobot robot) {
        return robot.lookup("#list .choice-more").queryAs(Label.class).getText();
    }

    private String chosenRow(FxRobot robot) {
        return robot.lookup("#list .choice").queryAllAs(Label.class).stream()
                .filter(l -> l.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")))
                .map(Label::getText).findFirst().orElse("");
    }

    @Test
    void arrowsMoveTheChoiceAndTheWindowFollowsIt(FxRobot robot) {
        assertThat(rowTexts(robot)).containsExactly("PLAN 1", "PLAN 2", "PLAN 3", "PLAN 4");
        assertThat(more(robot)).isEqualTo("8 below");
        robot.type(KeyCode.DOWN, 4);
        assertThat(list.selectedProperty().get()).isEqualTo("Plan 5");
        assertThat(rowTexts(robot)).containsExactly("PLAN 2", "PLAN 3", "PLAN 4", "PLAN 5");
        assertThat(chosenRow(robot)).isEqualTo("PLAN 5");
        assertThat(more(robot)).isEqualTo("1 above   7 below");
        robot.type(KeyCode.END);
        assertThat(list.selectedProperty().get()).isEqualTo("Plan 12");
        assertThat(more(robot)).isEqualTo("8 above");
        robot.type(KeyCode.PAGE_UP);
        assertThat(list.selectedProperty().get()).isEqualTo("Plan 8");
        robot.type(KeyCode.HOME).type(KeyCode.UP);                     // stays on the first
        assertThat(list.selectedProperty().get()).isEqualTo("Plan 1");
    }

    @Test
    void aClickChoosesTheRowAndTheWheelMovesTheWindowOnly(FxRobot robot) {
        Node third = robot.lookup("#list .choice").queryAllAs(Label.class).stream().toList().get(2);
        robot.clickOn(third);
        assertThat(list.selectedProperty().get()).isEqualTo("Plan 3");
        assertThat(list.isFocused()).isTrue();
        robot.interact(() -> list.fireEvent(wheel(-40)));   // one notch down
        assertThat(list.selectedProperty().get()).isEqualTo("Plan 3");
        assertThat(rowTexts(robot).get(0)).isEqualTo("PLAN 2");
        robot.interact(() -> list.fireEvent(wheel(40)));
        assertThat(rowTexts(robot).get(0)).isEqualTo("PLAN 1");
    }

    private static ScrollEvent wheel(double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false, false, 0, deltaY, 0,
                deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void aShorterListHasFewerRowsInABoxOfTheSameHeightAndKeepsTheChoiceInView(FxRobot robot) {
        Node box = robot.lookup("#list .choice-rows").query();
        double fullHeight = box.getLayoutBounds().getHeight();
        robot.type(KeyCode.END);
        robot.interact(() -> shown.setPredicate(s -> s.endsWith("1") || s.endsWith("2")));  // Plan 1, 2, 11, 12
        assertThat(rowTexts(robot)).containsExactly("PLAN 1", "PLAN 2", "PLAN 11", "PLAN 12");
        assertThat(chosenRow(robot)).isEqualTo("PLAN 12");
        assertThat(more(robot)).isEmpty();
        robot.interact(() -> shown.setPredicate(s -> s.equals("Plan 3")));
        assertThat(rowTexts(robot)).containsExactly("PLAN 3");          // one label, not four
        assertThat(chosenRow(robot)).isEmpty();                         // the choice is not in the list
        assertThat(box.getLayoutBounds().getHeight()).isEqualTo(fullHeight);
        robot.interact(() -> shown.setPredicate(s -> false));
        assertThat(rowTexts(robot)).containsExactly("");                // the row a height is measured by
        assertThat(box.getLayoutBounds().getHeight()).isEqualTo(fullHeight);
        robot.interact(() -> shown.setPredicate(s -> true));            // rows are made again as items come back
        assertThat(rowTexts(robot)).hasSize(4);
        Node second = robot.lookup("#list .choice").queryAllAs(Label.class).stream().toList().get(1);
        robot.clickOn(second);
        assertThat(list.selectedProperty().get()).isEqualTo(rowTexts(robot).get(1).replace("PLAN", "Plan"));
        assertThat(box.getLayoutBounds().getHeight()).isEqualTo(fullHeight);
    }
}
