package org.retrotread.store;

import java.nio.file.Path;
import org.retrotread.session.text.Message;

/**
 * Why the database could not be opened (or written) as asked. Each kind has a message that names
 * the file; none of them is ever answered by overwriting or deleting that file.
 */
public final class StoreProblem extends Exception {

    public enum Kind {
        /** The folder for the database could not be created. */
        CANNOT_CREATE,
        /** The file is not a SQLite database at all. */
        NOT_A_DATABASE,
        /** The file is a SQLite database but fails its integrity check. */
        DAMAGED,
        /** Written by a newer Retrotread: this version does not know its tables. */
        NEWER_VERSION,
        /** Another running Retrotread has it open. */
        IN_USE,
        /** Read-only and older than this version: it cannot be brought up to date. */
        READ_ONLY_NEEDS_UPGRADE,
        /** In a folder on a network file system, where SQLite's WAL and locks cannot be relied on. */
        NETWORK_FOLDER,
        /** Anything else SQLite or the file system refused. */
        FAILED
    }

    private final Kind kind;
    private final Path file;

    public StoreProblem(Kind kind, Path file, Throwable cause) {
        super(kind + ": " + file + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.kind = kind;
        this.file = file;
    }

    public StoreProblem(Kind kind, Path file) {
        this(kind, file, null);
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    /** What to tell a person: a bundle key {@code store.problem.KIND} with the file as its argument. */
    public Message message() {
        return Message.of("store.problem." + kind.name(), file.toString(),
                getCause() == null ? "" : String.valueOf(getCause().getMessage()));
    }
}
