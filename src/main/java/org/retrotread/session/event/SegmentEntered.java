package org.retrotread.session.event;

import java.time.Duration;

/** The session moved into segment {@code segmentIndex} of its plan (a new block, ramp step or interval phase). */
public record SegmentEntered(long seq, Duration at, int segmentIndex) implements SessionEvent {
}
