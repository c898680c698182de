package org.retrotread.session.event;

import java.time.Duration;

/** The operator confirmed the walker has let go of the rails. */
public record HandsReleased(long seq, Duration at) implements SessionEvent {
}
