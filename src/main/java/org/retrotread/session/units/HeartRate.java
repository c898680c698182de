package org.retrotread.session.units;

/**
 * A heart rate in beats per minute, as read off a monitor or counted at the wrist and typed in.
 * Only plausible values exist: under 30 or over 230 is a slip of the finger or a monitor's fault,
 * never a walker's heart, so {@link HeartRateParser} refuses it before one is made.
 */
public record HeartRate(int beatsPerMinute) implements Comparable<HeartRate> {

    public static final int LOWEST_PLAUSIBLE_BPM = 30;
    public static final int HIGHEST_PLAUSIBLE_BPM = 230;

    public HeartRate {
        if (beatsPerMinute < LOWEST_PLAUSIBLE_BPM || beatsPerMinute > HIGHEST_PLAUSIBLE_BPM) {
            throw new IllegalArgumentException("heart rate out of the plausible range: " + beatsPerMinute);
        }
    }

    public boolean exceeds(HeartRate other) {
        return beatsPerMinute > other.beatsPerMinute;
    }

    @Override
    public int compareTo(HeartRate other) {
        return Integer.compare(beatsPerMinute, other.beatsPerMinute);
    }
}
