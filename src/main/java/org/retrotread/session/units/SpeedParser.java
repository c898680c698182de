package org.retrotread.session.units;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrotread.session.text.Message;

/**
 * Reads a speed the way operators type it beside a treadmill: {@code 2.5}, {@code 2,5},
 * {@code 2.5 km/h}, {@code 1.6mph}. A bare number is taken in the display unit.
 *
 * <p>Both {@code .} and {@code ,} are accepted as the decimal mark in every language: speeds on a
 * treadmill never need a thousands separator, and a trainer with a German keyboard layout on an
 * English system (or the reverse) should not be refused. This is why parsing does not use
 * {@link java.text.NumberFormat}, whose result depends on the default locale.
 */
public final class SpeedParser {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
            "([+-]?)(\\d+(?:[.,]\\d*)?|[.,]\\d+)\\s*([\\p{L}/]*)");

    /**
     * Longer than any speed a person means (the longest sensible entry, "12.5 km/h", has 9): a run of
     * 400 digits is refused here, before any number is made from it.
     */
    public static final int LONGEST_ENTRY = 16;

    private SpeedParser() {
    }

    /** The outcome of reading one typed speed: a speed, or why there is none. */
    public sealed interface Result permits Parsed, Refused {
    }

    public record Parsed(Speed speed, SpeedUnit unitTyped) implements Result {
    }

    public record Refused(Message reason) implements Result {
    }

    public static Result parse(String typed, SpeedUnit bareNumberUnit) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return refused("speed.error.empty");
        }
        if (text.length() > LONGEST_ENTRY) {
            return refused("speed.error.tooLong", LONGEST_ENTRY);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf") || lower.contains("\u221e")) {
            return refused("speed.error.notFinite", text);
        }
        Matcher m = NUMBER_AND_UNIT.matcher(lower);
        if (!m.matches()) {
            return refused("speed.error.notANumber", text);
        }
        Optional<SpeedUnit> unit = unitFrom(m.group(3), bareNumberUnit);
        if (unit.isEmpty()) {
            return refused("speed.error.unknownUnit", m.group(3));
        }
        if (!m.group(1).isEmpty()) {
            // A sign is never part of a belt speed: "-1" must not become 1.0 by losing its minus.
            return refused(m.group(1).equals("-") ? "speed.error.negative" : "speed.error.sign", text);
        }
        double value = Double.parseDouble(m.group(2).replace(',', '.'));
        if (!Double.isFinite(value * unit.get().metresPerSecondPerUnit())) {
            return refused("speed.error.notFinite", text);
        }
        return new Parsed(Speed.of(value, unit.get()), unit.get());
    }

    private static Optional<SpeedUnit> unitFrom(String written, SpeedUnit bareNumberUnit) {
        return switch (written) {
            case "" -> Optional.of(bareNumberUnit);
            case "km/h", "kmh", "kph", "km/std", "kmph" -> Optional.of(SpeedUnit.KILOMETRES_PER_HOUR);
            case "mph", "mi/h" -> Optional.of(SpeedUnit.MILES_PER_HOUR);
            default -> Optional.empty();
        };
    }

    private static Refused refused(String key, Object... args) {
        return new Refused(Message.of(key, args));
    }
}
