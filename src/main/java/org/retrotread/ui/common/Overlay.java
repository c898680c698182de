package org.retrotread.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;

/**
 * A question shown over a screen, inside the same scene.
 *
 * <p>Not a modal dialog on purpose: a dialog is a second window that takes the keyboard, so the
 * console's scene-wide Esc (emergency stop) would stop working while it is open. Here Enter
 * answers yes, Backspace on an empty field answers no, and Esc stays with the console.
 */
public final class Overlay {

    private final StackPane layer;
    private final java.util.function.Supplier<Messages> texts;
    private final javafx.scene.Node home;

    /**
     * @param texts the words in use now (the language can change while the overlay lives)
     * @param home  where the keyboard goes back to when the question closes
     */
    public Overlay(StackPane layer, java.util.function.Supplier<Messages> texts, javafx.scene.Node home) {
        this.layer = layer;
        this.texts = texts;
        this.home = home;
        layer.setVisible(false);
        layer.getStyleClass().add("overlay-layer");
    }

    public boolean isOpen() {
        return layer.isVisible();
    }

    public void close() {
        layer.getChildren().clear();
        layer.setVisible(false);
        home.requestFocus();
    }

    /** A yes/no question: {@code onYes} runs on Enter or the yes button, {@code onNo} on Backspace or no. */
    public void ask(String question, Runnable onYes, Runnable onNo) {
        Button yes = button("ui.overlay.yes", "confirm-yes");
        Button no = button("ui.overlay.no", "confirm-no");
        yes.setDefaultButton(true);
        yes.setOnAction(e -> { close(); onYes.run(); });
        no.setOnAction(e -> { close(); onNo.run(); });
        VBox card = card(question, new HBox(16, yes, no));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { e.consume(); yes.fire(); }
            if (e.getCode() == KeyCode.BACK_SPACE) { e.consume(); no.fire(); }
        });
        show(card, yes);
    }

    /** Asks for text (a reason, a note); blank answers are passed on so the engine can refuse them. */
    public void askText(String question, Consumer<String> onAnswer) {
        TextField field = new TextField();
        field.setId("overlay-text");
        field.setPrefColumnCount(30);
        Button ok = button("ui.overlay.ok", "overlay-ok");
        Button cancel = button("ui.overlay.cancel", "overlay-cancel");
        ok.setOnAction(e -> { close(); onAnswer.accept(field.getText()); });
        cancel.setOnAction(e -> close());
        VBox card = card(question, field, new HBox(16, ok, cancel));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { e.consume(); ok.fire(); }
            if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty()) { e.consume(); cancel.fire(); }
        });
        show(card, field);
    }

    /** Asks for several short fields at once (a check-in's scores); answers in the order given. */
    public void askFields(String question, String[] labelKeys, Consumer<String[]> onAnswer) {
        TextField[] fields = new TextField[labelKeys.length];
        VBox rows = new VBox(8);
        for (int i = 0; i < labelKeys.length; i++) {
            fields[i] = new TextField();
            fields[i].setId("overlay-field-" + i);
            fields[i].setPrefColumnCount(4);
            Label label = new Label(texts.get().text(labelKeys[i]));
            label.setLabelFor(fields[i]);
            HBox row = new HBox(12, label, fields[i]);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        Button ok = button("ui.overlay.ok", "overlay-ok");
        Button cancel = button("ui.overlay.cancel", "overlay-cancel");
        ok.setOnAction(e -> {
            close();
            String[] answers = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                answers[i] = fields[i].getText();
            }
            onAnswer.accept(answers);
        });
        cancel.setOnAction(e -> close());
        VBox card = card(question, rows, new HBox(16, ok, cancel));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { e.consume(); ok.fire(); }
        });
        show(card, fields[0]);
    }

    /** Something to read (the keyboard table): rows of two columns; Enter, Backspace or F1 closes it. */
    public void inform(String title, java.util.List<String[]> rows) {
        javafx.scene.layout.GridPane table = new javafx.scene.layout.GridPane();
        table.setId("help-table");
        table.getStyleClass().add("help-table");
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i)[0]);
            key.getStyleClass().add("help-key");
            table.addRow(i, key, new Label(rows.get(i).length > 1 ? rows.get(i)[1] : ""));
        }
        Button ok = button("ui.overlay.ok", "overlay-ok");
        ok.setOnAction(e -> close());
        VBox card = card(title, table, ok);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.F1) {
                e.consume();
                ok.fire();
            }
        });
        show(card, ok);
    }

    private Button button(String key, String id) {
        Button b = new Button(texts.get().text(key));
        b.setId(id);
        return b;
    }

    private VBox card(String question, javafx.scene.Node... content) {
        Label q = new Label(question);
        q.setId("overlay-question");
        q.setWrapText(true);
        q.getStyleClass().add("overlay-question");
        VBox card = new VBox(16, q);
        card.getChildren().addAll(content);
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(720);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return card;
    }

    private void show(VBox card, javafx.scene.Node focus) {
        layer.getChildren().setAll(card);
        layer.setVisible(true);
        focus.requestFocus();
    }
}
