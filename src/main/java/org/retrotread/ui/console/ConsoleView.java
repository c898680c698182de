package org.retrotread.ui.console;

import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.units.Grade;
import org.retrotread.ui.common.FilePicker;
import org.retrotread.ui.common.Overlay;
import org.retrotread.ui.common.SessionPaper;
import org.retrotread.work.Worker;

/**
 * The live session screen: large readouts a person can read from two metres, driven by keys.
 *
 * <p>All keys are caught by one filter on the scene, so they work whatever has focus; Esc is emergency stop
 * everywhere, even over an open question. {@link ConsoleKeys} names a key's action, {@link KeyMeaning}
 * decides what it means now, {@link ConsoleQuestions} asks what must be asked first: this class only lays
 * out the screen and wires them together.
 */
public final class ConsoleView {

    private static final Duration TICK = Duration.millis(100);

    private final ConsoleViewModel model;
    private final Messages text;
    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final Overlay overlay;
    private final ConsoleQuestions questions;
    private final Timeline ticker;
    private final Label keys = new Label();
    private final Services services;
    private SpeedChart chart;
    private ConsoleSummaryPage summary;
    private int ticks;

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
    public record Services(Runnable onClose, FilePicker files, Worker background, Runnable toggleTheme,
                           Consumer<Cue> cues, SessionPaper paper) {
    }

