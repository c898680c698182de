package org.retrotread.session.event;

import java.time.Duration;

/** The operator left block {@code blockIndex} before its end; the reason is kept with the record. */
public record BlockSkipped(long seq, Duration at, int blockIndex, String reason) implements SessionEvent {
}
