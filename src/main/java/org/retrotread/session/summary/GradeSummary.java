package org.retrotread.session.summary;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Grade;

/**
 * The grades a session was walked at, from its events.
 *
 * @param average        the time-weighted grade over active time on the move (standing excluded); empty with none
 * @param highest        the steepest grade walked; empty with no active time on the move
 * @param climbed        the height climbed backward uphill: belt distance x sin(atan(grade)), uphill stretches only
 * @param timeInDecline  active time walked on a declined deck (backward downhill)
 */
public record GradeSummary(Optional<Grade> average, Optional<Grade> highest, Distance climbed, Duration timeInDecline) {

    /** True when the session was walked level throughout: sheets and exports need say nothing of grade. */
    public boolean allLevel() {
        return highest.map(Grade::isLevel).orElse(true) && timeInDecline.isZero();
    }
}
