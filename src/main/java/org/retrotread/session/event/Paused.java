package org.retrotread.session.event;

import java.time.Duration;

/** The session was paused: the belt stops and time stops counting. */
public record Paused(long seq, Duration at) implements SessionEvent {
}
