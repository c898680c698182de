package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database a connection speaks to: the laptop's SQLite file or a clinic's PostgreSQL server. The
 * repositories write SQL both understand; the few places that cannot (the schema's version, its scripts, the
 * checks at opening) ask this.
 */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }
}
