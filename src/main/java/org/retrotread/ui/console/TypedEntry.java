package org.retrotread.ui.console;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.CommandResult;
import org.retrotread.session.SessionState;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeParser;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedParser;
import org.retrotread.ui.console.ConsoleViewModel.EntryOutcome;

/**
 * A speed or a grade being typed on the console. A speed opens with its first digit; a grade with G. While
 * either is open every printable key belongs to it, never to a command: a letter typed inside a number is a
 * typing slip, refused with the entry at Enter.
 */
final class TypedEntry {

    /** What is being typed. */
    public enum Kind { SPEED, GRADE }

    private final StringProperty typed = new SimpleStringProperty("");
    /** Null while nothing is open; GRADE from G on, before a digit; SPEED from a speed's first character. */
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    /** G was pressed: its own character, arriving next as a typed key, opens the entry and is no part of it. */
    private boolean openingKeyPending;
    private final Messages text;
    private final Supplier<SessionState> state;
    private final Function<Command, CommandResult> send;
    private final Consumer<String> say;

    /**
     * @param send hands a command to the engine (saying a refusal, keeping a question)
     * @param say  shows a line in the console's message area (empty clears it)
     */
    TypedEntry(Messages text, Supplier<SessionState> state, Function<Command, CommandResult> send, Consumer<String> say) {
        this.text = text;
        this.state = state;
        this.send = send;
        this.say = say;
    }

    /**
     * Enter: the typed speed or grade if one is open, else confirm what the console prompted for (the speed
     * and the grade of a new segment alike: the prompt line names both, and Enter says both were set).
     */
    EntryOutcome enter() {
        if (!isOpen()) {
            return confirmPrompts();
        }
        if (kind.get() == Kind.GRADE) {
            GradeParser.Result parsed = GradeParser.parse(typed());
            if (parsed instanceof GradeParser.Refused r) {
                say.accept(text.format(r.reason()));
                return EntryOutcome.REFUSED;
            }
            return doneIfAccepted(send.apply(new Command.EnterGrade(((GradeParser.Parsed) parsed).grade())));
        }
        SpeedParser.Result parsed = SpeedParser.parse(typed(), text.unit());
        if (parsed instanceof SpeedParser.Refused r) {
            say.accept(text.format(r.reason()));
            return EntryOutcome.REFUSED;
        }
        return doneIfAccepted(send.apply(new Command.EnterSpeed(((SpeedParser.Parsed) parsed).speed())));
    }

    private EntryOutcome confirmPrompts() {
        EntryOutcome outcome = EntryOutcome.DONE;
        if (state.get().pendingPrompt().isPresent()) {
            outcome = outcome(send.apply(new Command.ConfirmPromptedSpeed()));
        }
        if (outcome == EntryOutcome.DONE && state.get().pendingGradePrompt().isPresent()) {
            outcome = outcome(send.apply(new Command.ConfirmPromptedGrade()));
        }
        return outcome;
    }

    private EntryOutcome doneIfAccepted(CommandResult result) {
        EntryOutcome outcome = outcome(result);
        if (outcome == EntryOutcome.DONE) {
            clear();
        }
        return outcome;
    }

    /** Up/Down and Page Up/Down: the last actual (or prompted) speed moved by {@code delta} display units. */
    EntryOutcome nudge(double delta) {
        clear(); // the arrows set a speed of their own: a half-typed or refused one is no longer meant
        Speed from = state.get().actualSpeed().or(() -> state.get().pendingPrompt()).orElse(Speed.ZERO);
        return outcome(send.apply(new Command.EnterSpeed(from.adjustedBy(delta, text.unit()))));
    }

    /** Shift+Up/Down: the deck's grade moved by {@code delta}; a typed speed or grade is dropped, as with the speed arrows. */
    EntryOutcome nudgeGrade(Grade delta) {
        clear();
        return outcome(send.apply(new Command.EnterGrade(state.get().actualGrade().plus(delta))));
    }

    private static EntryOutcome outcome(CommandResult result) {
        if (result instanceof CommandResult.NeedsConfirmation) {
            return EntryOutcome.NEEDS_CONFIRMATION;
        }
        return result.accepted() ? EntryOutcome.DONE : EntryOutcome.REFUSED;
    }

    boolean isOpen() {
        return kind.get() != null;
    }

    String typed() {
        return typed.get();
    }

    ReadOnlyStringProperty property() {
        return typed;
    }

    ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** G: a grade entry opens, empty, to take the digits that follow. */
    void openGrade() {
        typed.set("");
        kind.set(Kind.GRADE);
        openingKeyPending = true;
        say.accept("");
    }

    /**
     * A character typed. With no entry open, only what can begin a number opens one (a digit, a decimal
     * mark or a sign, so that "-1" is refused whole rather than read as 1). With an entry open, every
     * printable character joins it.
     *
     * @return whether the character was taken (the view then stops it going anywhere else)
     */
    boolean type(char c) {
        boolean openingKey = openingKeyPending && (c == 'g' || c == 'G');
        openingKeyPending = false;
        if (openingKey) {
            return true;
        }
        if (Character.isISOControl(c) || (!isOpen() && !opensEntry(c))) {
            return false;
        }
        boolean grade = kind.get() == Kind.GRADE;
        int longest = grade ? GradeParser.LONGEST_ENTRY : SpeedParser.LONGEST_ENTRY;
        if (typed.get().length() >= longest) {
            say.accept(text.format(grade ? "grade.error.tooLong" : "speed.error.tooLong", longest));
            return true;
        }
        if (!isOpen()) {
            kind.set(Kind.SPEED);
        }
        typed.set(typed.get() + c);
        say.accept(""); // an error clears with the entry that caused it
        return true;
    }

    /** What can begin a typed speed when none is open. */
    static boolean opensEntry(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '+';
    }

    /** Backspace: the last character goes; an empty grade entry closes (G pressed by mistake). */
    void backspace() {
        String t = typed.get();
        if (t.isEmpty()) {
            kind.set(null);
        } else {
            typed.set(t.substring(0, t.length() - 1));
            if (t.length() == 1 && kind.get() == Kind.SPEED) {
                kind.set(null);
            }
        }
        say.accept("");
    }

    /** Throws the entry away, and the error it caused with it. */
    void cancel() {
        clear();
        say.accept("");
    }

    /** Forgets the entry without a word: it was recorded, or it no longer means anything (the belt stopped). */
    void clear() {
        typed.set("");
        kind.set(null);
        openingKeyPending = false;
    }
}
