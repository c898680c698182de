package org.retrotread.ui.console;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.CommandResult;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionState;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SpeedTrace;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Grade;

/**
 * The live console's logic, without a window: every key's meaning once the view has named it, every
 * question the console must ask first, and every figure it shows. Each call goes to the engine; the
 * figures ({@link ConsoleReadouts}) are redrawn from the engine's state, never kept as a second truth.
 */
public final class ConsoleViewModel {

    /** What a speed entry asks of the screen next. */
    public enum EntryOutcome { DONE, REFUSED, NEEDS_CONFIRMATION }

    /** How often a running session tells the store it is alive (the crash-recovery pause starts at the last one). */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final SessionEngine engine;
    private final SessionContext context;
    private final Messages text;
    private final SessionRecording recording;
    private final StringProperty saveProblem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty question = new SimpleStringProperty("");
    private final Cues cues = new Cues();
    private final KeyMeaning meaning;
    private final TypedEntry entry;
    private final HeartRates heartRates;
    private final ConsoleReadouts readouts;
    private final ConsoleAbout about = new ConsoleAbout();
    private Command pendingConfirmation;
    private Duration lastHeartbeat = Duration.ZERO;
    private boolean sealed;

    /** A console that saves nothing: for trying the engine, and for tests. */
    public ConsoleViewModel(SessionEngine engine, SessionContext context, Messages text) {
        this(engine, context, text, SessionRecording.none(), Runnable::run);
    }

    /**
     * @param recording where the session is saved; the engine's events must already be wired to it
     * @param fxThread  runs updates from the store's thread on the screen's thread
     */
    public ConsoleViewModel(SessionEngine engine, SessionContext context, Messages text, SessionRecording recording,
                            Executor fxThread) {
        this.engine = engine;
        this.context = context;
        this.text = text;
        this.recording = recording;
        this.entry = new TypedEntry(text, engine::state, this::send, message::set);
        this.heartRates = new HeartRates(text, engine::state, engine.heartRateGuide(), this::send);
        ConsoleWords words = new ConsoleWords(text, engine.state().plan(), engine.limits(), engine.grades(), engine.heartRateGuide(),
                () -> cues.play(Cue.COUNTDOWN));
        this.readouts = new ConsoleReadouts(text, words);
        recording.onProblem(problem -> fxThread.execute(() -> saveProblem.set(problem.map(text::format).orElse(""))));
        recording.onRecovered(fault -> fxThread.execute(() -> notice(text.format(fault))));
        engine.addListener(cues::heard);
        this.meaning = new KeyMeaning(engine, this);
        refresh();
    }

    /** Lets time move the session on and redraws; the view calls this several times a second. */
    public void tick() {
        engine.advance();
        Duration now = engine.now();
        if (engine.state().isRunning() && now.minus(lastHeartbeat).compareTo(HEARTBEAT) >= 0) {
            recording.alive(now);
            lastHeartbeat = now;
        }
        refresh();
    }

    /** Leaving a finished session closes it for good (once); the closing check-in must come before. */
    public void leave() {
        if (engine.state().status() == SessionStatus.FINISHED && !sealed) {
            recording.seal(summary());
            sealed = true;
        }
    }

    // --- Commands ----------------------------------------------------------------------------------------

    public void start() {
        send(new Command.Start());
    }

    /** Starts a plan that opens off the rails, with the operator's answer to "Is the walker holding the rails?". */
    public void start(boolean walkerHoldingRails) {
        send(Command.Start.holdingRails(walkerHoldingRails));
    }

    /** A character typed on the console; see {@link TypedEntry#type}. */
    public boolean type(char c) {
        return entry.type(c);
    }

    public boolean entryOpen() {
        return entry.isOpen();
    }

    public void backspace() {
        entry.backspace();
    }

    /** Throws the typed speed away (Delete), and the error it caused with it. */
    public void cancelEntry() {
        entry.cancel();
    }

    /** Enter with a speed: the typed speed if there is one, else confirm the prompted speed. */
    public EntryOutcome enter() {
        return entry.enter();
    }

    /** Up/Down and Page Up/Down: the last actual (or prompted) speed moved by {@code delta} display units. */
    public EntryOutcome nudge(double delta) {
        return entry.nudge(delta);
    }

    /** G: a typed grade opens; digits and Enter set it. */
    public void openGrade() {
        entry.openGrade();
    }

    /** Shift+Up/Down: the deck's grade moved by {@code delta}. */
    public EntryOutcome nudgeGrade(Grade delta) {
        return entry.nudgeGrade(delta);
    }

    /** The operator said yes to the question on screen: carry out the command it was about. */
    public void confirm() {
        if (pendingConfirmation instanceof Command.EnterSpeed c) {
            send(new Command.EnterSpeed(c.speed(), true));
            entry.clear();
        } else if (pendingConfirmation instanceof Command.EnterGrade g) {
            send(new Command.EnterGrade(g.grade(), true));
            entry.clear();
        }
        decline();
    }

