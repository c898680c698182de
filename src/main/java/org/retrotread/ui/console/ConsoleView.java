package org.retrotread.ui.console;

import java.util.OptionalInt;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.*;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionStatus;
import org.retrotread.ui.common.Background;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Overlay;

/**
 * The live session screen: large readouts a person can read from two metres, driven by keys.
 *
 * <p>All keys are caught by one filter on the scene, so they work whatever has focus; Esc is
 * emergency stop everywhere, even over an open question.
 */
public final class ConsoleView {

    private static final Duration TICK = Duration.millis(100);

    private final ConsoleViewModel model;
    private final Messages text;
    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final Overlay overlay;
    private final Timeline ticker;
    private final Label keys = new Label();
    private SpeedChart chart;
    private int ticks;

    private final Services services;
    private final FilePicker files;
    private final Background background;

    /**
     * What the console needs from the app.
     *
     * @param onClose     leaves the console once the session is over (back to the start screen)
     * @param files       asks where to export the session
     * @param background  writes the export off the screen's thread
     * @param toggleTheme switches between the light and the dark high-contrast theme
     * @param cues        plays a cue's sound
     * @param paper       the finished session printed, or saved as a PDF sheet or CSV
     */
    public record Services(Runnable onClose, FilePicker files, Background background, Runnable toggleTheme,
                           java.util.function.Consumer<Cue> cues, org.retrotread.ui.common.SessionPaper paper) {
    }

