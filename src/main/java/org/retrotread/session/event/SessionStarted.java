package org.retrotread.session.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The session began; {@code wallClock} is kept for the record (dates on sheets), never for arithmetic.
 *
 * @param walkerHoldingRails the operator's answer, at the start of a plan that does not open with a
 *                           handrail block, to "Is the walker holding the rails?"; empty where the plan
 *                           opens on the rails (the answer is known) and in sessions recorded before it was asked
 */
public record SessionStarted(long seq, Duration at, Instant wallClock, Optional<Boolean> walkerHoldingRails)
        implements SessionEvent {

    public SessionStarted(long seq, Duration at, Instant wallClock) {
        this(seq, at, wallClock, Optional.empty());
    }
}
