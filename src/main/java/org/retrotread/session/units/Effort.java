package org.retrotread.session.units;

/**
 * Perceived effort on the 0-10 numeric scale (CR-10 style). Only numbers are stored: the Borg
 * scales' verbal anchors are licensed, so screens show neutral words of our own beside them.
 */
public record Effort(int rpe) implements Comparable<Effort> {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public Effort {
        if (rpe < MIN || rpe > MAX) {
            throw new IllegalArgumentException("effort must be 0-10: " + rpe);
        }
    }

    @Override
    public int compareTo(Effort other) {
        return Integer.compare(rpe, other.rpe);
    }
}
