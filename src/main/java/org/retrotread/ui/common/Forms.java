package org.retrotread.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces every form is made of: a bound field, its message line (there only when it has something to say), a caption. */
public final class Forms {

    private Forms() {
    }

    public static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** The field with its error message under it; the message takes no room while empty. */
    public static Node withError(TextField field, StringProperty error, String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("message");
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(4, field, message);
    }

    /** A button with an id (for tests and styles) that runs {@code action}. */
    public static Button button(String id, String label, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A caption that is never cut short. */
    public static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
