package org.retrotread.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The database's files are not the ones a connection opened (see {@link Database#checkFiles}). Either the
 * caller opens its connection again and retries ({@link #reconnect}), or it holds what it wanted to write
 * until the file is back ({@code MOVED}, {@code REPLACED}).
 */
public final class FilesChanged extends IOException {

    public enum What {
        /** The main file is gone from its name (moved or deleted). */
        MOVED,
        /** Another file now has the main file's name. */
        REPLACED,
        /** The -wal file was deleted or replaced; what it held is now in the main file. */
        LOG_LOST,
        /** The -shm file was deleted or replaced; the log was copied into the main file. */
        INDEX_LOST,
        /** Another connection found one of the above and renewed the log files: this one is on the old ones. */
        LOG_RENEWED
    }

    private final What what;

    FilesChanged(What what, Path file) {
        super(switch (what) {
            case MOVED -> "the database file was moved or deleted: " + file;
            case REPLACED -> "the database file was replaced by another file: " + file;
            case LOG_LOST -> "the database's -wal file was deleted or replaced: " + file;
            case INDEX_LOST -> "the database's -shm file was deleted or replaced: " + file;
            case LOG_RENEWED -> "the database's log files were renewed: " + file;
        });
        this.what = what;
    }

    public What what() {
        return what;
    }

    /** Whether a new connection (on fresh log files) can go on where this one stopped. */
    public boolean reconnect() {
        return what != What.MOVED && what != What.REPLACED;
    }
}
