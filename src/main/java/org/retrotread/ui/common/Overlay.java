package org.retrotread.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.retrotread.i18n.Messages;

/**
 * A question shown over a screen, inside the same scene.
 *
 * <p>Not a modal dialog on purpose: a dialog is a second window that takes the keyboard, so the
 * console's scene-wide Esc (emergency stop) would stop working while it is open. Here Enter
 * answers yes, Backspace on an empty field answers no, and Esc stays with the console.
 *
 * <p>Two rules keep a stream of keystrokes from answering a question it opened by accident:
 * <ul>
 *   <li>the key that opened a question never types into it (characters are taken only after a key
 *       has been pressed inside the question);</li>
 *   <li>a question that ends, skips, releases or replaces something ({@link #ask}, {@link #askReason})
 *       has no default button: its Yes or OK is disabled for {@link #ARMING} after it opens, and an
 *       Enter held down from before it opened must be let go first. Enter before that does nothing.</li>
 * </ul>
 */
public final class Overlay {

    /** How long a guarded question waits before Enter can answer it: longer than a typed-through burst. */
    public static final Duration ARMING = Duration.millis(800);

    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final StackPane layer;
    private final Supplier<Messages> texts;
    private final Node home;
    private boolean enterDown;
    private boolean enterHeldSinceOpen;
    private boolean pressedInside;
    /** What had the keyboard when the question opened. */
    private Node before;

