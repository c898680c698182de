package org.retrotread.ui.start;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.retrotread.session.plan.StarterPlans;

/** Choose a starter plan (arrow keys) and press Enter to open the console with it. */
public final class StartView {

    private final BorderPane root = new BorderPane();

    /** What the start screen can ask the app to do besides starting a session. */
    public record Actions(Consumer<StarterPlans.Starter> start, Runnable backup, Runnable restore) {
    }

    public StartView(StartViewModel model, Actions actions) {
        Consumer<StarterPlans.Starter> onChosen = actions.start();
        Label title = new Label(model.text().text("ui.start.title"));
        title.getStyleClass().add("screen-title");
        ListView<StarterPlans.Starter> plans = new ListView<>();
        plans.setId("plans");
        plans.getItems().setAll(model.starters());
        plans.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StarterPlans.Starter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.plan().name());
            }
        });
        plans.getSelectionModel().select(model.selectedProperty().get());
        model.selectedProperty().bind(plans.getSelectionModel().selectedItemProperty());
        plans.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                onChosen.accept(model.selectedProperty().get());
            }
        });
        plans.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                onChosen.accept(model.selectedProperty().get());
            }
        });
        Label description = new Label();
        description.setId("plan-description");
        description.setWrapText(true);
        description.getStyleClass().add("plan-description");
        description.textProperty().bind(model.selectedProperty().map(model::describe));
        Label hint = new Label(model.text().text("ui.start.hint"));
        hint.getStyleClass().add("keys");
        Label data = new Label(model.dataLine());
        data.setId("data-line");
        data.getStyleClass().add("data-line");
        Label notice = new Label();
        notice.setId("notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        VBox left = new VBox(12, title, plans);
        if (model.readOnly()) {
            Label readOnly = new Label(model.readOnlyText());
            readOnly.setId("read-only");
            readOnly.setWrapText(true);
            readOnly.getStyleClass().add("read-only-banner");
            left.getChildren().add(0, readOnly);
        }
        root.setLeft(left);
        VBox right = new VBox(24, description, notice);
        root.setCenter(right);
        BorderPane.setAlignment(right, javafx.geometry.Pos.TOP_LEFT);
        root.setBottom(new VBox(4, data, hint));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.B) {
                e.consume();
                actions.backup().run();
            } else if (e.getCode() == KeyCode.R) {
                e.consume();
                actions.restore().run();
            }
        });
        root.getStyleClass().add("start");
        plans.setPrefWidth(520);
        javafx.application.Platform.runLater(plans::requestFocus);
    }

    public Parent node() {
        return root;
    }
}
