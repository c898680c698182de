package org.retrotread.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.retrotread.work.Background;

/**
 * The database opened while JavaFX starts. Opening it (the SQLite library, the header and integrity
 * checks, crash recovery, the start screen's data) takes about as long as the toolkit takes to come
 * up, so doing both at once is most of what makes the start screen appear quickly. It is opened on the
 * database thread itself, which the screens are then given: the store is opened and used on one thread.
 */
final class Preload {

    private static volatile CompletableFuture<OpenedStore> opening;
    private static volatile Path file;
    private static volatile Background databaseThread;
    private static volatile CompletableFuture<SignIn.Quiet> signingIn;
    private static volatile String server;
    private static volatile DataLocation.Where resolved;

    private Preload() {
    }

    /**
     * Starts the database thread and opens {@code where}'s file on it; for a clinic workstation, then the quiet
     * sign-in to its server (its quick timeouts overlap the toolkit's start). Called from main, before the toolkit.
     */
    static void start(DataLocation.Where where, Locale locale) {
        resolved = where;
        start(where.file(), locale);
        where.server().ifPresent(address -> {
            server = address;
            Background worker = databaseThread;
            signingIn = opening.thenCompose(opened -> opened.journal().isEmpty()
                    ? CompletableFuture.failedFuture(new IllegalStateException("the workstation's file is open read-only"))
                    : worker.submit(() -> SignIn.quiet(opened.store(), address, Clock.systemUTC())));
        });
    }

    /** What main resolved to open (its files read before the toolkit, never on the JavaFX thread); empty in tests. */
    static Optional<DataLocation.Where> where() {
        return Optional.ofNullable(resolved);
    }

    /** The quiet sign-in under way for {@code address}, if main started one for it (once). */
    static Optional<CompletableFuture<SignIn.Quiet>> takeSignIn(String address) {
        CompletableFuture<SignIn.Quiet> f = signingIn;
        signingIn = null;
        return f != null && address.equals(server) ? Optional.of(f) : Optional.empty();
    }

    /** Starts the database thread and opens {@code database} on it; called from main, before the toolkit. */
    static void start(Path database, Locale locale) {
        file = database;
        Background worker = new Background();
        databaseThread = worker;
        opening = worker.submit(() -> {
            OpenedStore opened = OpenedStore.open(database, locale);
            StartupProbe.mark("database");
            return opened;
        });
    }

    /** The database thread main started, for the screens (once); a new one when main started none (tests). */
    static Background databaseThread() {
        Background worker = databaseThread;
        databaseThread = null;
        return worker != null ? worker : new Background();
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
