package org.retrotread.session.event;

import java.time.Duration;

/** The operator hit emergency stop: the belt is stopped and time stops counting. */
public record EmergencyStopped(long seq, Duration at) implements SessionEvent {
}
