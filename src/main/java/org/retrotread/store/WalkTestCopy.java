package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Walk tests and their corrections copied between the two databases by UUID, for clients already copied. */
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
            if (!clients.containsKey(clientId) || Sql.one(to, "SELECT 1 FROM walk_tests WHERE uuid = ?", r -> 1, test.get("uuid")).isPresent()) {
                continue;
            }
            Sql.inTransaction(to, x -> {
                Map<String, Object> row = new HashMap<>(test);
                row.put("client_id", clients.get(clientId));
                long id = Rows.insertNew(to, "walk_tests", row);
                for (Map<String, Object> k : Rows.all(from, "SELECT * FROM walk_test_corrections WHERE walk_test_id = ? ORDER BY id",
                        test.get("id"))) {
                    Map<String, Object> correction = new HashMap<>(k);
                    correction.put("walk_test_id", id);
                    Rows.insertNew(to, "walk_test_corrections", correction);
                }
                return null;
            });
            added++;
        }
        return added;
    }
}
