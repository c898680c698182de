package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a chained write (an audit row, an amendment) needs on a clinic server that a laptop's file gives for free:
 * one writer at a time per chain, and the login as its author. On SQLite both are already so: one Retrotread
 * holds the file (the instance lock), and its author is the person at that computer.
 */
final class Chains {

    private Chains() {
    }

    /**
     * Holds the chain named {@code chain} until the caller's transaction ends, so that two workstations writing at
     * once each link to the row before them, never both to the same one (which would read as a record changed).
     */
    static void lock(Connection c, String chain) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            Sql.one(c, "SELECT pg_advisory_xact_lock(hashtext(?))", r -> 1, "retrotread chain " + chain);
        }
    }

    /** The author to write: on a server, the login that writes it (the server checks that too); here, as given. */
    static String author(Connection c, String given) throws SQLException {
        if (Dialect.of(c) != Dialect.POSTGRESQL) {
            return given;
        }
        return Sql.one(c, "SELECT session_user", r -> r.getString(1)).orElse(given);
    }
}
