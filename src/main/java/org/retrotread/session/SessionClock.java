package org.retrotread.session;

import java.time.Duration;

/**
 * A monotonic clock: time since an origin of the caller's choosing. The engine reads every
 * timestamp from it, so a wall-clock change (daylight saving, NTP) can never make time run
 * backwards in a session, and tests drive time exactly.
 */
@FunctionalInterface
public interface SessionClock {

    Duration now();

    /** The system's monotonic clock, reading zero when this method is called. */
    static SessionClock system() {
        long origin = System.nanoTime();
        return () -> Duration.ofNanos(System.nanoTime() - origin);
    }

    /** The system's monotonic clock, continuing from {@code resumeAt} (for a session rebuilt after a restart). */
    static SessionClock continuingFrom(Duration resumeAt) {
        long origin = System.nanoTime();
        return () -> resumeAt.plusNanos(System.nanoTime() - origin);
    }
}
