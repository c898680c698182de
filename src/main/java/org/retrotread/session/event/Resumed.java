package org.retrotread.session.event;

import java.time.Duration;

/** The session went on after a pause or an emergency stop. */
public record Resumed(long seq, Duration at) implements SessionEvent {
}
