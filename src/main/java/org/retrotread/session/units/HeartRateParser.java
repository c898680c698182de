package org.retrotread.session.units;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrotread.session.text.Message;

/**
 * Reads a heart rate as typed: {@code 128}, {@code 128 bpm}, {@code 128/min}. Whole beats only; under
 * 30 or over 230 is refused with the reason (a slip, or a monitor that lost contact), never stored.
 */
public final class HeartRateParser {

    private static final Pattern BPM = Pattern.compile("(\\d{1,4})\\s*(bpm|/min|s/min|min-1|schl\u00e4ge/min)?");

    private HeartRateParser() {
    }

    /** The outcome of reading one typed heart rate: a heart rate, or why there is none. */
    public sealed interface Result permits Parsed, Refused {
        /** The heart rate read, if any. */
        default Optional<HeartRate> read() {
            return this instanceof Parsed p ? Optional.of(p.heartRate()) : Optional.empty();
        }
    }

    public record Parsed(HeartRate heartRate) implements Result {
    }

    public record Refused(Message reason) implements Result {
    }

    public static Result parse(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return refused("heartRate.error.empty");
        }
        if (text.length() > 16) {
            return refused("heartRate.error.notANumber", typed.strip().substring(0, 16) + "\u2026");
        }
        Matcher m = BPM.matcher(text);
        if (!m.matches()) {
            return refused("heartRate.error.notANumber", typed.strip());
        }
        int bpm = Integer.parseInt(m.group(1));
        if (bpm < HeartRate.LOWEST_PLAUSIBLE_BPM || bpm > HeartRate.HIGHEST_PLAUSIBLE_BPM) {
            return refused("heartRate.error.implausible", bpm, HeartRate.LOWEST_PLAUSIBLE_BPM,
                    HeartRate.HIGHEST_PLAUSIBLE_BPM);
        }
        return new Parsed(new HeartRate(bpm));
    }

    private static Refused refused(String key, Object... args) {
        return new Refused(Message.of(key, args));
    }
}
