package org.retrotread.session.event;

import java.time.Duration;

/**
 * The operator confirmed the walker has let go of the rails.
 *
 * @param earlyReason why the rails were let go before the handrail block's minimum time; empty when
 *                    the minimum had passed (or the release was outside a handrail block)
 */
public record HandsReleased(long seq, Duration at, String earlyReason) implements SessionEvent {

    public HandsReleased(long seq, Duration at) {
        this(seq, at, "");
    }

    public boolean early() {
        return !earlyReason.isEmpty();
    }
}
