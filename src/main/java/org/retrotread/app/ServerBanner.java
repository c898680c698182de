package org.retrotread.app;

import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The line across the top of every screen on a clinic workstation while something about the server needs saying:
 * the server away and the copy in use, events waiting and since when, the server asking who is there. Gone when all
 * is well; a live session goes on under it and never waits for the network.
 */
final class ServerBanner {

    private final AppState state;
    private final Label line = new Label();

    ServerBanner(AppState state) {
        this.state = state;
        line.setId("server-banner");
        line.getStyleClass().add("server-banner");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setVisible(false);
        line.setManaged(false);
    }

    Node node() {
        return line;
    }

    /** Shows what {@code status} calls for, or nothing. On the JavaFX thread. */
    void show(ClinicLink.Status status) {
        String words = ClinicLink.banner(state.text(), status, ZoneId.systemDefault()).orElse("");
        line.setText(words);
        line.setVisible(!words.isEmpty());
        line.setManaged(!words.isEmpty());
    }
}