    public ConsoleView(ConsoleViewModel model, Services services) {
        this.model = model;
        this.services = services;
        this.files = services.files();
        this.background = services.background();
        model.onCue(services.cues());
        this.text = model.text();
        StackPane overlayLayer = new StackPane();
        overlay = new Overlay(overlayLayer, () -> text, root);
        root.setFocusTraversable(true); // the console itself takes the keyboard: no field needs focus
        main.setTop(header());
        main.setCenter(readouts());
        main.setRight(stopButton());
        main.setBottom(footer());
        main.getStyleClass().add("console");
        root.getChildren().addAll(main, overlayLayer);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Text grows with the window, so the numbers stay readable from two metres on a big screen.
        root.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT,
                "-fx-font-size: %.1fpx;", Math.max(12, Math.min(root.getWidth() / 80, root.getHeight() / 50))),
                root.widthProperty(), root.heightProperty()));
        root.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
        model.statusProperty().addListener((o, was, now) -> {
            if (now == SessionStatus.FINISHED) {
                showSummary();
                main.setRight(null); // nothing left to stop
                keys.setText(text.text("ui.console.keysFinished"));
            }
        });
        model.eventCountProperty().addListener((o, was, now) -> {
            if (model.state().status() == SessionStatus.FINISHED) {
                showSummary(); // a closing check-in or note belongs on the summary too
            }
        });
        ticker = new Timeline(new KeyFrame(TICK, e -> {
            model.tick();
            if (ticks++ % 5 == 0) { // the chart moves slowly: twice a second is plenty
                chart.show(model.trace(), model.activeTime());
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public Parent node() {
        return root;
    }

    private void showSummary() {
        Button back = new Button(text.text("ui.summary.back"));
        back.setId("summary-back");
        back.setFocusTraversable(false); // Enter is the console's key; the buttons are for the mouse
        back.setOnAction(e -> enter());
        Button exportButton = new Button(text.text("ui.summary.export"));
        exportButton.setId("summary-export");
        exportButton.setFocusTraversable(false);
        exportButton.setOnAction(e -> export());
        HBox buttons = new HBox(16, back, summaryButton("summary-print", "ui.summary.print", this::print),
                summaryButton("summary-pdf", "ui.summary.pdf", this::savePdf),
                summaryButton("summary-csv", "ui.summary.csv", this::saveCsv), exportButton);
        buttons.getStyleClass().add("summary-buttons");
        VBox page = new VBox(new SummaryPane(model.summary(), text).node(), buttons);
        VBox.setVgrow(page.getChildren().get(0), Priority.ALWAYS);
        main.setCenter(page);
    }

    private Button summaryButton(String id, String key, Runnable action) {
        Button b = org.retrotread.ui.common.Forms.button(id, text.text(key), action);
        b.setFocusTraversable(false); // every button has its key: P, D, V
        return b;
    }

    private void print() {
        services.paper().print(root, model::notice);
    }

    private void savePdf() {
        services.paper().savePdf(root, model::notice);
    }

    private void saveCsv() {
        services.paper().saveEventsCsv(root, model::notice);
    }

    /** Stops the screen's clock; the view is no longer shown. */
    public void dispose() {
        ticker.stop();
    }

    private Node header() {
        Label name = new Label(model.state().plan().name());
        name.getStyleClass().add("plan-name");
        Label progression = new Label();
        progression.setId("progression-note");
        progression.getStyleClass().add("progression-note");
        progression.textProperty().bind(model.progressionNoteProperty());
        progression.visibleProperty().bind(model.progressionNoteProperty().isNotEmpty());
        progression.managedProperty().bind(progression.visibleProperty());
        VBox plan = new VBox(2, name, progression);
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-pill");
        status.textProperty().bind(model.statusProperty().map(s -> text.text("SessionStatus." + s.name()).toUpperCase(text.locale())));
        model.statusProperty().addListener((o, was, now) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("stopped"), now == SessionStatus.EMERGENCY_STOPPED));
        Label mode = new Label(text.text("TreadmillMode." + model.state().plan().mode().name()));
        Label muted = new Label(text.text("ui.console.muted"));
        muted.setId("muted");
        muted.visibleProperty().bind(model.mutedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(20, plan, gap, muted, mode, status);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("console-header");
        return header;
    }

    private Node readouts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("readouts");
        grid.add(readout("ui.console.elapsed", "elapsed", model.elapsedProperty(), "huge"), 0, 0);
        grid.add(readout("ui.console.blockLeft", "block-left", model.blockTimeLeftProperty(), "big"), 1, 0);
        grid.add(readout("ui.console.target", "target", model.targetProperty(), "huge"), 0, 1);
        grid.add(readout("ui.console.actual", "actual", model.actualProperty(), "huge"), 1, 1);
        grid.add(readout("ui.console.block", "block", model.blockProperty(), "medium"), 0, 2);
        grid.add(readout("ui.console.rails", "rails", model.railsProperty(), "medium"), 1, 2);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);

        Label prompt = boundLabel("prompt", model.promptProperty(), "prompt");
        prompt.visibleProperty().bind(model.promptProperty().isNotEmpty());
        model.statusProperty().addListener((o, was, now) -> prompt.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("stopped"), now == SessionStatus.EMERGENCY_STOPPED));
        Label next = boundLabel("next", model.nextProperty(), "next");
        Label entry = new Label();
        entry.setId("entry");
        entry.getStyleClass().add("entry");
        entry.textProperty().bind(model.typedProperty().map(t -> t.isEmpty() ? "" : text.format("ui.console.typing", t, text.unit().symbol())));
        Label message = boundLabel("message", model.messageProperty(), "message");
        Label checkIn = boundLabel("check-in-due", model.checkInDueProperty(), "check-in-due");
        // Lines with nothing to say give their room to the chart.
        for (Label line : new Label[] {prompt, entry, next, checkIn, message}) {
            line.managedProperty().bind(line.visibleProperty());
            if (line != prompt) {
                line.visibleProperty().bind(line.textProperty().isNotEmpty());
            }
        }
        chart = new SpeedChart(text, model.state().plan().mode());
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox centre = new VBox(12, saveWarning(), grid, prompt, entry, next, checkIn, message, chart);
        centre.getStyleClass().add("console-centre");
        return centre;
    }

    /** Shown for as long as saving fails: the session goes on, and X exports it to a file. */
    private Node saveWarning() {
        Label warning = boundLabel("save-warning", model.saveProblemProperty(), "save-warning");
        Label hint = new Label(text.text("ui.console.exportHint"));
        hint.getStyleClass().add("save-warning-hint");
        VBox box = new VBox(4, warning, hint);
        box.getStyleClass().add("save-warning-box");
        box.visibleProperty().bind(model.saveProblemProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void export() {
        files.save(root, text.text("ui.console.exportTitle"), model.recording().exportFileName()).ifPresent(file ->
                background.run(() -> {
                    model.recording().exportTo(file);
                    return file;
                }, done -> model.notice(text.format("ui.console.exported", done)),
                        failed -> model.notice(text.format("ui.console.exportFailed", file, String.valueOf(failed.getMessage())))));
    }

    private VBox readout(String captionKey, String id, javafx.beans.value.ObservableValue<String> value, String size) {
        Label caption = new Label(text.text(captionKey));
        caption.getStyleClass().add("caption");
        Label figure = boundLabel(id, value, "figure");
        figure.getStyleClass().add(size);
        return new VBox(2, caption, figure);
    }

    private static Label boundLabel(String id, javafx.beans.value.ObservableValue<String> value, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.textProperty().bind(value);
        label.setWrapText(true);
        return label;
    }

    private Node stopButton() {
        Button stop = new Button(text.text("ui.console.stop"));
        stop.setId("emergency-stop");
        stop.getStyleClass().add("emergency-stop");
        stop.setFocusTraversable(false);
        stop.setMaxHeight(Double.MAX_VALUE);
        stop.setOnAction(e -> emergencyStop());
        return stop;
    }

    private Node footer() {
        keys.setText(text.text("ui.console.keys"));
        keys.setId("keys");
        keys.getStyleClass().add("keys");
        keys.setWrapText(true);
        return keys;
    }

    private void emergencyStop() {
        overlay.close();
        model.emergencyStop();
    }

    private void onTyped(KeyEvent e) {
        if (overlay.isOpen() || e.getCharacter().isEmpty()) {
            return;
        }
        char c = e.getCharacter().charAt(0);
        if (Character.isDigit(c) || c == '.' || c == ',') {
            model.type(c);
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            emergencyStop();
            return;
        }
        if (overlay.isOpen()) {
            return;
        }
        if (handle(e.getCode())) {
            e.consume();
        }
    }

    private boolean handle(KeyCode key) {
        switch (key) {
            case ENTER -> enter();
            case BACK_SPACE -> model.backspace();
            case UP -> afterEntry(model.nudge(0.1));
            case DOWN -> afterEntry(model.nudge(-0.1));
            case PAGE_UP -> afterEntry(model.nudge(0.5));
            case PAGE_DOWN -> afterEntry(model.nudge(-0.5));
            case SPACE -> pauseOrResume();
            case H -> hands();
            case N -> overlay.askText(text.text("ui.ask.nextBlockReason"), model::nextBlock);
            case E -> overlay.askText(text.text("ui.ask.endReason"), model::end);
            case C -> checkIn();
            case T -> overlay.askText(text.text("ui.ask.note"), model::addNote);
            case X -> export();
            case P, D, V -> {
                if (model.state().status() != SessionStatus.FINISHED) {
                    return false; // on paper once the session is over: never mid-session by a stray key
                }
                (key == KeyCode.P ? (Runnable) this::print : key == KeyCode.D ? (Runnable) this::savePdf : (Runnable) this::saveCsv).run();
            }
            case M -> model.toggleMute();
            case F1 -> help();
            case F2 -> services.toggleTheme().run();
            case F11 -> toggleFullScreen();
            default -> { return false; }
        }
        return true;
    }

    private void enter() {
        if (model.state().status() == SessionStatus.READY) {
            model.start();
        } else if (model.state().status() == SessionStatus.FINISHED) {
            model.leave();
            services.onClose().run();
        } else {
            afterEntry(model.enter());
        }
    }

    private void afterEntry(ConsoleViewModel.EntryOutcome outcome) {
        if (outcome == ConsoleViewModel.EntryOutcome.NEEDS_CONFIRMATION) {
            overlay.ask(model.questionProperty().get(), model::confirm, model::decline);
        }
    }

    private void pauseOrResume() {
        if (model.state().status() == SessionStatus.EMERGENCY_STOPPED) {
            overlay.ask(text.text("ui.ask.resumeAfterStop"), model::pauseOrResume, () -> { });
        } else {
            model.pauseOrResume();
        }
    }

    private void hands() {
        if (model.state().handsOnRails()) {
            overlay.ask(text.text("ui.ask.handsOff"), model::handsOff, () -> { });
        } else {
            model.handsBackOnRails();
        }
    }

    private void checkIn() {
        overlay.askFields(text.text("ui.ask.checkIn"), new String[] {"ui.checkIn.rpe", "ui.checkIn.pain"},
                answers -> model.checkIn(score(answers[0]), score(answers[1])));
    }

    /** A blank score is "not asked"; anything unreadable becomes -1 so the engine refuses it with its message. */
    private static OptionalInt score(String typed) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(t));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.of(-1);
        }
    }

    /** The keyboard table, from the bundle: one "key|action" line each. */
    private void help() {
        java.util.List<String[]> rows = text.text("ui.help.rows").lines().map(l -> l.split("\\|", 2)).toList();
        overlay.inform(text.text("ui.help.title"), rows);
    }

    private void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
