package org.retrotread.ui.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.CommandResult;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionState;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.EmergencyStopped;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SpeedTrace;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedParser;

/**
 * The live console's state and logic, without a window: the view binds its labels to these
 * properties and turns keys into calls. Every call goes to the engine; every property is redrawn
 * from the engine's state in {@link #refresh()}, never kept as a second copy of the truth.
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
    private final StringProperty checkInDue = new SimpleStringProperty("");
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final List<Consumer<Cue>> cueListeners = new ArrayList<>();
    private int lastSegment = -1;
    private long lastCountdown = -1;
    private Duration lastHeartbeat = Duration.ZERO;
    private boolean sealed;

    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty();
    private final StringProperty block = new SimpleStringProperty();
    private final StringProperty blockTimeLeft = new SimpleStringProperty();
    private final StringProperty target = new SimpleStringProperty();
    private final StringProperty actual = new SimpleStringProperty();
    private final StringProperty rails = new SimpleStringProperty();
    private final StringProperty next = new SimpleStringProperty();
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty question = new SimpleStringProperty("");
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>(SessionStatus.READY);
    private final IntegerProperty eventCount = new SimpleIntegerProperty();
    private Command pendingConfirmation;

    /** A console that saves nothing: for trying the engine, and for tests. */
    private final StringProperty progressionNote = new SimpleStringProperty("");

    private final StringProperty clientName = new SimpleStringProperty("");

    /** Who is walking: the client's name on the console's header (empty for a session without a client). */
    /** The client's precautions and red flags, shown in the console's header whenever set. */
    public StringProperty precautionsProperty() {
        return precautions;
    }

    private final StringProperty precautions = new SimpleStringProperty("");

    /** Who runs the session, for its summary (set by the app from the session's record). */
    private final StringProperty operator = new SimpleStringProperty("");

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty clientNameProperty() {
        return clientName;
    }

    /** Why this session's speeds are what they are, when a weekly progression raised or held them. */
    public StringProperty progressionNoteProperty() {
        return progressionNote;
    }

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
        recording.onProblem(problem -> fxThread.execute(() -> saveProblem.set(problem.map(text::format).orElse(""))));
        recording.onRecovered(fault -> fxThread.execute(() -> notice(text.format(fault))));
        engine.addListener(this::heard);
        refresh();
    }

    /** Turns the engine's events into cues and reminders (the engine itself knows nothing of sound). */
    private void heard(SessionEvent event) {
        if (event instanceof SegmentEntered) {
            cue(Cue.CHANGE);
        } else if (event instanceof EmergencyStopped) {
            cue(Cue.STOP);
        } else if (event instanceof SessionEnded) {
            cue(Cue.END);
        }
    }

    private void cue(Cue cue) {
        if (!muted.get()) {
            cueListeners.forEach(l -> l.accept(cue));
        }
    }

    /** Listeners hear each cue unless muted (the view plays them). */
    public void onCue(Consumer<Cue> listener) {
        cueListeners.add(listener);
    }

    public void toggleMute() {
        muted.set(!muted.get());
    }

    public BooleanProperty mutedProperty() {
        return muted;
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

    public SessionRecording recording() {
        return recording;
    }

    /** True when the plan opens off the rails, so the start must first ask whether the walker holds them. */
    public boolean startAsksAboutRails() {
        return engine.state().status() == SessionStatus.READY && !engine.opensOnRails();
    }

    public void start() {
        send(new Command.Start());
    }

    /** Starts a plan that opens off the rails, with the operator's answer to "Is the walker holding the rails?". */
    public void start(boolean walkerHoldingRails) {
        send(Command.Start.holdingRails(walkerHoldingRails));
    }

    /** True while a typed speed is open: every printable key then belongs to it, never to a command. */
    public boolean entryOpen() {
        return !typed.get().isEmpty();
    }

    /**
     * A character typed on the console. With no entry open, only what can begin a number opens one (a
     * digit, a decimal mark or a sign, so that "-1" is refused whole rather than read as 1). With an
     * entry open, every printable character joins it, to be refused as "not a speed" at Enter: a letter
     * typed inside a number is a typing slip, never a command.
     *
     * @return whether the character was taken (the view then stops it going anywhere else)
     */
    public boolean type(char c) {
        if (Character.isISOControl(c) || (!entryOpen() && !opensEntry(c))) {
            return false;
        }
        if (typed.get().length() >= SpeedParser.LONGEST_ENTRY) {
            message.set(text.format("speed.error.tooLong", SpeedParser.LONGEST_ENTRY));
            return true;
        }
        typed.set(typed.get() + c);
        message.set(""); // an error clears with the entry that caused it
        return true;
    }

    /** What can begin a typed speed when none is open. */
    static boolean opensEntry(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '+';
    }

    public void backspace() {
        String t = typed.get();
        typed.set(t.isEmpty() ? t : t.substring(0, t.length() - 1));
        message.set("");
    }

    /** Throws the typed speed away (Delete), and the error it caused with it. */
    public void cancelEntry() {
        typed.set("");
        message.set("");
    }

    /** Enter: the typed speed if there is one, else confirm the prompted speed. */
    public EntryOutcome enter() {
        if (typed.get().isEmpty()) {
            return engine.state().pendingPrompt().isPresent()
                    ? outcome(send(new Command.ConfirmPromptedSpeed())) : EntryOutcome.DONE;
        }
        SpeedParser.Result parsed = SpeedParser.parse(typed.get(), text.unit());
        if (parsed instanceof SpeedParser.Refused r) {
            message.set(text.format(r.reason()));
            return EntryOutcome.REFUSED;
        }
        EntryOutcome outcome = outcome(send(new Command.EnterSpeed(((SpeedParser.Parsed) parsed).speed())));
        if (outcome == EntryOutcome.DONE) {
            typed.set("");
        }
        return outcome;
    }

    /** Up/Down and Page Up/Down: the last actual (or prompted) speed moved by {@code delta} display units. */
    public EntryOutcome nudge(double delta) {
        typed.set(""); // the arrows set a speed of their own: a half-typed or refused one is no longer meant
        Optional<Speed> base = engine.state().actualSpeed().or(() -> engine.state().pendingPrompt());
        Speed from = base.orElse(Speed.ZERO);
        return outcome(send(new Command.EnterSpeed(from.adjustedBy(delta, text.unit()))));
    }

    /** The operator said yes to the question on screen: carry out the command it was about. */
    public void confirm() {
        if (pendingConfirmation instanceof Command.EnterSpeed c) {
            send(new Command.EnterSpeed(c.speed(), true));
            typed.set("");
        }
        pendingConfirmation = null;
        question.set("");
    }

    public void decline() {
        pendingConfirmation = null;
        question.set("");
    }

    public void pauseOrResume() {
        boolean pausing = engine.state().isRunning();
        if (send(pausing ? new Command.Pause() : new Command.Resume()).accepted() && pausing) {
            typed.set(""); // a half-typed speed is stale once the belt stops
        }
    }

    /** Stops the session; harmless when already stopped (a panicked second press must not show an error). */
    public void emergencyStop() {
        typed.set("");
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

    /**
     * The time still to go on the rails before hands off is due, when H is pressed before it; empty when
     * hands off may be confirmed now (or the walker is not in a handrail phase that waits for it).
     */
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

    /**
     * Whether Enter on a session that has not started asks for the pain before it first: it does until a
     * pain score before the start is on the record (pain before and after is the clinician's first figure).
     */
    public boolean asksPainBefore() {
        return engine.state().status() == SessionStatus.READY && engine.events().stream()
                .noneMatch(e -> e instanceof CheckInRecorded c && c.pain().isPresent());
    }

    public boolean checkIn(OptionalInt rpe, OptionalInt pain) {
        return send(new Command.CheckIn(rpe, pain)).accepted();
    }

    /** A check-in score as typed: blank is "not asked"; anything else must be a whole number from 0 to 10. */
    public sealed interface Score {
        record Read(OptionalInt value) implements Score { }
        record Wrong(String message) implements Score { }
    }

    /** Reads one typed score; the message says what is wrong with it, in the chosen language. */
    public Score score(String typedScore) {
        String t = typedScore == null ? "" : typedScore.strip();
        if (t.isEmpty()) {
            return new Score.Read(OptionalInt.empty());
        }
        if (!t.matches("\\d{1,2}")) {
            return new Score.Wrong(text.format("checkIn.error.notANumber", t));
        }
        int value = Integer.parseInt(t);
        return value > 10 ? new Score.Wrong(text.format("refusal.scaleRange", 0, 10)) : new Score.Read(OptionalInt.of(value));
    }

    public boolean addNote(String note) {
        return send(new Command.AddNote(note)).accepted();
    }

    /** Shows a line of news in the message area (an export written, say). */
    public void notice(String line) {
        message.set(line);
    }

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

    private static EntryOutcome outcome(CommandResult result) {
        if (result instanceof CommandResult.NeedsConfirmation) {
            return EntryOutcome.NEEDS_CONFIRMATION;
        }
        return result.accepted() ? EntryOutcome.DONE : EntryOutcome.REFUSED;
    }

    /** Redraws every property from the engine's state at this moment. */
    public void refresh() {
        SessionState s = engine.state();
        Duration now = engine.now();
        status.set(s.status());
        eventCount.set(engine.events().size());
        elapsed.set(Messages.clock(s.activeTime(now)));
        Optional<Segment> segment = s.currentSegment();
        block.set(segment.map(this::describe).orElse(text.text("ui.console.noBlock")));
        blockTimeLeft.set(segment.map(x -> Messages.clock(s.timeLeftInBlock(now))).orElse(""));
        target.set(segment.map(this::targetText).orElse("\u2014"));
        actual.set(s.actualSpeed().map(text::speed).orElse("\u2014"));
        rails.set(s.status() == SessionStatus.READY ? "" : text.format(s.handsOnRails() ? "ui.console.onRailsFor" : "ui.console.handsFreeFor",
                Messages.clock(s.handsFreeTime(now))));
        checkInDue.set(s.checkInDue() ? text.text("ui.console.checkInDue") : ""); // a block ended: how did it feel?
        next.set(s.nextSegment().map(n -> text.format("ui.console.next", describe(n), targetText(n),
                Messages.clock(s.timeLeftInSegment(now)))).orElse(""));
        prompt.set(promptText(s, now));
    }

    /**
     * The last three seconds before a timed segment ends: what comes and in how many seconds. Each
     * new second is a countdown cue. Nothing counts down to a handrail phase's end: the operator decides.
     */
    private Optional<String> countdown(SessionState s, Duration now) {
        Optional<Segment> current = s.currentSegment();
        Optional<Segment> next = s.nextSegment();
        if (!s.isRunning() || current.isEmpty() || next.isEmpty() || current.get().waitsForHandsOff()) {
            return Optional.empty();
        }
        Duration left = s.timeLeftInSegment(now);
        if (left.isZero() || left.compareTo(Duration.ofSeconds(3)) > 0) {
            return Optional.empty();
        }
        long seconds = (left.toMillis() + 999) / 1000;
        if (seconds != lastCountdown) {
            lastCountdown = seconds;
            cue(Cue.COUNTDOWN);
        }
        return Optional.of(text.format("ui.console.countdown", upcoming(next.get()), seconds));
    }

    /** "Set 2.0 km/h", "Effort 6/10", "Stand on the side rails": what the next segment asks. */
    private String upcoming(Segment next) {
        if (next.movement() == Movement.STANDING) {
            return text.text("ui.console.upcomingStand");
        }
        Target t = next.target().orElseThrow();
        if (t instanceof Target.AtSpeed sp && engine.state().plan().mode() == TreadmillMode.POWERED) {
            return text.format("ui.console.upcomingSpeed", engine.limits().shown(sp.speed()));
        }
        return targetText(next);
    }

    private String promptText(SessionState s, Duration now) {
        Optional<String> countdown = countdown(s, now);
        if (countdown.isPresent()) {
            return countdown.get();
        }
        lastCountdown = -1;
        if (s.status() == SessionStatus.EMERGENCY_STOPPED) {
            return text.text("ui.console.stoppedHelp");
        }
        if (s.status() == SessionStatus.PAUSED) {
            return text.text("ui.console.pausedHelp");
        }
        if (s.pendingPrompt().isPresent()) {
            return text.format("ui.console.prompt", s.pendingPrompt().get());
        }
        if (s.handsOffDue(now)) {
            return text.text("ui.console.handsOffDue");
        }
        return "";
    }

    private String describe(Segment segment) {
        String kind = text.text("BlockKind." + engine.state().plan().blocks().get(segment.blockIndex()).kind().name());
        if (segment.stepCount() <= 1) {
            return kind;
        }
        if (segment.phase() == PhaseKind.RAMP) {
            return text.format("ui.console.rampStep", kind, segment.stepNumber(), segment.stepCount());
        }
        return text.format("ui.console.intervalStep", kind, text.text("PhaseKind." + segment.phase().name()),
                segment.stepNumber(), segment.stepCount());
    }

    private String targetText(Segment segment) {
        if (segment.movement() == Movement.STANDING) {
            return text.text("Movement.STANDING");
        }
        Target t = segment.target().orElseThrow();
        String value = t instanceof Target.AtSpeed sp ? text.speed(engine.limits().shown(sp.speed()))
                : text.format("ui.console.effort", ((Target.AtEffort) t).effort().rpe());
        return segment.movement() == Movement.FORWARD ? text.format("ui.console.forward", value) : value;
    }

    public StringProperty typedProperty() { return typed; }
    public ReadOnlyStringProperty elapsedProperty() { return elapsed; }
    public ReadOnlyStringProperty blockProperty() { return block; }
    public ReadOnlyStringProperty blockTimeLeftProperty() { return blockTimeLeft; }
    public ReadOnlyStringProperty targetProperty() { return target; }
    public ReadOnlyStringProperty actualProperty() { return actual; }
    public ReadOnlyStringProperty railsProperty() { return rails; }
    public ReadOnlyStringProperty nextProperty() { return next; }
    public ReadOnlyStringProperty promptProperty() { return prompt; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty questionProperty() { return question; }
    public ReadOnlyStringProperty saveProblemProperty() { return saveProblem; }
    public ReadOnlyStringProperty checkInDueProperty() { return checkInDue; }
    public ReadOnlyObjectProperty<SessionStatus> statusProperty() { return status; }
    /** Grows with every recorded event: what a screen redraws on (the summary after a closing check-in, say). */
    public ReadOnlyIntegerProperty eventCountProperty() { return eventCount; }
    public SessionState state() { return engine.state(); }
    public Messages text() { return text; }
}
