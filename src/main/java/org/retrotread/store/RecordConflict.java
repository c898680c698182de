package org.retrotread.store;

import java.sql.SQLException;

/**
 * A record's key is taken by a different record: another writer reached the same file (a second path to
 * it, a share that ignores locks). Never resolved by keeping one of the two quietly; the writer stops
 * with this, keeps what it could not write, and says so.
 */
public final class RecordConflict extends SQLException {

    RecordConflict(String what, Throwable cause) {
        super(what, cause);
    }
}
