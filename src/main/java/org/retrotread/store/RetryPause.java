package org.retrotread.store;

import java.time.Duration;

/** The writer's pause between tries: doubling from the first to the longest, and short again after a success. */
final class RetryPause {

    private final Duration first;
    private final Duration longest;
    private Duration next;

    RetryPause(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
        this.next = first;
    }

    void reset() {
        next = first;
    }

    /** Sleeps the pause, then makes the next one longer; false when interrupted (the writer is to stop). */
    boolean sleep() {
        try {
            Thread.sleep(next.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(longest) > 0 ? longest : doubled;
        return true;
    }
}
