package org.retrotread.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.GradeSummary;
import org.retrotread.session.summary.HeartRateSummary;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/**
 * One line of a client's history: what a clinician scans for progress.
 *
 * @param rpe             how hard the session was (the last effort rating after the start)
 * @param sessionsPerWeek how often the plan it ran means it to be done, for adherence
 * @param ran             whether it counts as run: completed, or the clinic's share of its planned time
 *                        (a 5-second start is on the record, but it is not a session done)
 * @param corrected       the figures a correction changed: each place showing one marks it corrected
 * @param gradeAndHeart   the grades walked and the heart rates taken (empty parts: walked level, none taken)
 */
public record HistoryRow(long sessionId, Instant openedAt, String planName, int planVersion, TreadmillMode mode,
                         Optional<Duration> activeTime, Optional<Duration> handsFree, Optional<Speed> maxBackwardSpeed,
                         Optional<Speed> maxHandsFreeSpeed,
                         Optional<Integer> painBefore, Optional<Integer> painAfter, Optional<SessionEnded.Ending> ending,
                         int amendments, Optional<Integer> rpe, int sessionsPerWeek, boolean ran,
                         Set<Figure> corrected, GradeAndHeart gradeAndHeart) {

    public HistoryRow {
        corrected = Set.copyOf(corrected);
        gradeAndHeart = gradeAndHeart == null ? GradeAndHeart.NONE : gradeAndHeart;
    }

    /** A row of a session walked level with no heart rate taken. */
    public HistoryRow(long sessionId, Instant openedAt, String planName, int planVersion, TreadmillMode mode,
                      Optional<Duration> activeTime, Optional<Duration> handsFree, Optional<Speed> maxBackwardSpeed,
                      Optional<Speed> maxHandsFreeSpeed, Optional<Integer> painBefore, Optional<Integer> painAfter,
                      Optional<SessionEnded.Ending> ending, int amendments, Optional<Integer> rpe, int sessionsPerWeek, boolean ran,
                      Set<Figure> corrected) {
        this(sessionId, openedAt, planName, planVersion, mode, activeTime, handsFree, maxBackwardSpeed, maxHandsFreeSpeed,
                painBefore, painAfter, ending, amendments, rpe, sessionsPerWeek, ran, corrected, GradeAndHeart.NONE);
    }

    /** A session's grade and heart-rate figures, as its summary has them. */
    public record GradeAndHeart(Optional<Grade> averageGrade, Optional<Grade> steepestGrade, Optional<Distance> climbed,
                                Optional<HeartRate> lowestHeartRate, Optional<HeartRate> highestHeartRate,
                                Optional<Duration> aboveCeiling) {
        public static final GradeAndHeart NONE = new GradeAndHeart(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        /** From a summary: the grade figures only where it was not walked level, the time above only with a ceiling. */
        public static GradeAndHeart of(SessionSummary s) {
            GradeSummary g = s.grade();
            HeartRateSummary h = s.heartRate();
            boolean graded = !g.allLevel();
            return new GradeAndHeart(g.average().filter(x -> graded), g.highest().filter(x -> graded),
                    Optional.of(g.climbed()).filter(x -> graded), h.lowest(), h.highest(), h.ceiling().map(c -> h.timeAboveCeiling()));
        }
    }

    public boolean isCorrected(Figure figure) {
        return corrected.contains(figure);
    }
}
