package org.retrotread.session.correction;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.retrotread.session.summary.SessionSummary;

/**
 * A figure of a session's summary that a correction can change, so that every place showing it can mark it
 * corrected. Which figures a set of corrections changed is found by comparing the summaries before and after:
 * what is marked is exactly what differs.
 */
public enum Figure {
    PAIN_BEFORE, PAIN_AFTER, EFFORT, CHECK_INS, DISTANCE, MAX_SPEED, MAX_HANDS_FREE_SPEED, ENERGY, ENDING, NOTES;

    /** The figures that differ between the summary as recorded and as corrected. */
    public static Set<Figure> changed(SessionSummary recorded, SessionSummary corrected) {
        Set<Figure> out = EnumSet.noneOf(Figure.class);
        mark(out, PAIN_BEFORE, recorded.painBefore(), corrected.painBefore());
        mark(out, PAIN_AFTER, recorded.painAfter(), corrected.painAfter());
        mark(out, EFFORT, recorded.sessionRpe(), corrected.sessionRpe());
        mark(out, CHECK_INS, recorded.checkIns(), corrected.checkIns());
        mark(out, DISTANCE, recorded.backwardDistance(), corrected.backwardDistance());
        mark(out, DISTANCE, recorded.forwardDistance(), corrected.forwardDistance());
        mark(out, MAX_SPEED, recorded.maxBackwardSpeed(), corrected.maxBackwardSpeed());
        mark(out, MAX_HANDS_FREE_SPEED, recorded.maxHandsFreeBackwardSpeed(), corrected.maxHandsFreeBackwardSpeed());
        mark(out, ENERGY, recorded.energy(), corrected.energy());
        mark(out, ENDING, recorded.ending(), corrected.ending());
        mark(out, NOTES, recorded.notes(), corrected.notes());
        return out;
    }

    private static void mark(Set<Figure> out, Figure figure, Object recorded, Object corrected) {
        if (!Objects.equals(recorded, corrected)) {
            out.add(figure);
        }
    }
}
