package org.retrotread.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.retrotread.session.summary.TrainingWeek;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;
import org.retrotread.store.HistoryRow;

/**
 * A client's progress across sessions, from their history: active minutes and sessions each week
 * that ran against the sessions the plan intends (weeks with no session count as zero, so a gap shows), and
 * per session the fastest hands-free speed, pain before and after, effort (RPE), the steepest grade and the highest
 * heart rate.
 */
public record ProgressData(List<Week> weeks, List<Point> sessions) {

    /** Sessions further apart than this are drawn as separate stretches of line, on screen and on paper: a gap shows. */
    public static final double LONGEST_JOINED_DAYS = 10;

    /**
     * A Monday-to-Sunday week.
     *
     * @param intended the sessions a week the plans run that week intend (the most of them); a week
     *                 without sessions keeps the week before's, since the plan still stood
     */
    public record Week(LocalDate monday, double activeMinutes, int sessions, int intended) {
    }

    /** One session's figures; the grade and heart rate only where it was walked at a grade or one was taken. */
    public record Point(LocalDate day, Optional<Speed> handsFreeSpeed, Optional<Integer> painBefore, Optional<Integer> painAfter,
                 Optional<Integer> rpe, Optional<Grade> steepestGrade, Optional<HeartRate> highestHeartRate) {
    }

    /** Sessions done out of those intended, counting at most the intended number in any week (extra ones do not make up for a gap). */
    public record Adherence(int done, int intended) {
        public int percent() {
            return intended == 0 ? 0 : (int) Math.round(100.0 * done / intended);
        }
    }

    public Adherence adherence() {
        int done = 0;
        int intended = 0;
        for (Week w : weeks) {
            done += Math.min(w.sessions(), w.intended());
            intended += w.intended();
        }
        return new Adherence(done, intended);
    }

    public static ProgressData of(List<HistoryRow> history, ZoneId zone) {
        TreeMap<LocalDate, double[]> byWeek = new TreeMap<>(); // minutes, sessions, intended
        List<Point> points = new ArrayList<>();
        for (HistoryRow row : history) {
            LocalDate day = row.openedAt().atZone(zone).toLocalDate();
            LocalDate monday = TrainingWeek.startOf(day);
            double[] week = byWeek.computeIfAbsent(monday, m -> new double[3]);
            week[0] += row.activeTime().orElse(Duration.ZERO).toMillis() / 60_000.0;
            if (row.ran()) {
                week[1]++; // adherence counts sessions that ran, not every start
            }
            week[2] = Math.max(week[2], row.sessionsPerWeek());
            points.add(new Point(day, row.maxHandsFreeSpeed(), row.painBefore(), row.painAfter(), row.rpe(),
                    row.gradeAndHeart().steepestGrade(), row.gradeAndHeart().highestHeartRate()));
        }
        List<Week> weeks = new ArrayList<>();
        if (!byWeek.isEmpty()) {
            int intended = 0;
            for (LocalDate m = byWeek.firstKey(); !m.isAfter(byWeek.lastKey()); m = m.plusWeeks(1)) {
                double[] w = byWeek.getOrDefault(m, new double[3]);
                intended = w[2] > 0 ? (int) w[2] : intended;
                weeks.add(new Week(m, w[0], (int) w[1], intended));
            }
        }
        points.sort(Comparator.comparing(Point::day));
        return new ProgressData(List.copyOf(weeks), List.copyOf(points));
    }
}
