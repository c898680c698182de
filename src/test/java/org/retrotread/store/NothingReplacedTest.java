package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * The history tables, probed from outside as another program would (a plain connection, no foreign keys):
 * every way SQLite has of putting a row in another's place is refused by the database itself, and nothing
 * changes. And the app's own writes: a retried write finds its own row and goes on; a different row under
 * the same key is a loud conflict, never "do nothing".
 */
class NothingReplacedTest {

    private static final List<String> TABLES = List.of("clients", "plans", "plan_versions", "sessions", "session_events",
            "session_summaries", "amendments", "walk_tests", "walk_test_corrections");

    @TempDir
    Path dir;

    private Path sealedHistory() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Store store = Store.open(file)) {
            Client client = store.clients().add(Client.named("Patient"));
            SessionContext context = SessionContext.anonymous();
            FakeClock clock = new FakeClock();
            try (EventJournal journal = store.startJournal()) {
                journal.open(StoreFixtures.opening(1, Optional.of(client.id()), StoreFixtures.knee(), context));
                SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), context, clock);
                StoreFixtures.runAFewMinutes(engine, clock);
                engine.handle(new Command.End("done"));
                journal.seal(1, SummaryCalculator.summarise(StoreFixtures.knee().plan(), context, engine.events(), clock.now()));
                assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            }
            store.sessions().amend(1, "Dr Ana", "typo", Correction.of(CorrectedField.OTHER, "note: new"));
            WalkTest test = store.walkTests().add(client.id(), LocalDate.of(2026, 11, 1), Duration.ofSeconds(7), "stick", "");
            store.walkTests().correct(test.id(), Duration.ofSeconds(6), "Dr Ana", "typed wrongly");
        }
        return file;
    }

    private static List<String> everything(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : TABLES) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= columns; i++) {
                        row.append('|').append(r.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    @Test
    void noRowOfHistoryCanBeReplacedFromOutside() throws Exception {
        Path file = sealedHistory();
        List<String> attempts = List.of(
                "INSERT OR REPLACE INTO sessions (id, plan_version_id, mode, treadmill_max_speed_mps, opened_at) VALUES (1, 1, 'POWERED', 5, 'x')",
                "REPLACE INTO sessions (id, plan_version_id, mode, treadmill_max_speed_mps, opened_at) VALUES (1, 1, 'POWERED', 5, 'x')",
                "INSERT INTO sessions (id, plan_version_id, mode, treadmill_max_speed_mps, opened_at) VALUES (1, 1, 'POWERED', 5, 'x')"
                        + " ON CONFLICT DO NOTHING",
                "INSERT OR REPLACE INTO session_events (session_id, seq, at_ns, type) VALUES (1, 1, 0, 'NoteAdded')",
                "INSERT OR IGNORE INTO session_events (session_id, seq, at_ns, type) VALUES (1, 1, 0, 'NoteAdded')",
                "INSERT OR REPLACE INTO session_summaries (session_id, active_ms, on_rails_ms, hands_free_ms, backward_m)"
                        + " VALUES (1, 1, 1, 1, 1)",
                "UPDATE session_summaries SET active_ms = 1",
                "DELETE FROM session_summaries",
                "INSERT OR REPLACE INTO amendments (id, session_id, made_at, author, reason, field) VALUES (1, 1, 'x', 'x', 'x', 'x')",
                "INSERT OR REPLACE INTO plan_versions (id, plan_id, version, name, mode, body, created_at)"
                        + " SELECT id, plan_id, version, 'other', mode, body, created_at FROM plan_versions LIMIT 1",
                "INSERT OR REPLACE INTO plan_versions (plan_id, version, name, mode, body, created_at)"
                        + " SELECT plan_id, version, 'other', mode, body, created_at FROM plan_versions LIMIT 1",
                "INSERT OR REPLACE INTO walk_tests (id, client_id, taken_on, seconds, recorded_at) VALUES (1, 1, 'x', 1, 'x')",
                "INSERT OR REPLACE INTO walk_test_corrections (id, walk_test_id, made_at, author, reason, seconds)"
                        + " VALUES (1, 1, 'x', 'x', 'x', 1)",
                "INSERT OR REPLACE INTO clients (id, name, created_at) VALUES (1, 'Someone else', 'x')",
                "INSERT OR REPLACE INTO plans (id, created_at) SELECT id, created_at FROM plans LIMIT 1",
                "UPDATE OR REPLACE sessions SET id = 2 WHERE id = 1",
                "UPDATE OR REPLACE clients SET id = 2 WHERE id = 1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> before = everything(c);
            try (Statement s = c.createStatement()) {
                for (String attempt : attempts) {
                    assertThatThrownBy(() -> s.execute(attempt)).as(attempt).isInstanceOf(SQLException.class);
                }
            }
            assertThat(everything(c)).isEqualTo(before);
        }
    }

    @Test
    void aRetriedWriteFindsItsOwnRowAndAnotherWritersRowIsAConflict() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Store store = Store.open(file); Connection c = store.database().connect()) {
            Sessions sessions = new Sessions(c, StoreFixtures.WALL);
            SessionOpening opening = StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous());
            long version = new Plans(c, StoreFixtures.WALL).starter(opening.starterId().orElseThrow(), opening.plan()).id();
            sessions.insert(opening, version);
            sessions.insert(opening, version);                                  // a retried batch: its own row, fine
            NoteAdded note = new NoteAdded(1, Duration.ofSeconds(3), "felt fine");
            sessions.append(1, note);
            sessions.append(1, note);                                           // again: fine
            assertThatThrownBy(() -> sessions.append(1, new NoteAdded(1, Duration.ofSeconds(3), "another writer's note")))
                    .isInstanceOf(RecordConflict.class).hasMessageContaining("event 1 of session 1");
            SessionOpening another = new SessionOpening(1, Optional.empty(), opening.starterId(), Optional.empty(), opening.plan(),
                    "Someone else", SessionContext.anonymous(), opening.openedAt().plusSeconds(60));
            assertThatThrownBy(() -> sessions.insert(another, version)).isInstanceOf(RecordConflict.class)
                    .hasMessageContaining("session 1");
            assertThat(sessions.events(1)).containsExactly(note);
        }
    }
}
