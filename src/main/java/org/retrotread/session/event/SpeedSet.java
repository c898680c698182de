package org.retrotread.session.event;

import java.time.Duration;
import org.retrotread.session.units.Speed;

/** The belt's actual speed from now on, as the operator confirmed, typed or observed. */
public record SpeedSet(long seq, Duration at, Speed speed, Source source) implements SessionEvent {

    public enum Source {
        /** The operator confirmed the prompted speed as set. */
        PROMPT_CONFIRMED,
        /** The operator typed or stepped the speed actually set on a powered treadmill. */
        ENTERED,
        /** A reading off an unpowered treadmill's display: a fact, not a setting. */
        OBSERVED
    }
}
