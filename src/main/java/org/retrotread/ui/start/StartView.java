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

    public StartView(StartViewModel model, Consumer<StarterPlans.Starter> onChosen) {
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
        VBox left = new VBox(12, title, plans);
        root.setLeft(left);
        root.setCenter(description);
        BorderPane.setAlignment(description, javafx.geometry.Pos.TOP_LEFT);
        root.setBottom(hint);
        root.getStyleClass().add("start");
        plans.setPrefWidth(520);
        javafx.application.Platform.runLater(plans::requestFocus);
    }

    public Parent node() {
        return root;
    }
}
