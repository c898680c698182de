package org.retrotread.session.event;

import java.time.Duration;
import java.time.Instant;

/** The session began; {@code wallClock} is kept for the record (dates on sheets), never for arithmetic. */
public record SessionStarted(long seq, Duration at, Instant wallClock) implements SessionEvent {
}
