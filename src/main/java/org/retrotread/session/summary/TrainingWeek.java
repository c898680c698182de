package org.retrotread.session.summary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The one week rule: a training week runs Monday to Sunday, in the clinic's own time zone. "This week"
 * on the clients list, the weeks of the progress charts and the adherence count all use it.
 */
public final class TrainingWeek {

    public static final DayOfWeek FIRST_DAY = DayOfWeek.MONDAY;

    private TrainingWeek() {
    }

    /** The first day of the week {@code day} falls in. */
    public static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(FIRST_DAY));
    }

    /** The moment the week of {@code now} began, in {@code zone}. */
    public static Instant startOf(Instant now, ZoneId zone) {
        return startOf(now.atZone(zone).toLocalDate()).atStartOfDay(zone).toInstant();
    }

    /** The first week start on or after {@code day}: where a chart's first week line goes. */
    public static LocalDate firstStartFrom(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(FIRST_DAY));
    }
}
