package org.retrotread.ui.console;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;

/** The console's top line: who walks, the plan, precautions, why the speeds are what they are; status and mode. */
final class ConsoleHeader {

    private ConsoleHeader() {
    }

    static Node of(ConsoleViewModel model) {
        Messages text = model.text();
        ConsoleAbout about = model.about();
        Label name = new Label(model.state().plan().name());
        name.getStyleClass().add("plan-name");
        name.setWrapText(true);
        Label client = optional("client-name", about.clientNameProperty());
        Label progression = optional("progression-note", about.progressionNoteProperty());
        Label precautions = optional("precautions", about.precautionsProperty()
                .map(p -> p.isBlank() ? "" : text.format("ui.console.precautions", p)));
        VBox plan = new VBox(2, client, name, precautions, progression);
        plan.setMinWidth(0);
        HBox.setHgrow(plan, Priority.ALWAYS);
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-pill");
        status.textProperty().bind(model.readouts().statusProperty()
                .map(s -> text.text("SessionStatus." + s.name()).toUpperCase(text.locale())));
        ConsoleLabels.markStopped(status, model);
        Label mode = new Label(text.text("TreadmillMode." + model.state().plan().mode().name()));
        mode.setId("mode");
        Label muted = new Label(text.text("ui.console.muted"));
        muted.setId("muted");
        muted.visibleProperty().bind(model.mutedProperty());
        muted.managedProperty().bind(muted.visibleProperty());
        for (Label whole : new Label[] {status, mode, muted}) {
            whole.setMinWidth(Region.USE_PREF_SIZE); // the plan's name wraps first: these are never cut
        }
        HBox header = new HBox(20, plan, muted, mode, status);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("console-header");
        return header;
    }

    /** A wrapping line that takes no room while empty; its style class is its id. */
    private static Label optional(String id, ObservableValue<String> value) {
        Label label = ConsoleLabels.bound(id, value, id);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
