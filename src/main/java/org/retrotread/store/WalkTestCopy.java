package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<Long, List<Map<String, Object>>> corrections = new HashMap<>(); // read once: a clinic has thousands of tests
        for (Map<String, Object> k : Rows.all(from, "SELECT * FROM walk_test_corrections ORDER BY id")) {
            corrections.computeIfAbsent(((Number) k.get("walk_test_id")).longValue(), id -> new ArrayList<>()).add(k);
        }
        Map<String, Long> testsThere = Rows.idsByUuid(to, "walk_tests");
        Map<String, Long> correctionsThere = Rows.idsByUuid(to, "walk_test_corrections");
        int added = 0;
        for (Map<String, Object> test : Rows.all(from, "SELECT * FROM walk_tests ORDER BY id")) {
            long clientId = ((Number) test.get("client_id")).longValue();
            List<Map<String, Object>> itsCorrections = corrections.getOrDefault(((Number) test.get("id")).longValue(), List.of());
            Long there = testsThere.get((String) test.get("uuid"));
            boolean complete = there != null && itsCorrections.stream().allMatch(k -> correctionsThere.containsKey((String) k.get("uuid")));
            if (!clients.containsKey(clientId) || complete) {
                continue;
            }
            Sql.inTransaction(to, x -> {
                long id;
                if (there != null) {
                    id = there;
                } else {
                    Map<String, Object> row = new HashMap<>(test);
                    row.put("client_id", clients.get(clientId));
                    id = Rows.insertNew(to, "walk_tests", row);
                }
                for (Map<String, Object> k : itsCorrections) { // the ones not there yet, in the order they were made
                    if (!correctionsThere.containsKey((String) k.get("uuid"))) {
                        Map<String, Object> correction = new HashMap<>(k);
                        correction.put("walk_test_id", id);
                        Rows.insertNew(to, "walk_test_corrections", correction);
                    }
                }
                return null;
            });
            if (there == null) {
                added++;
            }
        }
        return added;
    }
}
