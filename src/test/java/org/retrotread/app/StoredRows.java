package org.retrotread.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.retrotread.store.Store;

/** Reads what the running app wrote, through a connection of the test's own (the app holds the lock). */
public final class StoredRows {

    private StoredRows() {
    }

    /** The library's own plans (not the starters) as "name vN", oldest first. */
    public static final String SAVED_PLANS = "SELECT v.name || ' v' || v.version FROM plan_versions v JOIN plans p"
            + " ON p.id = v.plan_id WHERE p.starter_id IS NULL ORDER BY v.id";

    public static List<String> column(Path database, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> eventTypes(Path database, long sessionId) {
        return column(database, "SELECT type FROM session_events WHERE session_id = " + sessionId + " ORDER BY seq");
    }

    /** A walk test for the client of that name, added to the file as the app would (a home visit's laptop). */
    public static void walkTest(Path database, String clientName, double seconds) throws Exception {
        try (Store store = Store.open(database)) {
            long id = store.clients().list(true).stream().filter(c -> c.name().equals(clientName)).findFirst().orElseThrow().id();
            store.walkTests().add(id, LocalDate.of(2026, 12, 3), Duration.ofMillis(Math.round(seconds * 1000)), "", "");
        }
    }
}
