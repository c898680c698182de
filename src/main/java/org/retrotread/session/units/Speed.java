package org.retrotread.session.units;

/**
 * A belt or walking speed, held in the one canonical unit: metres per second.
 *
 * <p>A speed is never negative and always finite; input that is not gets refused by
 * {@link SpeedParser} before a {@code Speed} is ever made. Comparisons allow a tolerance far
 * below anything a treadmill display shows, so that 20.0 km/h typed by hand is not "above" a
 * 20 km/h maximum because of binary rounding.
 */
public record Speed(double metresPerSecond) implements Comparable<Speed> {

    public static final Speed ZERO = new Speed(0);

    /** Below a micrometre per second: invisible on any display, larger than rounding noise. */
    private static final double TOLERANCE_M_PER_S = 1e-6;

    public Speed {
        if (!Double.isFinite(metresPerSecond) || metresPerSecond < 0) {
            throw new IllegalArgumentException("speed must be finite and not negative: " + metresPerSecond);
        }
    }

    public static Speed of(double value, SpeedUnit unit) {
        return new Speed(value * unit.metresPerSecondPerUnit());
    }

    public static Speed ofKmh(double kilometresPerHour) {
        return of(kilometresPerHour, SpeedUnit.KILOMETRES_PER_HOUR);
    }

    public static Speed ofMph(double milesPerHour) {
        return of(milesPerHour, SpeedUnit.MILES_PER_HOUR);
    }

    public double in(SpeedUnit unit) {
        return metresPerSecond / unit.metresPerSecondPerUnit();
    }

    public double kmh() {
        return in(SpeedUnit.KILOMETRES_PER_HOUR);
    }

    public double metresPerMinute() {
        return metresPerSecond * 60;
    }

    public boolean isZero() {
        return metresPerSecond < TOLERANCE_M_PER_S;
    }

    public boolean exceeds(Speed other) {
        return metresPerSecond > other.metresPerSecond + TOLERANCE_M_PER_S;
    }

    public boolean sameAs(Speed other) {
        return Math.abs(metresPerSecond - other.metresPerSecond) <= TOLERANCE_M_PER_S;
    }

    public Speed plus(Speed other) {
        return new Speed(metresPerSecond + other.metresPerSecond);
    }

    /** The size of a change between two speeds, whichever is larger. */
    public Speed distanceTo(Speed other) {
        return new Speed(Math.abs(metresPerSecond - other.metresPerSecond));
    }

    /**
     * This speed moved by {@code delta} display units (negative to slow down), landing on the
     * display's tenths (0.93 mph + 0.1 gives 1.0, not 1.03) and never below zero.
     */
    public Speed adjustedBy(double delta, SpeedUnit unit) {
        double tenths = Math.round((in(unit) + delta) * 10) / 10.0;
        return of(Math.max(0, tenths), unit);
    }

    public static Speed min(Speed a, Speed b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Speed max(Speed a, Speed b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(Speed other) {
        return Double.compare(metresPerSecond, other.metresPerSecond);
    }
}