    public void decline() {
        pendingConfirmation = null;
        question.set("");
    }

    public void pauseOrResume() {
        boolean pausing = engine.state().isRunning();
        if (send(pausing ? new Command.Pause() : new Command.Resume()).accepted() && pausing) {
            entry.clear(); // a half-typed speed is stale once the belt stops
        }
    }

    /** Stops the session; harmless when already stopped (a panicked second press must not show an error). */
    public void emergencyStop() {
        entry.clear();
        if (engine.state().status() != SessionStatus.EMERGENCY_STOPPED) {
            send(new Command.EmergencyStop());
        }
    }

    public void handsOff() {
        send(new Command.HandsOff());
    }

    /** The walker lets go before the handrail minimum: recorded with the operator's reason. */
    public void handsOffEarly(String reason) {
        send(new Command.HandsOff(reason));
    }

    /** The time still to go on the rails when H is pressed before hands off is due; empty when it may be confirmed now. */
    public Optional<Duration> railsMinimumLeft() {
        SessionState s = engine.state();
        boolean waiting = s.handsOnRails() && s.isRunning() && s.currentSegment().map(Segment::waitsForHandsOff).orElse(false);
        return waiting && !s.handsOffDue(engine.now()) ? Optional.of(s.timeLeftInSegment(engine.now())) : Optional.empty();
    }

    public void handsBackOnRails() {
        send(new Command.HandsBackOnRails());
    }

    public void nextBlock(String reason) {
        send(new Command.NextBlock(reason));
    }

    public void end(String reason) {
        send(new Command.End(reason));
    }

    public boolean checkIn(OptionalInt rpe, OptionalInt pain) {
        return send(new Command.CheckIn(rpe, pain)).accepted();
    }

    /** What is wrong with a typed check-in (effort, pain), if anything: a score out of range, or nothing at all. */
    public Optional<AnswerProblem> checkInProblem(String rpe, String pain) {
        return Scores.checkInProblem(text, rpe, pain);
    }

    /** Records a typed check-in that {@link #checkInProblem} passed. */
    public boolean checkIn(String rpe, String pain) {
        return checkIn(Scores.read(rpe), Scores.read(pain));
    }

    public boolean addNote(String note) {
        return send(new Command.AddNote(note)).accepted();
    }

    /** Shows a line of news in the message area (an export written, say). */
    public void notice(String line) {
        message.set(line);
    }

    // --- What the screen shows ----------------------------------------------------------------------------

    /** The session so far and the plan still to come, for the chart. */
    public SpeedTrace trace() {
        return SpeedTrace.of(engine.state().plan(), engine.events(), engine.now());
    }

    public Duration activeTime() {
        return engine.state().activeTime(engine.now());
    }

    public SessionSummary summary() {
        return SummaryCalculator.summarise(engine.state().plan(), context, engine.events(), engine.now());
    }

    private CommandResult send(Command command) {
        CommandResult result = engine.handle(command);
        message.set("");
        if (result instanceof CommandResult.Refused r) {
            message.set(text.format(r.reason()));
        } else if (result instanceof CommandResult.NeedsConfirmation q) {
            pendingConfirmation = command;
            question.set(text.format(q.question()));
        }
        refresh();
        return result;
    }

    /** Redraws every figure from the engine's state at this moment. */
    public void refresh() {
        readouts.redraw(engine.state(), engine.now());
    }

    public SessionRecording recording() { return recording; }
    /** What Enter, Space and H mean at this moment, and the questions they ask first. */
    public KeyMeaning meaning() { return meaning; }
    /** Listeners hear each cue unless muted (the view plays them). */
    public void onCue(Consumer<Cue> listener) { cues.onCue(listener); }
    public void toggleMute() { cues.toggleMute(); }
    public BooleanProperty mutedProperty() { return cues.mutedProperty(); }
    public Scores.Score score(String typedScore) { return Scores.score(text, typedScore); }
    public ReadOnlyStringProperty typedProperty() { return entry.property(); }
    /** What is being typed: a speed, a grade, or nothing (null). */
    public ReadOnlyObjectProperty<TypedEntry.Kind> entryKindProperty() { return entry.kindProperty(); }
    /** Heart rates typed, and the question a rate above the ceiling asks. */
    public HeartRates heartRates() { return heartRates; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty questionProperty() { return question; }
    public ReadOnlyStringProperty saveProblemProperty() { return saveProblem; }
    public ConsoleReadouts readouts() { return readouts; }
    public ConsoleAbout about() { return about; }
    public SessionState state() { return engine.state(); }
    public Messages text() { return text; }
}
