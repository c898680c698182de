package org.retrotread.session;

import java.util.Optional;
import org.retrotread.session.units.HeartRate;

/**
 * What a client's heart rate means for the session, as the clinician set it in the profile.
 *
 * @param ceiling  the highest heart rate the walker should reach; an entry above it asks the operator
 *                 what was done (slow down, stop, or carry on with a reason)
 * @param notAGuide heart rate does not reflect effort for this client (beta-blockers, a paced heart: the
 *                 clinician's judgement): the ceiling is off and the console puts effort (RPE) first
 */
public record HeartRateGuide(Optional<HeartRate> ceiling, boolean notAGuide) {

    public static final HeartRateGuide NONE = new HeartRateGuide(Optional.empty(), false);

    /** The ceiling the console watches: none when heart rate is not a guide. */
    public Optional<HeartRate> ceilingInForce() {
        return notAGuide ? Optional.empty() : ceiling;
    }
}
