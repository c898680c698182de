package org.retrotread.session.summary;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.units.HeartRate;

/**
 * The heart rates taken in a session and what was done about those above the ceiling.
 *
 * @param readings          every rate taken, in order, at its session time
 * @param ceiling           the ceiling in force (from the readings themselves); empty with none, or not a guide
 * @param timeAboveCeiling  active time from a reading above the ceiling to the next reading at or below it (or the end)
 * @param answers           the operator's answer to each reading above the ceiling
 */
public record HeartRateSummary(List<Reading> readings, Optional<HeartRate> ceiling, Duration timeAboveCeiling,
                               List<Answer> answers) {

    /** A rate taken at active session time {@code at}; {@code checkIn} when taken with a check-in. */
    public record Reading(Duration at, HeartRate heartRate, boolean checkIn, boolean aboveCeiling) {
    }

    /** What the operator did at active session time {@code at} about a rate above the ceiling. */
    public record Answer(Duration at, HeartRateAnswered.Response response, String note) {
    }

    public Optional<HeartRate> lowest() {
        return readings.stream().map(Reading::heartRate).min(HeartRate::compareTo);
    }

    public Optional<HeartRate> highest() {
        return readings.stream().map(Reading::heartRate).max(HeartRate::compareTo);
    }
}
