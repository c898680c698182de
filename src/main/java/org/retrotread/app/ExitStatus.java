package org.retrotread.app;

import org.retrotread.store.StoreProblem;

/**
 * What the process tells whoever started it (a script, the desktop, the installer's check) when it ends.
 * A start that was refused ends non-zero even after the person read the reason and closed the window,
 * so that a launcher can tell "ran and closed" from "could not run". The numbers are in the README.
 */
public enum ExitStatus {
    OK(0),
    /** Anything else the database or the file system refused at the start. */
    FAILED(1),
    /** Another running Retrotread has the database open. */
    IN_USE(2),
    /** The file given is not a SQLite database. */
    NOT_A_DATABASE(3),
    /** The database was written by a newer Retrotread. */
    NEWER_VERSION(4),
    /** The database fails its integrity check. */
    DAMAGED(5),
    /** The folder for the database could not be created. */
    CANNOT_CREATE(6),
    /** The database is read-only and needs an upgrade this version cannot write. */
    READ_ONLY_NEEDS_UPGRADE(7),
    /** The database is in a network folder. */
    NETWORK_FOLDER(8);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static ExitStatus of(StoreProblem.Kind refusal) {
        return switch (refusal) {
            case CANNOT_CREATE -> CANNOT_CREATE;
            case NOT_A_DATABASE -> NOT_A_DATABASE;
            case DAMAGED -> DAMAGED;
            case NEWER_VERSION -> NEWER_VERSION;
            case IN_USE -> IN_USE;
            case READ_ONLY_NEEDS_UPGRADE -> READ_ONLY_NEEDS_UPGRADE;
            case NETWORK_FOLDER -> NETWORK_FOLDER;
            case FAILED -> FAILED;
        };
    }
}
