package org.retrotread.ui.clients;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.retrotread.session.units.Speed;
import org.retrotread.store.HistoryRow;

/**
 * A client's progress across sessions, from their history: active minutes each week (weeks with
 * no session count as zero, so a gap shows), and per session the fastest hands-free speed and pain
 * before and after.
 */
record ProgressData(List<Week> weeks, List<Point> sessions) {

    /** A Monday-to-Sunday week and the active minutes in it. */
    record Week(LocalDate monday, double activeMinutes, int sessions) {
    }

    record Point(LocalDate day, Optional<Speed> handsFreeSpeed, Optional<Integer> painBefore, Optional<Integer> painAfter) {
    }

    static ProgressData of(List<HistoryRow> history, ZoneId zone) {
        TreeMap<LocalDate, double[]> byWeek = new TreeMap<>();
        List<Point> points = new ArrayList<>();
        for (HistoryRow row : history) {
            LocalDate day = row.openedAt().atZone(zone).toLocalDate();
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            double[] week = byWeek.computeIfAbsent(monday, m -> new double[2]);
            week[0] += row.activeTime().orElse(Duration.ZERO).toMillis() / 60_000.0;
            week[1]++;
            points.add(new Point(day, row.maxHandsFreeSpeed(), row.painBefore(), row.painAfter()));
        }
        List<Week> weeks = new ArrayList<>();
        if (!byWeek.isEmpty()) {
            for (LocalDate m = byWeek.firstKey(); !m.isAfter(byWeek.lastKey()); m = m.plusWeeks(1)) {
                double[] w = byWeek.getOrDefault(m, new double[2]);
                weeks.add(new Week(m, w[0], (int) w[1]));
            }
        }
        points.sort(java.util.Comparator.comparing(Point::day));
        return new ProgressData(List.copyOf(weeks), List.copyOf(points));
    }
}
