package org.retrotread.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Database and file work off the JavaFX thread: one named daemon thread runs the work in order,
 * and the result (or the failure) comes back on the JavaFX thread. One thread, so the store's
 * single connection is never shared between threads.
 */
public final class Background implements AutoCloseable {

    /** Work that may fail, for the background thread. */
    @FunctionalInterface
    public interface Work<T> extends Callable<T> {
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "retrotread-db");
        t.setDaemon(true);
        return t;
    });

    /** An {@link Error} thrown by background work (out of memory, say), passed on as a failure like any other. */
    public static final class Failed extends Exception {
        Failed(Throwable cause) {
            super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        }
    }

    /**
     * Runs {@code work} on the background thread; {@code onDone} or {@code onFailure} runs on the JavaFX thread.
     * Whatever the work throws reaches {@code onFailure}, an {@link Error} too (as {@link Failed}): a screen
     * waiting for an answer always gets one.
     */
    public <T> void run(Work<T> work, Consumer<T> onDone, Consumer<Exception> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(new Failed(e)));
            }
        });
    }

    /**
     * Runs {@code last} after all work already queued, then stops; waits at most {@code timeout}.
     * For shutdown only, when no screen is left to keep responsive.
     */
    public void finish(Runnable last, Duration timeout) {
        executor.execute(last);
        close();
        try {
            executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
