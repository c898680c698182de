package org.retrotread.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Every date and time a person reads, in the chosen language's own forms and in one time zone (the
 * computer's, unless a report is made for another). The one place dates are formatted for reading;
 * file names and CSV use fixed ISO forms of their own, which are not for reading.
 */
public final class Dates {

    private final Messages text;
    private final ZoneId zone;

    public Dates(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    /** "2 Dec 2026, 21:18": when a session was, on the sheet, the summary and the trail. */
    public String dateTime(Instant at) {
        return localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)).format(at.atZone(zone));
    }

    /** "12/2/26, 9:18 PM": in lists and choices, where room is short. */
    public String shortDateTime(Instant at) {
        return localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)).format(at.atZone(zone));
    }

    /** "2 Dec 2026". */
    public String date(LocalDate day) {
        return localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(day);
    }

    /** "2 Dec 2026", the day of a moment in this zone. */
    public String date(Instant at) {
        return date(at.atZone(zone).toLocalDate());
    }

    /** "Wednesday, 2 December 2026": a day named in full, where it must not be misread. */
    public String fullDate(LocalDate day) {
        return localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)).format(day);
    }

    /** "12/2" or "2.12.": day and month alone, for a chart's week marks; the pattern is the bundle's. */
    public String dayMonth(LocalDate day) {
        return DateTimeFormatter.ofPattern(text.text("format.dayMonth"), text.locale()).format(day);
    }

    /** "21:18:07": a time of day to the second (a save problem's "since"). */
    public String time(Instant at) {
        return localized(DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)).format(at.atZone(zone));
    }

    private DateTimeFormatter localized(DateTimeFormatter formatter) {
        return formatter.withLocale(text.locale());
    }
}
