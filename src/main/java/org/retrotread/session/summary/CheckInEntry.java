package org.retrotread.session.summary;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * A check-in as the summary reports it: when in the session it was made, and its scores.
 *
 * @param at session time (active time, as "Elapsed" counts it), never the time since the console opened
 */
public record CheckInEntry(Duration at, When when, OptionalInt rpe, OptionalInt pain) {

    public enum When { BEFORE_START, DURING, AFTER_END }
}