    /**
     * @param texts the words in use now (the language can change while the overlay lives)
     * @param home  where the keyboard goes back to when the question closes
     */
    public Overlay(StackPane layer, Supplier<Messages> texts, Node home) {
        this.layer = layer;
        this.texts = texts;
        this.home = home;
        layer.setVisible(false);
        layer.getStyleClass().add("overlay-layer");
        // Whether Enter is down, seen before anything else handles the key: a question opened by an
        // Enter press must not be answered by that same Enter, held or repeated.
        home.addEventFilter(KeyEvent.KEY_PRESSED, e -> enterDown |= e.getCode() == KeyCode.ENTER);
        home.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                enterDown = false;
                enterHeldSinceOpen = false;
            }
        });
        layer.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressedInside = true);
        layer.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!pressedInside) {
                e.consume(); // the character of the key that opened this question
            }
        });
    }

    public boolean isOpen() {
        return layer.isVisible();
    }

    public void close() {
        layer.getChildren().clear();
        layer.setVisible(false);
        // Back to the field the question interrupted (the client name, a plan list), if it is still there;
        // an answer that moves to another screen sets its own focus after this.
        Node back = before;
        before = null;
        if (back != null && back.getScene() == home.getScene() && back.isVisible() && !back.isDisabled()) {
            back.requestFocus();
            if (back instanceof TextInputControl field) {
                field.deselect(); // focus selects all, and the next key would replace what was typed
                field.end();
            }
        } else {
            home.requestFocus();
        }
    }

    /**
     * A yes/no question about something that cannot be taken back: {@code onYes} runs on the yes button
     * or on Enter once the question is armed, {@code onNo} on Backspace or the no button.
     */
    public void ask(String question, Runnable onYes, Runnable onNo) {
        Button yes = button("ui.overlay.yes", "confirm-yes");
        Button no = button("ui.overlay.no", "confirm-no");
        yes.setOnAction(e -> { close(); onYes.run(); });
        no.setOnAction(e -> { close(); onNo.run(); });
        VBox card = card(question, new HBox(16, yes, no));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { e.consume(); fireIfArmed(yes); }
            if (e.getCode() == KeyCode.BACK_SPACE) { e.consume(); no.fire(); }
        });
        show(card, no);
        arm(yes);
    }

    /** Asks for text (a note); blank answers are passed on so the engine can refuse them. */
    public void askText(String question, Consumer<String> onAnswer) {
        textQuestion(question, onAnswer, false);
    }

    /**
     * Asks why something is being ended, skipped or released early. Guarded like {@link #ask}: a reason
     * typed through in one burst after the key that opened it cannot confirm it.
     */
    public void askReason(String question, Consumer<String> onAnswer) {
        textQuestion(question, onAnswer, true);
    }

    private void textQuestion(String question, Consumer<String> onAnswer, boolean guarded) {
        TextField field = new TextField();
        field.setId("overlay-text");
        field.setPrefColumnCount(30);
        Button ok = button("ui.overlay.ok", "overlay-ok");
        Button cancel = button("ui.overlay.cancel", "overlay-cancel");
        ok.setOnAction(e -> { close(); onAnswer.accept(field.getText()); });
        cancel.setOnAction(e -> close());
        VBox card = card(question, field, new HBox(16, ok, cancel));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { e.consume(); fireIfArmed(ok); }
            if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty()) { e.consume(); cancel.fire(); }
        });
        show(card, field);
        if (guarded) {
            arm(ok);
        }
    }

    /** What is wrong with one field of {@link #askFields}: which field, and a sentence to show. */
    public record FieldError(int field, String message) {
    }

    /**
     * Asks for several short fields at once (a check-in's scores). OK checks the answers with
     * {@code check}: a wrong one keeps the question open with the field marked and the message shown,
     * and every answer as typed; only answers that pass reach {@code onAnswer}.
     */
    public void askFields(String question, String[] labelKeys, Function<String[], Optional<FieldError>> check,
                          Consumer<String[]> onAnswer) {
        TextField[] fields = new TextField[labelKeys.length];
        VBox rows = new VBox(8);
        for (int i = 0; i < labelKeys.length; i++) {
            fields[i] = new TextField();
            fields[i].setId("overlay-field-" + i);
            fields[i].setPrefColumnCount(4);
            fields[i].getStyleClass().add("overlay-field");
            Label label = new Label(texts.get().text(labelKeys[i]));
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
        Button ok = button("ui.overlay.ok", "overlay-ok");
        Button cancel = button("ui.overlay.cancel", "overlay-cancel");
        ok.setOnAction(e -> {
            String[] answers = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                answers[i] = fields[i].getText();
                fields[i].pseudoClassStateChanged(WRONG, false);
            }
            Optional<FieldError> wrong = check.apply(answers);
            if (wrong.isPresent()) {
                TextField field = fields[wrong.get().field()];
                field.pseudoClassStateChanged(WRONG, true);
                problem.setText(wrong.get().message());
                field.requestFocus();
                field.selectAll();
                return;
            }
            close();
            onAnswer.accept(answers);
        });
        cancel.setOnAction(e -> close());
        VBox card = card(question, rows, problem, new HBox(16, ok, cancel));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { e.consume(); ok.fire(); }
        });
        show(card, fields[0]);
    }

    /**
     * One answer to a question of several: a button with its own letter key.
     *
     * @param guarded armed like {@link #ask}'s Yes: neither its button nor its key answers for {@link #ARMING}
     */
    public record Choice(String label, String id, KeyCode key, boolean guarded, Runnable action) {
    }

    /**
     * A question with several answers, each a button and a letter key. The keyboard starts on the first
     * choice (the safe one, by the caller's order); Enter presses the button that has the focus, Tab moves.
     * There is no cancel: one of the answers is always "leave it as it is".
     */
    public void choose(String title, String detail, List<Choice> choices) {
        HBox buttons = new HBox(16);
        Button[] made = new Button[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            Button b = new Button(choice.label());
            b.setId(choice.id());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> { close(); choice.action().run(); });
            made[i] = b;
            buttons.getChildren().add(b);
        }
        Label text = new Label(detail);
        text.setId("overlay-detail");
        text.setWrapText(true);
        VBox card = card(title, text, buttons);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (int i = 0; i < choices.size(); i++) {
                if (e.getCode() == choices.get(i).key()) {
                    e.consume();
                    fireIfArmed(made[i]);
                }
            }
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                made[0].fire(); // the first answer is the one that leaves things as they are
            }
            if (e.getCode() == KeyCode.ENTER && card.getScene().getFocusOwner() instanceof Button focused) {
                e.consume();
                fireIfArmed(focused);
            }
        });
        show(card, made[0]);
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).guarded()) {
                arm(made[i]);
            }
        }
    }

    /**
     * A choice from a list, one row under another (the automatic backups, newest first), and a last row for
     * something else ({@code other}). Up and Down move, Enter picks the row with the focus, Backspace closes
     * without picking. Picking only chooses: whatever it leads to asks its own question.
     */
    public void pick(String title, List<String> rows, IntConsumer picked, String otherLabel, Runnable other) {
        VBox list = new VBox(6);
        list.setId("overlay-list");
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            Button b = new Button(rows.get(i));
            b.setId("overlay-row-" + i);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> { close(); picked.accept(index); });
            buttons.add(b);
        }
        Button another = new Button(otherLabel);
        another.setId("overlay-other");
        another.setMaxWidth(Double.MAX_VALUE);
        another.setOnAction(e -> { close(); other.run(); });
        buttons.add(another);
        list.getChildren().addAll(buttons);
        VBox card = card(title, list);
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
                close();
            }
        });
        show(card, buttons.get(0));
    }

    /** Something to read (the keyboard table): rows of two columns; Enter, Backspace or F1 closes it. */
    public void inform(String title, List<String[]> rows) {
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
        Button ok = button("ui.overlay.ok", "overlay-ok");
        ok.setOnAction(e -> close());
        // Longer than a small screen in some languages: it scrolls inside the card, never past the window.
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setMinHeight(0);
        // Measured on the window, not the layer: the layer is as tall as what it shows.
        scroll.maxHeightProperty().bind(Bindings.selectDouble(layer.sceneProperty(), "height").multiply(0.6));
        scroll.getStyleClass().add("edge-to-edge");
        VBox card = card(title, scroll, ok);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.F1) {
                e.consume();
                ok.fire();
            }
        });
        show(card, ok);
    }

    /** Enter answers only an armed button, and only with a fresh press. */
    private void fireIfArmed(Button button) {
        if (!button.isDisabled() && !enterHeldSinceOpen) {
            button.fire();
        }
    }

    /** Disables {@code button} for {@link #ARMING}: no default button on a question that cannot be undone. */
    private void arm(Button button) {
        button.setDisable(true);
        PauseTransition wait = new PauseTransition(ARMING);
        wait.setOnFinished(e -> button.setDisable(false));
        wait.play();
    }

    private Button button(String key, String id) {
        Button b = new Button(texts.get().text(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private VBox card(String question, Node... content) {
        Label q = new Label(question);
        q.setId("overlay-question");
        q.setWrapText(true);
        q.getStyleClass().add("overlay-question");
        VBox card = new VBox(16, q);
        card.getChildren().addAll(content);
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(720);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        return card;
    }

    private void show(VBox card, Node focus) {
        Node owner = layer.getScene() == null ? null : layer.getScene().getFocusOwner();
        if (!layer.isVisible() && owner != null && !inside(owner)) {
            before = owner;
        }
        enterHeldSinceOpen = enterDown;
        pressedInside = false;
        layer.getChildren().setAll(card);
        layer.setVisible(true);
        focus.requestFocus();
    }

    private boolean inside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == layer) {
                return true;
            }
        }
        return false;
    }
}
