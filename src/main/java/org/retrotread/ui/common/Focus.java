package org.retrotread.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves the keyboard to a field once it can take it: a node asks for focus in vain before it is in a
 * scene, and a scene being built is laid out only at the next pulse. The one place a screen says
 * "the keyboard starts here".
 */
public final class Focus {

    private Focus() {
    }

    /** Focuses {@code node} after the pulse that shows it (now if it is already in a scene). */
    public static void onceShown(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> value, Scene was, Scene now) {
                if (now != null) {
                    value.removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
