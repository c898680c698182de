package org.retrotread.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

/**
 * What the {@link EventJournal} has been given and not yet written: how many, since when (on the monotonic
 * clock, for the watchdog, and on the wall clock, for people), and a way to wait until all of it is on disk.
 */
final class JournalBacklog {

    /** When an item was queued. */
    record Queued(long nanos, Instant wall) {
    }

    private final Object progress = new Object();
    private final ConcurrentLinkedDeque<Queued> waiting = new ConcurrentLinkedDeque<>();
    private long submitted;
    private long written;

    void queued(Instant wall) {
        synchronized (progress) {
            submitted++;
            waiting.addLast(new Queued(System.nanoTime(), wall));
        }
    }

    /** The oldest item not yet written, if any. */
    Optional<Queued> oldest() {
        return Optional.ofNullable(waiting.peekFirst());
    }

    /** The first {@code count} items are on disk: they no longer wait. */
    void leave(int count) {
        synchronized (progress) {
            for (int i = 0; i < count; i++) {
                waiting.pollFirst();
            }
        }
    }

    /** And now they count as written: whoever waits for them is woken. */
    void written(int count) {
        synchronized (progress) {
            written += count;
            progress.notifyAll();
        }
    }

    long unwritten() {
        synchronized (progress) {
            return submitted - written;
        }
    }

    /** Waits until everything queued so far is written; false if that did not happen in time. */
    boolean awaitWritten(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            long target = submitted;
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }
}
