package org.retrotread.work;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The application's {@link Worker}: one named daemon thread, the database thread, runs the work in order,
 * and the result (or the failure) comes back on the JavaFX thread. One thread, so the store's single
 * connection is opened and used on it alone. It starts before the toolkit (the store opens meanwhile,
 * see {@link #submit}), so nothing here touches JavaFX until a result is handed back.
 */
public final class Background implements Worker, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "retrotread-db");
        t.setDaemon(true);
        return t;
    });

    /** An {@link Error} thrown by background work (out of memory, say), passed on as a failure like any other. */
    public static final class Failed extends Exception {
        public Failed(Throwable cause) {
            super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        }
    }

    @Override
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
     * Runs {@code work} on the database thread with no screen to answer: the start, before the toolkit is up.
     * The future completes (or fails) on the database thread.
     */
    public <T> CompletableFuture<T> submit(Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                future.complete(work.call());
            } catch (Exception | Error e) {
                future.completeExceptionally(e);
            }
        });
        return future;
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
