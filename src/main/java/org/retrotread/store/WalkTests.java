package org.retrotread.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** 3-Metre Backward Walk Test results: added, listed oldest first, never changed (the schema enforces it). */
public final class WalkTests {

    private final Connection c;
    private final Clock clock;

    WalkTests(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    public WalkTest add(long clientId, LocalDate takenOn, Duration time, String aid, String note) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO walk_tests (client_id, taken_on, seconds, aid, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                clientId, takenOn.toString(), time.toMillis() / 1000.0, aid, note, clock.instant().toString());
        return new WalkTest(id, clientId, takenOn, time, aid, note);
    }

    public List<WalkTest> of(long clientId) throws SQLException {
        return Sql.list(c, "SELECT id, client_id, taken_on, seconds, aid, note FROM walk_tests WHERE client_id = ? ORDER BY taken_on, id",
                r -> new WalkTest(r.getLong(1), r.getLong(2), LocalDate.parse(r.getString(3)),
                        Duration.ofMillis(Math.round(r.getDouble(4) * 1000)), r.getString(5), r.getString(6)), clientId);
    }
}
