package org.retrotread.session.event;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.session.units.HeartRate;

/**
 * A heart rate the operator read and typed in.
 *
 * @param ceiling the client's heart-rate ceiling in force when it was taken (empty: none set, or heart
 *                rate is not a guide for this client), kept with the reading so that the record says
 *                what the operator was asked to watch even after the profile changes
 */
public record HeartRateRecorded(long seq, Duration at, HeartRate heartRate, Source source, Optional<HeartRate> ceiling)
        implements SessionEvent {

    public enum Source {
        /** Taken with a check-in. */
        CHECK_IN,
        /** Taken at any other moment with the heart-rate key. */
        KEYED
    }

    /** True when the reading is above the ceiling in force: the console asks what the operator did. */
    public boolean aboveCeiling() {
        return ceiling.map(heartRate::exceeds).orElse(false);
    }
}
