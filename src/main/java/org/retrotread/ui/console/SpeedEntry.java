package org.retrotread.ui.console;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.CommandResult;
import org.retrotread.session.SessionState;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedParser;
import org.retrotread.ui.console.ConsoleViewModel.EntryOutcome;

/**
 * A speed being typed on the console. While it is open every printable key belongs to it, never to a
 * command: a letter typed inside a number is a typing slip, refused with the entry at Enter.
 */
final class SpeedEntry {

    private final StringProperty typed = new SimpleStringProperty("");
    private final Messages text;
    private final Supplier<SessionState> state;
    private final Function<Command, CommandResult> send;
    private final Consumer<String> say;

    /**
     * @param send hands a command to the engine (saying a refusal, keeping a question)
     * @param say  shows a line in the console's message area (empty clears it)
     */
    SpeedEntry(Messages text, Supplier<SessionState> state, Function<Command, CommandResult> send, Consumer<String> say) {
        this.text = text;
        this.state = state;
        this.send = send;
        this.say = say;
    }

    /** Enter with a speed: the typed speed if there is one, else confirm the prompted speed. */
    EntryOutcome enter() {
        if (!isOpen()) {
            return state.get().pendingPrompt().isPresent() ? outcome(send.apply(new Command.ConfirmPromptedSpeed())) : EntryOutcome.DONE;
        }
        SpeedParser.Result parsed = SpeedParser.parse(typed(), text.unit());
        if (parsed instanceof SpeedParser.Refused r) {
            say.accept(text.format(r.reason()));
            return EntryOutcome.REFUSED;
        }
        EntryOutcome outcome = outcome(send.apply(new Command.EnterSpeed(((SpeedParser.Parsed) parsed).speed())));
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

    private static EntryOutcome outcome(CommandResult result) {
        if (result instanceof CommandResult.NeedsConfirmation) {
            return EntryOutcome.NEEDS_CONFIRMATION;
        }
        return result.accepted() ? EntryOutcome.DONE : EntryOutcome.REFUSED;
    }

    boolean isOpen() {
        return !typed.get().isEmpty();
    }

    String typed() {
        return typed.get();
    }

    ReadOnlyStringProperty property() {
        return typed;
    }

    /**
     * A character typed. With no entry open, only what can begin a number opens one (a digit, a decimal
     * mark or a sign, so that "-1" is refused whole rather than read as 1). With an entry open, every
     * printable character joins it.
     *
     * @return whether the character was taken (the view then stops it going anywhere else)
     */
    boolean type(char c) {
        if (Character.isISOControl(c) || (!isOpen() && !opensEntry(c))) {
            return false;
        }
        if (typed.get().length() >= SpeedParser.LONGEST_ENTRY) {
            say.accept(text.format("speed.error.tooLong", SpeedParser.LONGEST_ENTRY));
            return true;
        }
        typed.set(typed.get() + c);
        say.accept(""); // an error clears with the entry that caused it
        return true;
    }

    /** What can begin a typed speed when none is open. */
    static boolean opensEntry(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '+';
    }

    void backspace() {
        String t = typed.get();
        typed.set(t.isEmpty() ? t : t.substring(0, t.length() - 1));
        say.accept("");
    }

    /** Throws the entry away, and the error it caused with it. */
    void cancel() {
        typed.set("");
        say.accept("");
    }

    /** Forgets the entry without a word: it was recorded, or it no longer means anything (the belt stopped). */
    void clear() {
        typed.set("");
    }
}
