package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Walk tests and their corrections copied between the two databases by UUID, for clients already copied; corrections
 * made since a test was copied follow it.
 */
final class WalkTestCopy {

    private WalkTestCopy() {
    }

    /**
     * Copies {@code from}'s walk tests of the clients in {@code clients} (from's id to the target's) that {@code to}
     * does not have yet, each with its corrections, one transaction each.
     *
     * @return how many were added
     */
    static int copy(Connection from, Connection to, Map<Long, Long> clients) throws SQLException {
        int added = 0;
        for (Map<String, Object> test : Rows.all(from, "SELECT * FROM walk_tests ORDER BY id")) {
            long clientId = ((Number) test.get("client_id")).longValue();
            if (!clients.containsKey(clientId)) {
                continue;
            }
            Optional<Long> there = Sql.one(to, "SELECT id FROM walk_tests WHERE uuid = ?", r -> r.getLong(1), test.get("uuid"));
            boolean isNew = there.isEmpty();
            Sql.inTransaction(to, x -> {
                long id;
                if (there.isPresent()) {
                    id = there.get();
                } else {
                    Map<String, Object> row = new HashMap<>(test);
                    row.put("client_id", clients.get(clientId));
                    id = Rows.insertNew(to, "walk_tests", row);
                }
                corrections(from, to, ((Number) test.get("id")).longValue(), id);
                return null;
            });
            if (isNew) {
                added++;
            }
        }
        return added;
    }

    /** The test's corrections {@code to} lacks (by UUID), in the order they were made. */
    private static void corrections(Connection from, Connection to, long fromTest, long toTest) throws SQLException {
        for (Map<String, Object> k : Rows.all(from, "SELECT * FROM walk_test_corrections WHERE walk_test_id = ? ORDER BY id", fromTest)) {
            if (Sql.one(to, "SELECT 1 FROM walk_test_corrections WHERE uuid = ?", r -> 1, k.get("uuid")).isEmpty()) {
                Map<String, Object> correction = new HashMap<>(k);
                correction.put("walk_test_id", toTest);
                Rows.insertNew(to, "walk_test_corrections", correction);
            }
        }
    }
}
