package org.retrotread.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prepared statements only, with nulls handled once: the few lines every repository needs. */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private Sql() {
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (a instanceof Optional<?> o) {
                if (o.isPresent()) {
                    s.setObject(i + 1, o.get());
                } else {
                    s.setNull(i + 1, Types.NULL);
                }
            } else if (a instanceof Boolean b) {
                s.setInt(i + 1, b ? 1 : 0);
            } else {
                s.setObject(i + 1, a);
            }
        }
        return s;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    /** Inserts one row into a table whose key is {@code id}, and returns the id it was given (SQLite and PostgreSQL alike). */
    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql + " RETURNING id", args); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("the insert returned no id: " + sql);
            }
            return r.getLong(1);
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (r.next()) {
                out.add(row.read(r));
            }
            return out;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        List<T> all = list(c, sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static Optional<Double> optDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Integer> optInt(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Runs {@code work} in one transaction: all of it, or none of it. Inside a transaction already
     * (the journal's batch), it joins that one, so the outer commit decides for both.
     */
    static <T> T inTransaction(Connection c, Row<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        if (!auto) {
            return work.read(null);
        }
        c.setAutoCommit(false);
        try {
            T result = work.read(null);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            // The first failure is the one to report: after a full disk SQLite may have rolled back already,
            // and "cannot rollback - no transaction is active" must not take the place of "disk full".
            try {
                c.rollback();
            } catch (SQLException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(auto);
            } catch (SQLException alsoFailed) {
                // reported with the failure above, if there was one; a connection that cannot even do this is closed by its owner
            }
        }
    }
}
