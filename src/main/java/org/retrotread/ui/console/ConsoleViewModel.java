package org.retrotread.ui.console;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.*;
import org.retrotread.i18n.Messages;
import org.retrotread.session.*;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.summary.SessionSummary;
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
    private final BooleanProperty handsOffDue = new SimpleBooleanProperty();
    private Command pendingConfirmation;

    /** A console that saves nothing: for trying the engine, and for tests. */
    public ConsoleViewModel(SessionEngine engine, SessionContext context, Messages text) {
        this(engine, context, text, SessionRecording.none(), Runnable::run);
    }

    /**
     * @param recording where the session is saved; the engine's events must already be wired to it
     * @param fxThread  runs updates from the store's thread on the screen's thread
     */
    public ConsoleViewModel(SessionEngine engine, SessionContext context, Messages text, SessionRecording recording,
                            java.util.concurrent.Executor fxThread) {
        this.engine = engine;
        this.context = context;
        this.text = text;
        this.recording = recording;
        recording.onProblem(problem -> fxThread.execute(() -> saveProblem.set(problem.map(text::format).orElse(""))));
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

    public SessionRecording recording() {
        return recording;
    }

    public void start() {
        send(new Command.Start());
    }

    /** A digit, '.' or ',' typed toward a speed entry. */
    public void type(char c) {
        if (Character.isDigit(c) || c == '.' || c == ',') {
            typed.set(typed.get() + c);
        }
    }

    public void backspace() {
        String t = typed.get();
        typed.set(t.isEmpty() ? t : t.substring(0, t.length() - 1));
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

    public void handsBackOnRails() {
        send(new Command.HandsBackOnRails());
    }

    public void nextBlock(String reason) {
        send(new Command.NextBlock(reason));
    }

    public void end(String reason) {
        send(new Command.End(reason));
    }

    public boolean checkIn(java.util.OptionalInt rpe, java.util.OptionalInt pain) {
        return send(new Command.CheckIn(rpe, pain)).accepted();
    }

    public boolean addNote(String note) {
        return send(new Command.AddNote(note)).accepted();
    }

    /** Shows a line of news in the message area (an export written, say). */
    public void notice(String line) {
        message.set(line);
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
        elapsed.set(Messages.clock(s.activeTime(now)));
        handsOffDue.set(s.handsOffDue(now));
        Optional<Segment> segment = s.currentSegment();
        block.set(segment.map(this::describe).orElse(text.text("ui.console.noBlock")));
        blockTimeLeft.set(segment.map(x -> Messages.clock(s.timeLeftInBlock(now))).orElse(""));
        target.set(segment.map(this::targetText).orElse("\u2014"));
        actual.set(s.actualSpeed().map(text::speed).orElse("\u2014"));
        rails.set(s.status() == SessionStatus.READY ? "" : text.text(s.handsOnRails() ? "ui.console.onRails" : "ui.console.handsFree"));
        next.set(s.nextSegment().map(n -> text.format("ui.console.next", describe(n), targetText(n),
                Messages.clock(s.timeLeftInSegment(now)))).orElse(""));
        prompt.set(promptText(s, now));
    }

    private String promptText(SessionState s, Duration now) {
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
        if (segment.phase() == org.retrotread.session.plan.PhaseKind.RAMP) {
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
        String value = t instanceof Target.AtSpeed sp ? text.speed(Speed.min(sp.speed(), engine.limits().ceiling()))
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
    public ReadOnlyObjectProperty<SessionStatus> statusProperty() { return status; }
    public ReadOnlyBooleanProperty handsOffDueProperty() { return handsOffDue; }
    public SessionState state() { return engine.state(); }
    public Messages text() { return text; }
}
