package org.retrotread.ui.console;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionStatus;

/** The console's small building blocks: bound labels, the typed-entry line, the red "stopped" mark. */
final class ConsoleLabels {

    private static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");

    private ConsoleLabels() {
    }

    static Label bound(String id, ObservableValue<String> value, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.textProperty().bind(value);
        label.setWrapText(true);
        return label;
    }

    /** A line that takes no room while it has nothing to say, and is never squeezed when it has. */
    static Label line(String id, ObservableValue<String> value, String style) {
        Label label = bound(id, value, style);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Red while the session is emergency-stopped, from the first frame (a resumed session can open stopped). */
    static void markStopped(Node node, ConsoleViewModel model) {
        node.pseudoClassStateChanged(STOPPED, model.readouts().statusProperty().get() == SessionStatus.EMERGENCY_STOPPED);
        model.readouts().statusProperty().addListener((o, was, now) -> node.pseudoClassStateChanged(STOPPED,
                now == SessionStatus.EMERGENCY_STOPPED));
    }

    /**
     * What is being typed: the figure large, how to finish it small beside it. Shown on the live screen and
     * on the summary (a digit opens an entry there too, so the letters after it are seen to join it).
     */
    static Node entryLine(ConsoleViewModel model) {
        Messages text = model.text();
        Label entry = new Label();
        entry.setId("entry");
        entry.getStyleClass().add("entry");
        entry.setMinWidth(Region.USE_PREF_SIZE);
        entry.textProperty().bind(Bindings.createStringBinding(() -> {
            String t = model.typedProperty().get();
            TypedEntry.Kind kind = model.entryKindProperty().get();
            if (kind == TypedEntry.Kind.GRADE) {
                return text.format("ui.console.typingGrade", t.isEmpty() ? "_" : t);
            }
            return t.isEmpty() ? "" : text.format("ui.console.typing", t, text.unit().symbol());
        }, model.typedProperty(), model.entryKindProperty()));
        Label hint = new Label(text.text("ui.console.typingHint"));
        hint.setId("entry-hint");
        hint.getStyleClass().add("entry-hint");
        hint.setWrapText(true);
        HBox line = new HBox(24, entry, hint);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.visibleProperty().bind(model.entryKindProperty().isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** One figure under its caption. */
    interface Readout {
        VBox of(String captionKey, String id, ObservableValue<String> value, String size);
    }

    /**
     * A readout with a short explanation beside its caption (what a grade means for a backward walker): on the
     * caption's line, so the row is no taller than its neighbours'.
     */
    static VBox noted(VBox readout, String id, ObservableValue<String> note) {
        Node caption = readout.getChildren().remove(0);
        Label explained = bound(id, note.map(n -> n.isEmpty() ? "" : "\u00b7 " + n), "caption");
        explained.setWrapText(false);
        HBox line = new HBox(6, caption, explained);
        line.setAlignment(Pos.BASELINE_LEFT);
        readout.getChildren().add(0, line);
        return readout;
    }

    static VBox readout(String caption, String id, ObservableValue<String> value, String size) {
        Label name = new Label(caption);
        name.getStyleClass().add("caption");
        Label figure = bound(id, value, "figure");
        figure.getStyleClass().add(size);
        return new VBox(2, name, figure);
    }

    /**
     * Two readouts side by side, half the width each. An HBox rather than a grid: it gives a wrapping
     * figure the height of its wrapped lines, where a grid with percentage columns cuts it short.
     */
    static HBox halves(VBox left, VBox right) {
        for (VBox half : new VBox[] {left, right}) {
            half.setMinWidth(0);
            half.setPrefWidth(0);
            half.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(half, Priority.ALWAYS);
        }
        HBox row = new HBox(left, right);
        row.getStyleClass().add("readout-row");
        return row;
    }
}
