package org.retrotread.session.event;

import java.time.Duration;

/**
 * Something that happened in a session. The events are the record: the state on screen, the
 * summary and crash recovery are all computed by replaying them in order.
 *
 * <p>{@code seq} counts from 1 without gaps; {@code at} is the time since the session's clock
 * origin, read from a monotonic clock so that a change of the wall clock cannot reorder events.
 */
public sealed interface SessionEvent permits SessionStarted, SegmentEntered, BlockSkipped, SpeedPrompted,
        SpeedSet, HandsReleased, HandsOnRails, Paused, Resumed, EmergencyStopped, SessionEnded,
        CheckInRecorded, NoteAdded, GradePrompted, GradeSet, HeartRateRecorded, HeartRateAnswered {

    long seq();

    Duration at();
}