    public ConsoleView(ConsoleViewModel model, Services services) {
        this.model = model;
        this.services = services;
        this.text = model.text();
        model.onCue(services.cues());
        StackPane overlayLayer = new StackPane();
        overlay = new Overlay(overlayLayer, () -> text, root);
        questions = new ConsoleQuestions(model, overlay);
        root.setFocusTraversable(true); // the console itself takes the keyboard: no field needs focus
        main.setTop(ConsoleHeader.of(model));
        main.setCenter(readouts());
        main.setRight(stopButton());
        main.setBottom(footer());
        main.getStyleClass().add("console");
        root.getChildren().addAll(main, overlayLayer);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
        new FitToWindow(root, main).start();
        model.readouts().eventCountProperty().addListener((o, was, now) -> showSummaryOnceFinished());
        showSummaryOnceFinished(); // a session resumed after it ended opens on its summary
        ticker = new Timeline(new KeyFrame(TICK, e -> {
            model.tick();
            questions.askAboutCeiling(); // until a heart rate above the ceiling has its answer (after a resume too)
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

    /** Stops the screen's clock; the view is no longer shown. */
    public void dispose() {
        ticker.stop();
    }

    /** The summary replaces the readouts once, when the session ends; later events only redraw it. */
    private void showSummaryOnceFinished() {
        if (model.state().status() != SessionStatus.FINISHED) {
            return;
        }
        if (summary != null) {
            summary.redraw(); // a closing check-in or note belongs on the summary too
            return;
        }
        summary = new ConsoleSummaryPage(model, new ConsoleSummaryPage.Actions(this::enter, this::print, this::savePdf,
                this::saveCsv, () -> services.paper().saveFit(root, model::notice), () -> services.paper().saveTcx(root, model::notice),
                this::export));
        main.setCenter(summary.node());
        main.setRight(null); // nothing left to stop
        keys.setText(text.text("ui.console.keysFinished"));
    }

    private Node readouts() {
        ConsoleReadouts r = model.readouts();
        ConsoleLabels.Readout readout = (captionKey, id, value, size) -> ConsoleLabels.readout(text.text(captionKey), id, value, size);
        VBox grid = new VBox(
                ConsoleLabels.halves(readout.of("ui.console.elapsed", "elapsed", r.elapsedProperty(), "huge"),
                        readout.of("ui.console.blockLeft", "block-left", r.blockTimeLeftProperty(), "big")),
                ConsoleLabels.halves(readout.of("ui.console.target", "target", r.targetProperty(), "huge"),
                        readout.of("ui.console.actual", "actual", r.actualProperty(), "huge")),
                ConsoleLabels.halves(ConsoleLabels.noted(readout.of("ui.console.grade", "grade", r.gradeProperty(), "big"),
                                "grade-note", r.gradeNoteProperty()),
                        ConsoleLabels.noted(readout.of(model.heartRates().notAGuide() ? "ui.console.effortFirst" : "ui.console.heartRate",
                                "heart-rate", r.heartRateProperty(), "big"), "heart-rate-note", r.heartRateNoteProperty())),
                ConsoleLabels.halves(readout.of("ui.console.block", "block", r.blockProperty(), "medium"),
                        readout.of("ui.console.rails", "rails", r.railsProperty(), "medium")));
        grid.getStyleClass().add("readouts");
        grid.setMinHeight(Region.USE_PREF_SIZE); // a figure is never squeezed onto fewer lines than it needs
        Label prompt = ConsoleLabels.bound("prompt", r.promptProperty(), "prompt");
        prompt.visibleProperty().bind(r.promptProperty().isNotEmpty());
        prompt.managedProperty().bind(prompt.visibleProperty());
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        prompt.setMaxWidth(Double.MAX_VALUE);
        ConsoleLabels.markStopped(prompt, model);
        // Lines with nothing to say give their room to the chart.
        Label next = ConsoleLabels.line("next", r.nextProperty(), "next");
        Label checkIn = ConsoleLabels.line("check-in-due", r.checkInDueProperty(), "check-in-due");
        Label message = ConsoleLabels.line("message", model.messageProperty(), "message");
        chart = new SpeedChart(text, model.state().plan().mode());
        chart.setMinHeight(0); // the chart takes what is left: every sentence above it stays whole
        chart.setPrefHeight(0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox centre = new VBox(12, saveWarning(), grid, prompt, ConsoleLabels.entryLine(model), next, checkIn, message, chart);
        centre.getStyleClass().add("console-centre");
        return centre;
    }

    /** Shown for as long as saving fails: the session goes on, and X exports it to a file. */
    private Node saveWarning() {
        Label warning = ConsoleLabels.bound("save-warning", model.saveProblemProperty(), "save-warning");
        Label hint = new Label(text.text("ui.console.exportHint"));
        hint.getStyleClass().add("save-warning-hint");
        VBox box = new VBox(4, warning, hint);
        box.getStyleClass().add("save-warning-box");
        box.visibleProperty().bind(model.saveProblemProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
        if (!overlay.isOpen() && !e.getCharacter().isEmpty() && model.type(e.getCharacter().charAt(0))) {
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        ConsoleKeys.Action action = ConsoleKeys.pressed(e.getCode(), e.isShiftDown(), model.entryOpen(), model.state().status());
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
            case UP_SMALL -> questions.afterEntry(model.nudge(0.1));
            case DOWN_SMALL -> questions.afterEntry(model.nudge(-0.1));
            case UP_LARGE -> questions.afterEntry(model.nudge(0.5));
            case DOWN_LARGE -> questions.afterEntry(model.nudge(-0.5));
            case GRADE_UP -> questions.afterEntry(model.nudgeGrade(Grade.ofPercent(0.5)));
            case GRADE_DOWN -> questions.afterEntry(model.nudgeGrade(Grade.ofPercent(-0.5)));
            case GRADE -> model.openGrade();
            case HEART_RATE -> questions.heartRate();
            case PAUSE_OR_RESUME -> questions.pauseOrResume();
            case HANDS -> questions.hands();
            case NEXT_BLOCK -> questions.nextBlock();
            case END -> questions.end();
            case CHECK_IN -> questions.checkIn();
            case NOTE -> questions.note();
            case EXPORT -> export();
            case PRINT -> print();
            case PDF -> savePdf();
            case CSV -> saveCsv();
            case TCX -> services.paper().saveTcx(root, model::notice);
            case FIT -> services.paper().saveFit(root, model::notice);
            case MUTE -> model.toggleMute();
            case HELP -> questions.help();
            case THEME -> services.toggleTheme().run();
            case FULL_SCREEN -> toggleFullScreen();
            default -> { } // SWALLOW: the character, if any, arrives as typed and joins the entry
        }
    }

    /** Enter, as {@link KeyMeaning#enterStep} decides it. */
    private void enter() {
        switch (model.meaning().enterStep()) {
            case RECORD_SPEED -> questions.afterEntry(model.enter());
            case ASK_PAIN_BEFORE -> questions.painBefore(this::enter);
            case ASK_RAILS -> questions.holdingRails();
            case START -> model.start();
            case LEAVE -> {
                model.leave();
                services.onClose().run();
            }
        }
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

    private void export() {
        exportThen(() -> { }).run();
    }

    /** Exporting to a file the person picks; {@code then} runs once it is written (not if cancelled or failed). */
    private Runnable exportThen(Runnable then) {
        return () -> services.files().save(root, text.text("ui.console.exportTitle"), model.recording().exportFileName())
                .ifPresent(file -> services.background().run(() -> {
                    model.recording().exportTo(file);
                    return file;
                }, done -> {
                    model.notice(text.format("ui.console.exported", done));
                    then.run();
                }, failed -> model.notice(text.format("ui.console.exportFailed", file, String.valueOf(failed.getMessage())))));
    }

    /** The window is closing while changes are held only in memory: see {@link ConsoleQuestions#beforeClosing}. */
    public void askBeforeClosing(long unsaved, Runnable close) {
        questions.beforeClosing(unsaved, this::exportThen, close);
    }

    private void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
