package org.retrotread.work;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way work leaves the screen's thread: the database thread, which opens the store and does all
 * its reading and writing in order, with the answer handed back to the screen's thread.
 *
 * <p>{@link Background} is the application's; {@link #inline()} does the work at once on the caller's
 * thread, for tests that want an answer before the next line.
 */
public interface Worker {

    /** Work that may fail. */
    @FunctionalInterface
    interface Work<T> extends Callable<T> {
    }

    /**
     * Runs {@code work} in order after the work already given; {@code onDone} or {@code onFailure} runs on the
     * screen's thread. Whatever the work throws reaches {@code onFailure}, an {@link Error} too: a screen
     * waiting for an answer always gets one.
     */
    <T> void run(Work<T> work, Consumer<T> onDone, Consumer<Exception> onFailure);

    /** Work done at once, on the calling thread, its answer given before {@code run} returns. */
    static Worker inline() {
        return new Worker() {
            @Override
            public <T> void run(Work<T> work, Consumer<T> onDone, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                } catch (Error e) {
                    onFailure.accept(new Background.Failed(e));
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
