package org.retrotread.report;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.retrotread.i18n.Messages;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.ActiveTimes;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Amendment;

/**
 * How a correction reads, the same on the screen and on paper: what it corrects ("Check-in at 5:00, pain"),
 * its values in the reader's units, and the mark a corrected figure carries.
 */
public final class CorrectionText {

    /** The mark after a corrected figure; the legend beside it says what it means. */
    public static final String MARK = " *";

    private static final String NONE = "\u2014";

    private final Messages text;

    public CorrectionText(Messages text) {
        this.text = text;
    }

    /** A figure's text, marked when a correction changed it. */
    public static String marked(String value, boolean corrected) {
        return corrected ? value + MARK : value;
    }

    /** What a correction corrects, in words, placed in the session by its session time. */
    public String what(CorrectedField field, OptionalLong seq, List<SessionEvent> events) {
        String name = text.text("CorrectedField." + field.name());
        if (seq.isEmpty()) {
            return name;
        }
        List<Duration> times = ActiveTimes.of(events);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).seq() == seq.getAsLong()) {
                return text.format("correction.at", name, Messages.clock(times.get(i)));
            }
        }
        return text.format("correction.event", name, seq.getAsLong());
    }

    /** A canonical value as a reader sees it: a score, a speed in the display unit, an ending, a note. */
    public String value(CorrectedField field, String canonical) {
        if (canonical == null || canonical.isEmpty()) {
            return NONE;
        }
        return switch (field) {
            case SPEED -> text.speed(new Speed(Double.parseDouble(canonical)));
            case ENDING -> text.text("Ending." + canonical);
            default -> canonical;
        };
    }

    /** An amendment in one line: when, who, what changed from what to what, and why. */
    public String line(Amendment a, String when, List<SessionEvent> events, String key) {
        if (a.correction().isEmpty()) { // a free-text amendment from before corrections were structured
            return text.format(key, when, a.author(), a.field(), orNone(a.oldValue()), orNone(a.newValue()), a.reason());
        }
        var c = a.correction().get();
        return text.format(key, when, a.author(), what(c.field(), c.eventSeq(), events), value(c.field(), a.oldValue()),
                value(c.field(), c.value()), a.reason());
    }

    private static String orNone(String v) {
        return v == null || v.isEmpty() ? NONE : v;
    }
}
