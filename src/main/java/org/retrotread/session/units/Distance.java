package org.retrotread.session.units;

/** A distance walked, in metres. */
public record Distance(double metres) {

    public static final Distance ZERO = new Distance(0);

    public Distance {
        if (!Double.isFinite(metres) || metres < 0) {
            throw new IllegalArgumentException("distance must be finite and not negative: " + metres);
        }
    }
}
