package org.retrotread.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whole rows as column-to-value maps, for copying a record from one database to the other: the two schemas
 * name every column alike (decision 0021), so a row read from one is written to the other as it was.
 */
final class Rows {

    private Rows() {
    }

    static List<Map<String, Object>> all(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), r.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static Optional<Map<String, Object>> one(Connection c, String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = all(c, sql, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Inserts {@code row} into {@code table} as it is (the caller has set or dropped its keys). */
    static void insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        Sql.update(c, insertSql(table, row), row.values().toArray());
    }

    /** Inserts {@code row} into a table keyed by {@code id}, which the database chooses; returns it. */
    static long insertNew(Connection c, String table, Map<String, Object> row) throws SQLException {
        Map<String, Object> without = new LinkedHashMap<>(row);
        without.remove("id");
        return Sql.insert(c, insertSql(table, without), without.values().toArray());
    }

    private static String insertSql(String table, Map<String, Object> row) {
        return "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + row.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Every row of {@code table} in this database: its id by its UUID (one query, for copies that look up many). */
    static Map<String, Long> idsByUuid(Connection c, String table) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, Object> row : all(c, "SELECT id, uuid FROM " + table)) {
            ids.put((String) row.get("uuid"), ((Number) row.get("id")).longValue());
        }
        return ids;
    }
}
