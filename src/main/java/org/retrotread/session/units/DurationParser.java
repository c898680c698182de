package org.retrotread.session.units;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a block length the way clinicians write it: {@code 2:30} (minutes and seconds),
 * {@code 1:05:00}, {@code 5} or {@code 5 min} (minutes), {@code 2,5} (minutes), {@code 90 s}.
 * A bare number is minutes because protocols are written in minutes. Both decimal marks are
 * accepted in every language, as with speeds ({@link SpeedParser}).
 */
public final class DurationParser {

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:[.,]\\d*)?|[.,]\\d+)\\s*(min|m|s|sec|sek)?");

    private DurationParser() {
    }

    /** The duration typed, or empty when it cannot be read as one (the caller says so at the field). */
    public static Optional<Duration> parse(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long seconds = Long.parseLong(clock.group(3));
            if (seconds > 59 || (clock.group(1) != null && Long.parseLong(clock.group(2)) > 59)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofHours(hours).plusMinutes(Long.parseLong(clock.group(2))).plusSeconds(seconds));
        }
        Matcher amount = AMOUNT.matcher(text);
        if (!amount.matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(amount.group(1).replace(',', '.'));
        boolean inSeconds = amount.group(2) != null && amount.group(2).startsWith("s");
        double millis = value * (inSeconds ? 1_000 : 60_000);
        return millis > Duration.ofDays(1).toMillis() ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(millis)));
    }
}
