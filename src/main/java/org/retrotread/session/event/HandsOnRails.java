package org.retrotread.session.event;

import java.time.Duration;

/** The walker took hold of the rails again. */
public record HandsOnRails(long seq, Duration at) implements SessionEvent {
}
