package org.retrotread.session.plan;

/** What the walker is doing in a segment; only backward time counts toward backward distance and speed. */
public enum Movement {
    BACKWARD,
    FORWARD,
    /** Straddling the belt on the side rails: belt may run, the walker does not move. */
    STANDING
}
