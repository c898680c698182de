package org.retrotread.session.event;

import java.time.Duration;

/**
 * What the operator did about a heart rate above the client's ceiling.
 *
 * @param note the operator's reason when the walker carried on (required then), else blank
 */
public record HeartRateAnswered(long seq, Duration at, Response response, String note) implements SessionEvent {

    public enum Response {
        /** The belt was slowed (the new speed follows as its own event). */
        SLOWED_DOWN,
        /** The session was paused. */
        STOPPED,
        /** The walker carried on as the operator judged, with the reason given. */
        CARRIED_ON
    }
}
