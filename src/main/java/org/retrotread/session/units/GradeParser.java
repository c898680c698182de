package org.retrotread.session.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrotread.session.text.Message;

/**
 * Reads a grade as an operator types it: {@code 5}, {@code 5.5}, {@code 5,5}, {@code -3}, {@code +2},
 * {@code 4 %}. Either decimal mark, as in {@link SpeedParser}; a sign is part of a grade (a decline is
 * negative), written as {@code -} or the typographic minus. At most one decimal, because a treadmill
 * shows tenths: "5.25" is refused rather than quietly becoming a grade nobody typed.
 */
public final class GradeParser {

    /** The steepest grade written anywhere in a plan or typed (a typing bound, not a treadmill's). */
    public static final Grade STEEPEST = Grade.ofPercent(40);
    /** The deepest decline accepted as typed (a typing bound, not a treadmill's). */
    public static final Grade DEEPEST = Grade.ofPercent(-25);
    /** Longer than any grade a person means ("-12.5 %" has 7). */
    public static final int LONGEST_ENTRY = 10;

    private static final Pattern GRADE = Pattern.compile("([+\\-\u2212]?)\\s*(\\d{1,3}(?:[.,](\\d*))?|[.,](\\d+))\\s*%?");

    private GradeParser() {
    }

    /** The outcome of reading one typed grade: a grade, or why there is none. */
    public sealed interface Result permits Parsed, Refused {
    }

    public record Parsed(Grade grade) implements Result {
    }

    public record Refused(Message reason) implements Result {
    }

    public static Result parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return refused("grade.error.empty");
        }
        if (text.length() > LONGEST_ENTRY) {
            return refused("grade.error.tooLong", LONGEST_ENTRY);
        }
        Matcher m = GRADE.matcher(text);
        if (!m.matches()) {
            return refused("grade.error.notANumber", text);
        }
        String decimals = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
        if (decimals.length() > 1) {
            return refused("grade.error.tooPrecise", text);
        }
        double value = Double.parseDouble(m.group(2).replace(',', '.'));
        Grade grade = Grade.ofPercent(m.group(1).isEmpty() || m.group(1).equals("+") ? value : -value);
        if (grade.exceeds(STEEPEST) || DEEPEST.exceeds(grade)) {
            return refused("grade.error.outOfRange", DEEPEST, STEEPEST);
        }
        return new Parsed(grade);
    }

    private static Refused refused(String key, Object... args) {
        return new Refused(Message.of(key, args));
    }
}
