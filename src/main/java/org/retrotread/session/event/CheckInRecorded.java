package org.retrotread.session.event;

import java.time.Duration;
import java.util.OptionalInt;

/** A check-in: perceived effort and pain, each on a 0-10 scale, either may be left out. */
public record CheckInRecorded(long seq, Duration at, OptionalInt rpe, OptionalInt pain) implements SessionEvent {
}
