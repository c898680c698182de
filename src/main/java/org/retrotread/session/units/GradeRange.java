package org.retrotread.session.units;

/**
 * The grades a treadmill's deck can be set to, a setting of the machine: most go from level to 15 %,
 * some decline to -3 or -5 %. No decline by default, since a treadmill that cannot decline is the
 * common case and a prompt for one it cannot do would be a prompt nobody can follow.
 */
public record GradeRange(Grade lowest, Grade highest) {

    public static final GradeRange DEFAULT = new GradeRange(Grade.LEVEL, Grade.ofPercent(15));

    public GradeRange {
        if (lowest == null || highest == null || lowest.exceeds(highest) || lowest.exceeds(Grade.LEVEL)
                || Grade.LEVEL.exceeds(highest)) {
            throw new IllegalArgumentException("a grade range runs from at most level to at least level: "
                    + lowest + " to " + highest);
        }
    }

    public boolean declines() {
        return lowest.isDecline();
    }
}
