package org.retrotread.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The {@link Overlay}'s larger cards: several fields, a choice of buttons, a pick from rows, a table to read. */
final class OverlayCards {

    private final Overlay overlay;

    OverlayCards(Overlay overlay) {
        this.overlay = overlay;
    }

    /**
     * Asks for several short fields at once (a check-in's scores). OK checks the answers with
     * {@code check}: a wrong one keeps the question open with the field marked and the message shown,
     * and every answer as typed; only answers that pass reach {@code onAnswer}.
     */
    void askFields(String question, String[] labelKeys, Function<String[], Optional<Overlay.FieldError>> check,
                          Consumer<String[]> onAnswer) {
        TextField[] fields = new TextField[labelKeys.length];
        VBox rows = new VBox(8);
        for (int i = 0; i < labelKeys.length; i++) {
            fields[i] = new TextField();
            fields[i].setId("overlay-field-" + i);
            fields[i].setPrefColumnCount(4);
            fields[i].getStyleClass().add("overlay-field");
            Label label = new Label(overlay.text().text(labelKeys[i]));
            label.setLabelFor(fields[i]);
            HBox row = new HBox(12, label, fields[i]);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        Label problem = new Label();
        problem.setId("overlay-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        Button ok = overlay.button("ui.overlay.ok", "overlay-ok");
        Button cancel = overlay.button("ui.overlay.cancel", "overlay-cancel");
        ok.setOnAction(e -> {
            String[] answers = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                answers[i] = fields[i].getText();
                fields[i].pseudoClassStateChanged(Overlay.WRONG, false);
            }
            Optional<Overlay.FieldError> wrong = check.apply(answers);
            if (wrong.isPresent()) {
                TextField field = fields[wrong.get().field()];
                field.pseudoClassStateChanged(Overlay.WRONG, true);
                problem.setText(wrong.get().message());
                field.requestFocus();
                field.selectAll();
                return;
            }
            overlay.close();
            onAnswer.accept(answers);
        });
        cancel.setOnAction(e -> overlay.close());
        VBox card = overlay.card(question, rows, problem, new HBox(16, ok, cancel));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { e.consume(); ok.fire(); }
        });
        overlay.show(card, fields[0]);
    }

    /**
     * A question with several answers, each a button and a letter key. The keyboard starts on the first
     * choice (the safe one, by the caller's order); Enter presses the button that has the focus, Tab moves.
     * There is no cancel: one of the answers is always "leave it as it is".
     */
    void choose(String title, String detail, List<Overlay.Choice> choices) {
        HBox buttons = new HBox(16);
        Button[] made = new Button[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            Overlay.Choice choice = choices.get(i);
            Button b = new Button(choice.label());
            b.setId(choice.id());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> { overlay.close(); choice.action().run(); });
            made[i] = b;
            buttons.getChildren().add(b);
        }
        Label text = new Label(detail);
        text.setId("overlay-detail");
        text.setWrapText(true);
        VBox card = overlay.card(title, text, buttons);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (int i = 0; i < choices.size(); i++) {
                if (e.getCode() == choices.get(i).key()) {
                    e.consume();
                    overlay.fireIfArmed(made[i]);
                }
            }
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                made[0].fire(); // the first answer is the one that leaves things as they are
            }
            if (e.getCode() == KeyCode.ENTER && card.getScene().getFocusOwner() instanceof Button focused) {
                e.consume();
                overlay.fireIfArmed(focused);
            }
        });
        overlay.show(card, made[0]);
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).guarded()) {
                overlay.arm(made[i]);
            }
        }
    }

    /**
     * A choice from a list, one row under another (the automatic backups, newest first), and a last row for
     * something else ({@code other}). Up and Down move, Enter picks the row with the focus, Backspace closes
     * without picking. Picking only chooses: whatever it leads to asks its own question.
     */
    void pick(String title, List<String> rows, IntConsumer picked, String otherLabel, Runnable other) {
        VBox list = new VBox(6);
        list.setId("overlay-list");
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            Button b = new Button(rows.get(i));
            b.setId("overlay-row-" + i);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> { overlay.close(); picked.accept(index); });
            buttons.add(b);
        }
        Button another = new Button(otherLabel);
        another.setId("overlay-other");
        another.setMaxWidth(Double.MAX_VALUE);
        another.setOnAction(e -> { overlay.close(); other.run(); });
        buttons.add(another);
        list.getChildren().addAll(buttons);
        VBox card = overlay.card(title, list);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = buttons.indexOf(card.getScene().getFocusOwner());
            if (e.getCode() == KeyCode.DOWN && at >= 0 && at < buttons.size() - 1) {
                e.consume();
                buttons.get(at + 1).requestFocus();
            } else if (e.getCode() == KeyCode.UP && at > 0) {
                e.consume();
                buttons.get(at - 1).requestFocus();
            } else if (e.getCode() == KeyCode.ENTER && at >= 0) {
                e.consume();
                buttons.get(at).fire();
            } else if (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                overlay.close();
            }
        });
        overlay.show(card, buttons.get(0));
    }

    /** Something to read (the keyboard table): rows of two columns; Enter, Backspace or F1 closes it. */
    void inform(String title, List<String[]> rows) {
        // Rows of two boxes rather than a grid: a box gives a wrapping description the height of its lines,
        // where a grid in a narrow card cuts it to one.
        VBox table = new VBox(4);
        table.setId("help-table");
        table.getStyleClass().add("help-table");
        for (String[] row : rows) {
            Label key = new Label(row[0]);
            key.getStyleClass().add("help-key");
            key.setWrapText(true);
            key.setMinWidth(0);
            key.setPrefWidth(0);
            HBox.setHgrow(key, Priority.ALWAYS);
            Label action = new Label(row.length > 1 ? row[1] : "");
            action.setWrapText(true);
            action.setMinWidth(0);
            action.setPrefWidth(0);
            action.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(action, Priority.ALWAYS);
            key.setMaxWidth(Double.MAX_VALUE);
            action.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(24, key, action);
            line.setMinHeight(Region.USE_PREF_SIZE);
            table.getChildren().add(line);
        }
        Button ok = overlay.button("ui.overlay.ok", "overlay-ok");
        ok.setOnAction(e -> overlay.close());
        // Longer than a small screen in some languages: it scrolls inside the card, never past the window.
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setMinHeight(0);
        // Measured on the window, not the layer: the layer is as tall as what it shows.
        scroll.maxHeightProperty().bind(Bindings.selectDouble(overlay.layer().sceneProperty(), "height").multiply(0.6));
        scroll.getStyleClass().add("edge-to-edge");
        VBox card = overlay.card(title, scroll, ok);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.F1) {
                e.consume();
                ok.fire();
            }
        });
        overlay.show(card, ok);
    }
}
