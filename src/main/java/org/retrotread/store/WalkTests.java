package org.retrotread.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 3-Metre Backward Walk Test results: added, listed oldest first, never changed (the schema enforces it). */
public final class WalkTests {

    private final Connection c;
    private final Clock clock;

    WalkTests(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    public WalkTest add(long clientId, LocalDate takenOn, Duration time, String aid, String note) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO walk_tests (uuid, client_id, taken_on, seconds, aid, note, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", RecordIds.fresh(), clientId, takenOn.toString(), time.toMillis() / 1000.0, aid, note, clock.instant().toString());
        return new WalkTest(id, clientId, takenOn, time, aid, note);
    }

    public List<WalkTest> of(long clientId) throws SQLException {
        return Sql.list(c, "SELECT w.id, w.client_id, w.taken_on, w.seconds, w.aid, w.note, k.seconds AS corrected, k.made_at,"
                + " k.author, k.reason FROM walk_tests w LEFT JOIN walk_test_corrections k"
                + " ON k.id = (SELECT MAX(id) FROM walk_test_corrections WHERE walk_test_id = w.id)"
                + " WHERE w.client_id = ? ORDER BY w.taken_on, w.id", WalkTests::read, clientId);
    }

    /**
     * Corrects a result typed wrongly: a new row with who, why and the right time; the result itself is
     * never changed (the schema refuses it), so the original stays on the record.
     */
    public WalkTest correct(long walkTestId, Duration time, String author, String reason) throws SQLException {
        if (author.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs who made it and why");
        }
        long clientId = Sql.one(c, "SELECT client_id FROM walk_tests WHERE id = ?", r -> r.getLong(1), walkTestId)
                .orElseThrow(() -> new IllegalArgumentException("no walk test " + walkTestId));
        WalkTest before = of(clientId).stream().filter(w -> w.id() == walkTestId).findFirst().orElseThrow();
        Sql.inTransaction(c, x -> {
            Sql.insert(c, "INSERT INTO walk_test_corrections (uuid, walk_test_id, made_at, author, reason, seconds) VALUES (?, ?, ?, ?, ?, ?)",
                    RecordIds.fresh(), walkTestId, clock.instant().toString(), Chains.author(c, author.strip()), reason.strip(),
                    time.toMillis() / 1000.0);
            AuditTrail.record(c, clock, author.strip(), Optional.of(clientId), AuditTrail.Action.WALK_TEST_CORRECTED,
                    before.takenOn().toString(), String.valueOf(before.time().toMillis() / 1000.0), String.valueOf(time.toMillis() / 1000.0));
            return null;
        });
        return of(clientId).stream().filter(w -> w.id() == walkTestId).findFirst().orElseThrow();
    }

    private static WalkTest read(ResultSet r) throws SQLException {
        Duration recorded = seconds(r.getDouble("seconds"));
        Optional<Double> corrected = Sql.optDouble(r, "corrected");
        Optional<WalkTest.Correction> correction = corrected.isEmpty() ? Optional.empty()
                : Optional.of(new WalkTest.Correction(recorded, Instant.parse(r.getString("made_at")),
                        r.getString("author"), r.getString("reason")));
        return new WalkTest(r.getLong("id"), r.getLong("client_id"), LocalDate.parse(r.getString("taken_on")),
                corrected.map(WalkTests::seconds).orElse(recorded), r.getString("aid"), r.getString("note"), correction);
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
