package org.retrotread.session.event;

import java.time.Duration;

/** The session is over, either by finishing its plan or by the operator ending it (with a reason). */
public record SessionEnded(long seq, Duration at, Ending ending, String reason) implements SessionEvent {

    public enum Ending {
        COMPLETED,
        ENDED_EARLY,
        /** The app stopped (crash, power loss) and the operator chose to close the session rather than resume it. */
        INTERRUPTED
    }
}
