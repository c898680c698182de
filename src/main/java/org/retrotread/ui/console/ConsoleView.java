package org.retrotread.ui.console;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionStatus;
import org.retrotread.ui.common.Background;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Forms;
import org.retrotread.ui.common.Overlay;
import org.retrotread.ui.common.SessionPaper;

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
                           Consumer<Cue> cues, SessionPaper paper) {
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
        new FitToWindow(root, main).start();
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
        Label notice = boundLabel("summary-notice", model.messageProperty(), "notice");
        notice.visibleProperty().bind(model.messageProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMinHeight(Region.USE_PREF_SIZE);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Node entry = entryLine();
        Region summary = (Region) new SummaryPane(model.summary(), text, new SummaryPane.About(
                Optional.of(model.clientNameProperty().get()).filter(n -> !n.isBlank()), model.state().wallClockStart(),
                model.operatorProperty().get())).node();
        summary.setPrefHeight(0); // it scrolls: its length is no reason to shrink the console's text (FitToWindow)
        VBox page = new VBox(summary, entry, notice, buttons);
        VBox.setVgrow(page.getChildren().get(0), Priority.ALWAYS);
        main.setCenter(page);
    }

    private Button summaryButton(String id, String key, Runnable action) {
        Button b = Forms.button(id, text.text(key), action);
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
        name.setWrapText(true);
        Label client = new Label();
        client.setId("client-name");
        client.getStyleClass().add("client-name");
        client.textProperty().bind(model.clientNameProperty());
        client.visibleProperty().bind(model.clientNameProperty().isNotEmpty());
        client.managedProperty().bind(client.visibleProperty());
        client.setWrapText(true);
        Label progression = new Label();
        progression.setId("progression-note");
        progression.getStyleClass().add("progression-note");
        progression.textProperty().bind(model.progressionNoteProperty());
        progression.visibleProperty().bind(model.progressionNoteProperty().isNotEmpty());
        progression.managedProperty().bind(progression.visibleProperty());
        progression.setWrapText(true);
        Label precautions = new Label();
        precautions.setId("precautions");
        precautions.getStyleClass().add("precautions");
        precautions.textProperty().bind(model.precautionsProperty().map(p -> p.isBlank() ? "" : text.format("ui.console.precautions", p)));
        precautions.visibleProperty().bind(precautions.textProperty().isNotEmpty());
        precautions.managedProperty().bind(precautions.visibleProperty());
        precautions.setWrapText(true);
        VBox plan = new VBox(2, client, name, precautions, progression);
        plan.setMinWidth(0);
        HBox.setHgrow(plan, Priority.ALWAYS);
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-pill");
        status.textProperty().bind(model.statusProperty().map(s -> text.text("SessionStatus." + s.name()).toUpperCase(text.locale())));
        markStopped(status);
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

    /** Red while the session is emergency-stopped, from the first frame (a resumed session can open stopped). */
    private void markStopped(Node node) {
        PseudoClass stopped = PseudoClass.getPseudoClass("stopped");
        node.pseudoClassStateChanged(stopped, model.statusProperty().get() == SessionStatus.EMERGENCY_STOPPED);
        model.statusProperty().addListener((o, was, now) -> node.pseudoClassStateChanged(stopped,
                now == SessionStatus.EMERGENCY_STOPPED));
    }

    private Node readouts() {
        VBox grid = new VBox(
                halves(readout("ui.console.elapsed", "elapsed", model.elapsedProperty(), "huge"),
                        readout("ui.console.blockLeft", "block-left", model.blockTimeLeftProperty(), "big")),
                halves(readout("ui.console.target", "target", model.targetProperty(), "huge"),
                        readout("ui.console.actual", "actual", model.actualProperty(), "huge")),
                halves(readout("ui.console.block", "block", model.blockProperty(), "medium"),
                        readout("ui.console.rails", "rails", model.railsProperty(), "medium")));
        grid.getStyleClass().add("readouts");
        grid.setMinHeight(Region.USE_PREF_SIZE); // a figure is never squeezed onto fewer lines than it needs

        Label prompt = boundLabel("prompt", model.promptProperty(), "prompt");
        prompt.visibleProperty().bind(model.promptProperty().isNotEmpty());
        prompt.setMaxWidth(Double.MAX_VALUE);
        markStopped(prompt);
        Label next = boundLabel("next", model.nextProperty(), "next");
        Node entry = entryLine();
        Label message = boundLabel("message", model.messageProperty(), "message");
        Label checkIn = boundLabel("check-in-due", model.checkInDueProperty(), "check-in-due");
        // Lines with nothing to say give their room to the chart.
        for (Label line : new Label[] {prompt, next, checkIn, message}) {
            line.managedProperty().bind(line.visibleProperty());
            if (line != prompt) {
                line.visibleProperty().bind(line.textProperty().isNotEmpty());
            }
        }
        chart = new SpeedChart(text, model.state().plan().mode());
        chart.setMinHeight(0); // the chart takes what is left: every sentence above it stays whole
        chart.setPrefHeight(0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        for (Label line : new Label[] {prompt, next, checkIn, message}) {
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox centre = new VBox(12, saveWarning(), grid, prompt, entry, next, checkIn, message, chart);
        centre.getStyleClass().add("console-centre");
        return centre;
    }

    /** Shown for as long as saving fails: the session goes on, and X exports it to a file. */
    /**
     * What is being typed: the figure large, how to finish it small beside it. Shown on the live screen and
     * on the summary (a digit opens an entry there too, so the letters after it are seen to join it).
     */
    private Node entryLine() {
        Label entry = new Label();
        entry.setId("entry");
        entry.getStyleClass().add("entry");
        entry.setMinWidth(Region.USE_PREF_SIZE);
        entry.textProperty().bind(model.typedProperty().map(t -> t.isEmpty() ? "" : text.format("ui.console.typing", t, text.unit().symbol())));
        Label hint = new Label(text.text("ui.console.typingHint"));
        hint.setId("entry-hint");
        hint.getStyleClass().add("entry-hint");
        hint.setWrapText(true);
        HBox line = new HBox(24, entry, hint);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.visibleProperty().bind(model.typedProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

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
        exportThen(() -> { });
    }

    /** Exports the session to a file the person picks; {@code then} runs once it is written (not if cancelled or failed). */
    private void exportThen(Runnable then) {
        files.save(root, text.text("ui.console.exportTitle"), model.recording().exportFileName()).ifPresent(file ->
                background.run(() -> {
                    model.recording().exportTo(file);
                    return file;
                }, done -> {
                    model.notice(text.format("ui.console.exported", done));
                    then.run();
                }, failed -> model.notice(text.format("ui.console.exportFailed", file, String.valueOf(failed.getMessage())))));
    }

    /**
     * The window is closing while changes are held only in memory: keep Retrotread open (where the keyboard
     * starts), export the session and then close, or close without them (armed first). Esc stops the belt here
     * as everywhere on the console.
     */
    public void askBeforeClosing(long unsaved, Runnable close) {
        String why = model.saveProblemProperty().get();
        overlay.choose(text.text("ui.close.title"), text.format("ui.close.unsaved", unsaved) + (why.isEmpty() ? "" : " " + why),
                List.of(
                        new Overlay.Choice(text.text("ui.close.keepOpen"), "close-keep", KeyCode.K, false, () -> { }),
                        new Overlay.Choice(text.text("ui.close.export"), "close-export", KeyCode.X, false, () -> exportThen(close)),
                        new Overlay.Choice(text.text("ui.close.anyway"), "close-anyway", KeyCode.C, true, close)));
    }

    /**
     * Two readouts side by side, half the width each. An HBox rather than a grid: it gives a wrapping
     * figure the height of its wrapped lines, where a grid with percentage columns cuts it short.
     */
    private static HBox halves(VBox left, VBox right) {
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

    private VBox readout(String captionKey, String id, ObservableValue<String> value, String size) {
        Label caption = new Label(text.text(captionKey));
        caption.getStyleClass().add("caption");
        Label figure = boundLabel(id, value, "figure");
        figure.getStyleClass().add(size);
        return new VBox(2, caption, figure);
    }

    private static Label boundLabel(String id, ObservableValue<String> value, String style) {
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
        if (model.type(e.getCharacter().charAt(0))) {
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        ConsoleKeys.Action action = ConsoleKeys.pressed(e.getCode(), model.entryOpen(), model.state().status());
        if (action == ConsoleKeys.Action.EMERGENCY_STOP) {
            e.consume();
            emergencyStop();
            return;
        }
        if (overlay.isOpen() || action == ConsoleKeys.Action.NONE) {
            return;
        }
        e.consume();
        act(action);
    }

    private void act(ConsoleKeys.Action action) {
        switch (action) {
            case ENTER -> enter();
            case BACKSPACE -> model.backspace();
            case CANCEL_ENTRY -> model.cancelEntry();
            case UP_SMALL -> afterEntry(model.nudge(0.1));
            case DOWN_SMALL -> afterEntry(model.nudge(-0.1));
            case UP_LARGE -> afterEntry(model.nudge(0.5));
            case DOWN_LARGE -> afterEntry(model.nudge(-0.5));
            case PAUSE_OR_RESUME -> pauseOrResume();
            case HANDS -> hands();
            case NEXT_BLOCK -> overlay.askReason(text.text("ui.ask.nextBlockReason"), model::nextBlock);
            case END -> overlay.askReason(text.text("ui.ask.endReason"), model::end);
            case CHECK_IN -> checkIn();
            case NOTE -> overlay.askText(text.text("ui.ask.note"), model::addNote);
            case EXPORT -> export();
            case PRINT -> print();
            case PDF -> savePdf();
            case CSV -> saveCsv();
            case MUTE -> model.toggleMute();
            case HELP -> help();
            case THEME -> services.toggleTheme().run();
            case FULL_SCREEN -> toggleFullScreen();
            default -> { } // SWALLOW: the character, if any, arrives as typed and joins the entry
        }
    }

    private void enter() {
        if (model.entryOpen()) {
            afterEntry(model.enter()); // Enter with a typed speed records it: never starts or leaves
        } else if (model.state().status() == SessionStatus.READY) {
            start();
        } else if (model.state().status() == SessionStatus.FINISHED) {
            model.leave();
            services.onClose().run();
        } else {
            afterEntry(model.enter());
        }
    }

    /**
     * Enter on a session not yet started: the pain before it first (Enter on an empty field skips it), then
     * the rails question if the plan opens off the rails, then the start.
     */
    private void start() {
        if (model.asksPainBefore()) {
            overlay.askFields(text.text("ui.ask.painBefore"), new String[] {"ui.checkIn.pain"}, answers ->
                    model.score(answers[0]) instanceof ConsoleViewModel.Score.Wrong wrong
                            ? Optional.of(new Overlay.FieldError(0, wrong.message())) : Optional.empty(),
                    answers -> {
                        OptionalInt pain = read(answers[0]);
                        if (pain.isPresent()) {
                            model.checkIn(OptionalInt.empty(), pain);
                        }
                        startAfterPain();
                    });
        } else {
            startAfterPain();
        }
    }

    private void startAfterPain() {
        if (model.startAsksAboutRails()) {
            overlay.ask(text.text("ui.ask.holdingRails"), () -> model.start(true), () -> model.start(false));
        } else {
            model.start();
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
        Optional<java.time.Duration> left = model.railsMinimumLeft(); // name clash: javafx.util.Duration is the ticker's
        if (left.isPresent()) {
            // Said before asking: the minimum has not passed, so letting go now is an early release with a reason.
            overlay.askReason(text.format("ui.ask.handsOffEarly", Messages.clock(left.get())),
                    model::handsOffEarly);
        } else if (model.state().handsOnRails()) {
            overlay.ask(text.text("ui.ask.handsOff"), model::handsOff, () -> { });
        } else {
            model.handsBackOnRails();
        }
    }

    /** Effort and pain: a wrong score keeps the question open with the field marked, and the other score kept. */
    private void checkIn() {
        overlay.askFields(text.text("ui.ask.checkIn"), new String[] {"ui.checkIn.rpe", "ui.checkIn.pain"}, answers -> {
            for (int i = 0; i < answers.length; i++) {
                if (model.score(answers[i]) instanceof ConsoleViewModel.Score.Wrong wrong) {
                    return Optional.of(new Overlay.FieldError(i, wrong.message()));
                }
            }
            if (answers[0].isBlank() && answers[1].isBlank()) {
                return Optional.of(new Overlay.FieldError(0, text.text("refusal.checkInEmpty")));
            }
            return Optional.empty();
        }, answers -> model.checkIn(read(answers[0]), read(answers[1])));
    }

    private OptionalInt read(String answer) {
        return ((ConsoleViewModel.Score.Read) model.score(answer)).value();
    }

    /** The keyboard table, from the bundle: one "key|action" line each. */
    private void help() {
        List<String[]> rows = text.text("ui.help.rows").lines().map(l -> l.split("\\|", 2)).toList();
        overlay.inform(text.text("ui.help.title"), rows);
    }

    private void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
