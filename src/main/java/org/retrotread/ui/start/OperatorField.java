package org.retrotread.ui.start;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Who runs the session: a name typed, or one of the names on record, stepped through with Up and Down
 * in the field or picked from the button beside it. A text field and a menu made when asked for,
 * rather than an editable ComboBox, whose skin and list cost the start screen's first frame about
 * 0.15 s (decision 0010).
 */
final class OperatorField {

    private final TextField field = new TextField();
    private final HBox node;

    OperatorField(StartViewModel model) {
        var text = model.text();
        field.setId("operator");
        field.setPromptText(text.text("ui.start.operatorPrompt"));
        field.textProperty().bindBidirectional(model.operatorProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                e.consume();
                model.stepOperator(e.getCode() == KeyCode.DOWN ? 1 : -1);
                field.end();
            }
        });
        Button names = new Button("\u25be");
        names.setId("operator-names");
        names.getStyleClass().add("pick-button");
        names.setFocusTraversable(false); // the keyboard has Up and Down in the field
        names.setAccessibleText(text.text("ui.start.operatorNames"));
        names.setDisable(model.operators().isEmpty());
        names.setOnAction(e -> {
            ContextMenu menu = new ContextMenu();
            for (String name : model.operators()) {
                MenuItem item = new MenuItem(name);
                item.setMnemonicParsing(false);
                item.setOnAction(a -> {
                    model.operatorProperty().set(name);
                    field.requestFocus();
                    field.end();
                });
                menu.getItems().add(item);
            }
            menu.show(field, Side.BOTTOM, 0, 0);
        });
        if (model.signed().isPresent()) { // a clinic workstation: the one signed in runs the session, by their login
            field.setEditable(false);
            field.setFocusTraversable(false);
            names.setDisable(true);
        }
        HBox.setHgrow(field, Priority.ALWAYS);
        node = new HBox(field, names);
    }

    TextField field() {
        return field;
    }

    Node node() {
        return node;
    }
}
