package org.retrotread.session.units;

/**
 * A treadmill deck's incline, in the one canonical unit: tenths of a percent (rise over run), so that
 * 5 % is 50 and -2.5 % is -25. Positive raises the front of the deck: a walker facing the back walks
 * <em>uphill</em> backward; negative (a decline) is backward downhill.
 *
 * <p>Whole tenths, because that is the finest step any treadmill display shows, and because equal
 * grades must compare equal (5.0 typed and 0.5 added ten times are the same incline).
 */
public record Grade(int tenthsOfPercent) implements Comparable<Grade> {

    public static final Grade LEVEL = new Grade(0);

    /** The grade nearest {@code percent} in whole tenths; refuses a value no treadmill could show. */
    public static Grade ofPercent(double percent) {
        if (!Double.isFinite(percent) || Math.abs(percent) > 1000) {
            throw new IllegalArgumentException("grade must be a finite percentage: " + percent);
        }
        return new Grade((int) Math.round(percent * 10));
    }

    public double percent() {
        return tenthsOfPercent / 10.0;
    }

    /** Rise over run: 0.05 for 5 %, as the ACSM equations take it. */
    public double fraction() {
        return tenthsOfPercent / 1000.0;
    }

    public boolean isLevel() {
        return tenthsOfPercent == 0;
    }

    public boolean isDecline() {
        return tenthsOfPercent < 0;
    }

    public boolean exceeds(Grade other) {
        return tenthsOfPercent > other.tenthsOfPercent;
    }

    public Grade plus(Grade other) {
        return new Grade(tenthsOfPercent + other.tenthsOfPercent);
    }

    /** The size of a change between two grades, whichever is higher. */
    public Grade distanceTo(Grade other) {
        return new Grade(Math.abs(tenthsOfPercent - other.tenthsOfPercent));
    }

    public static Grade min(Grade a, Grade b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Grade max(Grade a, Grade b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(Grade other) {
        return Integer.compare(tenthsOfPercent, other.tenthsOfPercent);
    }
}
