package org.retrotread.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

/**
 * Turns keys and engine {@link Message}s into text for one language and one display unit.
 *
 * <p>Arguments are rendered by type: a {@link Speed} in the display unit with the language's decimal
 * mark ({@code 2,5 km/h} in German), a {@link Grade} in percent, a {@link HeartRate} in beats per minute, a {@link Duration} as a clock ({@code 4:05}), an enum constant
 * through the bundle key {@code SimpleName.CONSTANT}. Everything a person reads passes through here.
 */
public final class Messages {

    private static final String BUNDLE = "org.retrotread.i18n.messages";

    private final Locale locale;
    private final SpeedUnit unit;
    private final ResourceBundle bundle;

    public Messages(Locale locale, SpeedUnit unit) {
        this.locale = locale;
        this.unit = unit;
        this.bundle = bundle(locale);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public SpeedUnit unit() {
        return unit;
    }

    /** Dates and times in this language, in the computer's time zone. */
    public Dates dates() {
        return new Dates(this, ZoneId.systemDefault());
    }

    /**
     * The text for a key; a missing key shows itself in brackets rather than crashing a session. The
     * bundles write an apostrophe as {@code ''} everywhere (as {@link MessageFormat} needs it), so it is
     * undone here for texts shown as they are.
     */
    public String text(String key) {
        return raw(key).replace("''", "'");
    }

    private String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String format(String key, Object... args) {
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = render(args[i]);
        }
        return new MessageFormat(raw(key), locale).format(rendered);
    }

    public String format(Message message) {
        return format(message.key(), message.args().toArray());
    }

    /** Several messages said one after the other, as sentences of one paragraph. */
    public String sentences(List<Message> messages) {
        return String.join(" ", messages.stream().map(this::format).toList());
    }

    /** A plan problem named by its field, e.g. "Block 3, Time per step: must be at least 0:05". */
    public String problem(FieldProblem problem) {
        String field = text("plan.field." + problem.field());
        String what = format(problem.message());
        return problem.blockIndex() == FieldProblem.PLAN_LEVEL
                ? format("plan.problem.plan", field, what)
                : format("plan.problem.block", problem.blockIndex() + 1, field, what);
    }

    /** A speed in the display unit, one decimal: {@code 2.5 km/h}. */
    public String speed(Speed speed) {
        return number(speed.in(unit)) + " " + unit.symbol();
    }

    /** A grade as a treadmill shows it: {@code 5 %}, {@code 2.5 %}, {@code -3 %} (German {@code 2,5 %}). */
    public String grade(Grade grade) {
        return gradeNumber(grade) + "\u00a0%";
    }

    /** A grade's number alone, for a big readout beside its unit: whole percent without a decimal. */
    public String gradeNumber(Grade grade) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(grade.percent());
    }

    /** A heart rate with its unit: {@code 128 bpm} ({@code 128 /min} in German). */
    public String heartRate(HeartRate heartRate) {
        return format("unit.heartRate", String.valueOf(heartRate.beatsPerMinute()));
    }

    /** A speed's number alone in the display unit, for big readouts beside a separate unit label. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A duration as a clock: {@code 4:05}, or {@code 1:04:05} past an hour. Rounds down to the second. */
    public static String clock(Duration duration) {
        long total = Math.max(0, duration.toSeconds());
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long seconds = total % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, seconds)
                : String.format("%d:%02d", minutes, seconds);
    }

    private Object render(Object arg) {
        if (arg instanceof Speed s) {
            return speed(s);
        }
        if (arg instanceof Grade g) {
            return grade(g);
        }
        if (arg instanceof HeartRate h) {
            return heartRate(h);
        }
        if (arg instanceof Duration d) {
            return clock(d);
        }
        if (arg instanceof Enum<?> e) {
            return text(e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        if (arg instanceof Message m) {
            return format(m); // a reason inside a sentence: "... since 10:42:07: the disk is full."
        }
        if (arg instanceof Instant at) {
            return dates().time(at);
        }
        return arg;
    }
}
