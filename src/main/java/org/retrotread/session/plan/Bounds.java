package org.retrotread.session.plan;

import java.time.Duration;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * Limits beyond which a value in a plan is a typing mistake rather than a protocol.
 *
 * <p>Generous on purpose: they stop "300 minutes" or "45 km/h", not unusual but real sessions.
 * The treadmill's and the client's own maxima are checked separately, when a session runs.
 */
public final class Bounds {

    public static final Duration SHORTEST_BLOCK = Duration.ofSeconds(5);
    public static final Duration LONGEST_BLOCK = Duration.ofHours(3);
    public static final Speed FASTEST_TARGET = Speed.ofKmh(30);
    public static final Speed SMALLEST_RAMP_STEP = Speed.ofKmh(0.1);
    public static final Speed LARGEST_RAMP_STEP = Speed.ofKmh(5);
    public static final Grade SMALLEST_GRADE_STEP = Grade.ofPercent(0.1);
    public static final Grade LARGEST_GRADE_STEP = Grade.ofPercent(5);
    /** A grade ramp's step when the plan names none: one percent, the common step of incline protocols. */
    public static final Grade USUAL_GRADE_STEP = Grade.ofPercent(1);
    public static final int MOST_RAMP_STEPS = 100;
    public static final int MOST_REPEATS = 50;
    public static final int MOST_BLOCKS = 100;
    public static final int LONGEST_NAME = 100;
    public static final int MOST_SESSIONS_PER_WEEK = 14;

    private Bounds() {
    }
}
