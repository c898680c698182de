package org.retrotread.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
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

    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

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
    private final OverlayCards cards = new OverlayCards(this);

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

    Messages text() {
        return texts.get();
    }

    /** The layer the questions are shown on. */
    StackPane layer() {
        return layer;
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
        cards.askFields(question, labelKeys, check, onAnswer);
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
        cards.choose(title, detail, choices);
    }

    /**
     * A choice from a list, one row under another (the automatic backups, newest first), and a last row for
     * something else ({@code other}). Up and Down move, Enter picks the row with the focus, Backspace closes
     * without picking. Picking only chooses: whatever it leads to asks its own question.
     */
    public void pick(String title, List<String> rows, IntConsumer picked, String otherLabel, Runnable other) {
        cards.pick(title, rows, picked, otherLabel, other);
    }

    /** Something to read (the keyboard table): rows of two columns; Enter, Backspace or F1 closes it. */
    public void inform(String title, List<String[]> rows) {
        cards.inform(title, rows);
    }

    /** Enter answers only an armed button, and only with a fresh press. */
    void fireIfArmed(Button button) {
        if (!button.isDisabled() && !enterHeldSinceOpen) {
            button.fire();
        }
    }

    /** Disables {@code button} for {@link #ARMING}: no default button on a question that cannot be undone. */
    void arm(Button button) {
        button.setDisable(true);
        PauseTransition wait = new PauseTransition(ARMING);
        wait.setOnFinished(e -> button.setDisable(false));
        wait.play();
    }

    Button button(String key, String id) {
        Button b = new Button(texts.get().text(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    VBox card(String question, Node... content) {
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

    void show(VBox card, Node focus) {
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
