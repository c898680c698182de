package org.retrotread.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The database opened while JavaFX starts. Opening it (the SQLite library, the header and integrity
 * checks, crash recovery, the start screen's data) takes about as long as the toolkit takes to come
 * up, so doing both at once is most of what makes the start screen appear quickly.
 */
final class Preload {

    private static volatile CompletableFuture<OpenedStore> opening;
    private static volatile Path file;

    private Preload() {
    }

    /** Starts opening {@code database} on a thread of its own; called from main, before the toolkit. */
    static void start(Path database, Locale locale) {
        file = database;
        CompletableFuture<OpenedStore> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(OpenedStore.open(database, locale));
                StartupProbe.mark("database");
            } catch (Exception | Error e) {
                future.completeExceptionally(e);
            }
        }, "retrotread-preload");
        t.setDaemon(true);
        t.start();
        opening = future;
    }

    /**
     * The opening under way for {@code database}, if main started one for that file. One for another
     * file is closed when it is done, so it never keeps that file locked.
     */
    static Optional<CompletableFuture<OpenedStore>> take(Path database) {
        CompletableFuture<OpenedStore> f = opening;
        opening = null;
        if (f == null) {
            return Optional.empty();
        }
        if (!database.equals(file)) {
            f.thenAccept(OpenedStore::close);
            return Optional.empty();
        }
        return Optional.of(f);
    }
}
