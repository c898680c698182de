package org.retrotread.ui.console;

import java.util.Optional;
import java.util.OptionalInt;
import org.retrotread.i18n.Messages;
import org.retrotread.session.text.Echo;

/** Effort and pain scores as typed at a check-in: blank is "not asked"; anything else a whole number from 0 to 10. */
public final class Scores {

    private static final int HIGHEST = 10;

    private Scores() {
    }

    /** One typed score read: a value (or none), or what is wrong with it. */
    public sealed interface Score {
        record Read(OptionalInt value) implements Score { }
        record Wrong(String message) implements Score { }
    }

    /** Reads one typed score; the message says what is wrong with it, in the chosen language. */
    public static Score score(Messages text, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return new Score.Read(OptionalInt.empty());
        }
        if (!t.matches("\\d{1,2}")) {
            return new Score.Wrong(text.format("checkIn.error.notANumber", Echo.of(t)));
        }
        int value = Integer.parseInt(t);
        return value > HIGHEST ? new Score.Wrong(text.format("refusal.scaleRange", 0, HIGHEST))
                : new Score.Read(OptionalInt.of(value));
    }

    /** What is wrong with a typed check-in (effort, pain), if anything: a score out of range, or nothing at all. */
    static Optional<AnswerProblem> checkInProblem(Messages text, String rpe, String pain) {
        Optional<AnswerProblem> wrong = problem(text, 0, rpe).or(() -> problem(text, 1, pain));
        if (wrong.isPresent() || !(rpe.isBlank() && pain.isBlank())) {
            return wrong;
        }
        return Optional.of(new AnswerProblem(0, text.text("refusal.checkInEmpty")));
    }

    static Optional<AnswerProblem> problem(Messages text, int field, String typed) {
        return score(text, typed) instanceof Score.Wrong w ? Optional.of(new AnswerProblem(field, w.message())) : Optional.empty();
    }

    /** The value of a score that {@link #problem} passed (blank: none). */
    static OptionalInt read(String typed) {
        String t = typed == null ? "" : typed.strip();
        return t.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(t));
    }
}
