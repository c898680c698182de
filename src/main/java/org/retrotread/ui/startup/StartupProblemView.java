package org.retrotread.ui.startup;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.store.StoreProblem;
import org.retrotread.ui.common.Focus;

/**
 * Why the database could not be opened, in words, and what can be done: use another database
 * file, or quit. When another Retrotread has the database, the only choice is to close.
 */
public final class StartupProblemView {

    private final StackPane root = new StackPane();

    public StartupProblemView(StoreProblem problem, Messages text, Runnable onOtherFile, Runnable onQuit) {
        Label title = new Label(text.text("ui.problem.title"));
        title.getStyleClass().add("screen-title");
        Label message = new Label(text.format(problem.message()));
        message.setId("problem-message");
        message.setWrapText(true);
        message.getStyleClass().add("problem-text");
        Button quit = new Button(text.text(problem.kind() == StoreProblem.Kind.IN_USE ? "ui.problem.close" : "ui.problem.quit"));
        quit.setId("problem-quit");
        quit.setOnAction(e -> onQuit.run());
        HBox buttons = new HBox(16);
        if (problem.kind() != StoreProblem.Kind.IN_USE) {
            Button other = new Button(text.text("ui.problem.otherFile"));
            other.setId("problem-other-file");
            other.setOnAction(e -> onOtherFile.run());
            other.setDefaultButton(true);
            buttons.getChildren().add(other);
            root.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.N) {
                    onOtherFile.run();
                }
            });
        } else {
            quit.setDefaultButton(true);
        }
        buttons.getChildren().add(quit);
        VBox card = new VBox(24, title, message, buttons);
        card.getStyleClass().add("problem-card");
        card.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(card);
        Focus.onceShown(buttons.getChildren().get(0));
    }

    public Parent node() {
        return root;
    }
}
