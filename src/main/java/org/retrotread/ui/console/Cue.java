package org.retrotread.ui.console;

/** The moments the console marks with a short sound. */
public enum Cue {
    /** Each of the last three seconds before a change: 3, 2, 1. */
    COUNTDOWN,
    /** A new segment began (a new speed, effort or phase). */
    CHANGE,
    /** An emergency stop. */
    STOP,
    /** The session is over. */
    END
}
