package org.retrotread.session.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.SessionState;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;

/**
 * The grade and heart-rate part of a session's summary, kept as the summary walks the session: grade is the deck's
 * between two events (exact sums, like distance), a heart rate holds from its reading to the next.
 */
final class GradeAndHeartTally {

    private double gradeSeconds;
    private double movingSeconds;
    private Grade highest;
    private double climbedMetres;
    private Duration declined = Duration.ZERO;
    private Duration aboveCeiling = Duration.ZERO;
    private Optional<HeartRate> ceiling = Optional.empty();
    private final List<HeartRateSummary.Reading> readings = new ArrayList<>();
    private final List<HeartRateSummary.Answer> answers = new ArrayList<>();

    /** An active stretch: the deck's grade (and, with the speed, the height climbed) and the time above the ceiling. */
    void active(SessionState state, Movement movement, Duration span) {
        if (state.lastHeartRate().map(HeartRateRecorded::aboveCeiling).orElse(false)) {
            aboveCeiling = aboveCeiling.plus(span);
        }
        if (movement == Movement.STANDING) {
            return;
        }
        double seconds = span.toNanos() / 1e9;
        Grade grade = state.actualGrade();
        gradeSeconds += grade.percent() * seconds;
        movingSeconds += seconds;
        highest = highest == null ? grade : Grade.max(highest, grade);
        if (grade.isDecline()) {
            declined = declined.plus(span);
        }
        if (movement == Movement.BACKWARD && grade.exceeds(Grade.LEVEL)) {
            double metres = state.actualSpeed().map(s -> s.metresPerSecond() * seconds).orElse(0.0);
            climbedMetres += metres * Math.sin(Math.atan(grade.fraction()));
        }
    }

    void event(SessionState before, SessionEvent event) {
        if (event instanceof HeartRateRecorded h) {
            readings.add(new HeartRateSummary.Reading(before.activeTime(h.at()), h.heartRate(),
                    h.source() == HeartRateRecorded.Source.CHECK_IN, h.aboveCeiling()));
            ceiling = h.ceiling().or(() -> ceiling);
        } else if (event instanceof HeartRateAnswered a) {
            answers.add(new HeartRateSummary.Answer(before.activeTime(a.at()), a.response(), a.note()));
        }
    }

    GradeSummary grade() {
        Optional<Grade> average = movingSeconds <= 0 ? Optional.empty()
                : Optional.of(Grade.ofPercent(gradeSeconds / movingSeconds));
        return new GradeSummary(average, Optional.ofNullable(highest), new Distance(climbedMetres), declined);
    }

    HeartRateSummary heartRate() {
        return new HeartRateSummary(List.copyOf(readings), ceiling, aboveCeiling, List.copyOf(answers));
    }
}
