package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.summary.SummaryCalculator;

/** Every record has a UUID from the moment it is made; records from before schema 6 are given one, history kept. */
class RecordIdsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final List<String> TABLES = List.of("clients", "plans", "plan_versions", "sessions", "session_events",
            "amendments", "walk_tests", "walk_test_corrections");

    @TempDir
    Path dir;

    /** A client, a sealed session with its events and an amendment, a walk test with a correction. */
    private static void history(Store store) throws Exception {
        Client client = store.clients().add(Client.named("Patient"));
        FakeClock clock = new FakeClock();
        try (EventJournal journal = store.startJournal()) {
            journal.open(StoreFixtures.opening(1, Optional.of(client.id()), StoreFixtures.knee(), SessionContext.anonymous()));
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            engine.handle(new Command.End("done"));
            journal.seal(1, SummaryCalculator.summarise(StoreFixtures.knee().plan(), SessionContext.anonymous(), engine.events(),
                    clock.now()));
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
        }
        store.sessions().amend(1, "Dr Ana", "typo", Correction.of(CorrectedField.OTHER, "note: new"));
        WalkTest test = store.walkTests().add(client.id(), LocalDate.of(2026, 11, 1), Duration.ofSeconds(7), "stick", "");
        store.walkTests().correct(test.id(), Duration.ofSeconds(6), "Dr Ana", "typed wrongly");
    }

    private static void everyRowHasItsOwnUuid(Connection c) throws SQLException {
        for (String table : TABLES) {
            assertThat(StoreQueries.column(c, "SELECT uuid FROM " + table)).as(table).isNotEmpty().allMatch(u -> u.matches(UUID))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void everyNewRecordHasAUuidAndEventsAreNamedFromTheirSession() throws Exception {
        try (Store store = Store.open(dir.resolve("clinic.db")); Connection c = store.database().connect()) {
            history(store);
            everyRowHasItsOwnUuid(c);
            String session = store.sessions().find(1).orElseThrow().uuid();
            assertThat(StoreQueries.column(c, "SELECT uuid FROM session_events WHERE session_id = 1 AND seq = 2"))
                    .containsExactly(RecordIds.event(session, 2));
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("UPDATE clients SET uuid = '" + RecordIds.fresh() + "'"))
                        .hasMessageContaining("UUID never changes");
                assertThatThrownBy(() -> s.execute("INSERT INTO clients (name, created_at) VALUES ('No Id', 'x')"))
                        .hasMessageContaining("every record has a UUID");
            }
        }
    }

    @Test
    void recordsFromBeforeAreGivenUuidsAndHistoryStaysGuarded() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, Migration.ALL.subList(0, 5), Clock.systemUTC()); Connection c = old.connect();
             Statement s = c.createStatement()) {
            for (String row : List.of( // as schema 5 wrote them: no UUIDs
                    "INSERT INTO clients (id, name, created_at) VALUES (1, 'Patient', '2026-01-01T09:00:00Z')",
                    "INSERT INTO plans (id, created_at) VALUES (1, '2026-01-01T09:00:00Z')",
                    "INSERT INTO plan_versions (id, plan_id, version, name, mode, body, created_at)"
                            + " VALUES (1, 1, 1, 'Plan', 'POWERED', '{}', '2026-01-01T09:00:00Z')",
                    "INSERT INTO sessions (id, client_id, plan_version_id, mode, treadmill_max_speed_mps, opened_at)"
                            + " VALUES (1, 1, 1, 'POWERED', 5, '2026-01-01T09:00:00Z')",
                    "INSERT INTO session_events (session_id, seq, at_ns, type) VALUES (1, 1, 0, 'SessionStarted')",
                    "INSERT INTO session_events (session_id, seq, at_ns, type, text) VALUES (1, 2, 5, 'NoteAdded', 'fine')",
                    "UPDATE sessions SET sealed = 1 WHERE id = 1",
                    "INSERT INTO amendments (session_id, made_at, author, reason, field) VALUES (1, 'x', 'Dr Ana', 'typo', 'note')",
                    "INSERT INTO walk_tests (id, client_id, taken_on, seconds, recorded_at) VALUES (1, 1, '2026-01-01', 7, 'x')",
                    "INSERT INTO walk_test_corrections (walk_test_id, made_at, author, reason, seconds) VALUES (1, 'x', 'Ana', 'typo', 6)")) {
                s.execute(row);
            }
        }
        try (Store store = Store.open(file); Connection c = store.database().connect(); Statement s = c.createStatement()) {
            everyRowHasItsOwnUuid(c);
            assertThatThrownBy(() -> s.execute("UPDATE session_events SET text = 'x'")).hasMessageContaining("never change");
            assertThatThrownBy(() -> s.execute("UPDATE sessions SET operator = 'x'")).hasMessageContaining("never changes");
            assertThatThrownBy(() -> s.execute("UPDATE amendments SET reason = 'x'")).hasMessageContaining("never change");
            assertThatThrownBy(() -> s.execute("UPDATE walk_tests SET seconds = 1")).hasMessageContaining("never changes");
            assertThatThrownBy(() -> s.execute("UPDATE walk_test_corrections SET seconds = 1")).hasMessageContaining("never changes");
            assertThatThrownBy(() -> s.execute("UPDATE plan_versions SET name = 'x'")).hasMessageContaining("never change");
        }
    }
}
