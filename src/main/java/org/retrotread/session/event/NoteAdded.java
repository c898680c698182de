package org.retrotread.session.event;

import java.time.Duration;

/** A free-text note from the operator. */
public record NoteAdded(long seq, Duration at, String text) implements SessionEvent {
}
