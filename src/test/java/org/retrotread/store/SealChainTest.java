package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
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

/**
 * A finished session keeps a seal, and its amendments a chain; whoever changes the record outside Retrotread
 * (guards dropped first, as a determined program could) leaves it no longer matching, and that is what a
 * check says. Never repaired: the record stays as it was found.
 */
class SealChainTest {

    @TempDir
    Path dir;

    private Path sealed(boolean finish) throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Store store = Store.open(file)) {
            FakeClock clock = new FakeClock();
            try (EventJournal journal = store.startJournal()) {
                journal.open(StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous()));
                SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
                StoreFixtures.runAFewMinutes(engine, clock);
                if (finish) {
                    engine.handle(new Command.End("done"));
                    journal.seal(1, SummaryCalculator.summarise(StoreFixtures.knee().plan(), SessionContext.anonymous(), engine.events(),
                            clock.now()));
                }
                assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
            }
        }
        return file;
    }

    private SealChain.Integrity check(Path file) throws Exception {
        try (Store store = Store.open(file)) {
            return store.sessions().integrity(1);
        }
    }

    /** What another program does: the guards first, then the change. */
    private static void outside(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void aSealedSessionAndItsAmendmentsCheckOut() throws Exception {
        Path file = sealed(true);
        assertThat(check(file)).isEqualTo(SealChain.Integrity.INTACT);
        try (Store store = Store.open(file)) {
            store.sessions().amend(1, "Dr Ana", "typed wrongly", Correction.of(CorrectedField.PAIN_AFTER, "9"));
            store.sessions().amend(1, "Dr Ana", "and this", Correction.of(CorrectedField.OTHER, "y"));
            assertThat(store.sessions().integrity(1)).isEqualTo(SealChain.Integrity.INTACT);
        }
    }

    @Test
    void anOpenSessionHasNothingToCheckYet() throws Exception {
        assertThat(check(sealed(false))).isEqualTo(SealChain.Integrity.OPEN);
    }

    @Test
    void everyChangeMadeOutsideIsFound() throws Exception {
        List<String[]> changes = List.of(
                new String[] {"DROP TRIGGER session_events_never_change", "UPDATE session_events SET text = 'x' WHERE seq = 1"},
                new String[] {"DROP TRIGGER session_events_never_go", "DELETE FROM session_events WHERE seq = 3"},
                new String[] {"DROP TRIGGER session_summaries_never_change", "UPDATE session_summaries SET pain_after = 0"},
                new String[] {"DROP TRIGGER sessions_sealed_never_change", "UPDATE sessions SET operator = 'Someone else'"},
                new String[] {"DROP TRIGGER sessions_sealed_never_change", "UPDATE sessions SET seal_sha256 = NULL"},
                new String[] {"DROP TRIGGER amendments_never_change", "UPDATE amendments SET new_value = '0'"},
                new String[] {"DROP TRIGGER amendments_never_change", "UPDATE amendments SET value = '0'"});
        for (String[] change : changes) {
            Path file = sealed(true);
            try (Store store = Store.open(file)) {
                store.sessions().amend(1, "Dr Ana", "typed wrongly", Correction.of(CorrectedField.PAIN_AFTER, "9"));
            }
            outside(file, change);
            assertThat(check(file)).as(change[1]).isEqualTo(SealChain.Integrity.CHANGED);
            Files.delete(file);
            for (String tail : List.of("-wal", "-shm")) {
                Files.deleteIfExists(dir.resolve("clinic.db" + tail));
            }
        }
    }

    /**
     * Sessions sealed before the clinic server took SQLite's text of each value (format 1): they still check out
     * on the laptop, and a change to one of them is still found.
     */
    @Test
    void aSealTakenInTheFirstFormatStillChecksOut() throws Exception {
        Path file = sealed(true);
        String first;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            first = SealChain.seal(c, 1, SealChain.Format.AS_SQLITE_TEXT);
            assertThat(first).isNotEqualTo(SealChain.seal(c, 1, SealChain.Format.BY_TYPE));
        }
        outside(file, "DROP TRIGGER sessions_sealed_never_change", "UPDATE sessions SET seal_sha256 = '" + first + "'",
                "CREATE TRIGGER sessions_sealed_never_change BEFORE UPDATE ON sessions WHEN OLD.sealed = 1"
                        + " BEGIN SELECT RAISE(ABORT, 'a finished session never changes: add an amendment'); END");
        assertThat(check(file)).isEqualTo(SealChain.Integrity.INTACT);
        outside(file, "DROP TRIGGER session_events_never_change", "UPDATE session_events SET at_ns = at_ns + 1 WHERE seq = 2");
        assertThat(check(file)).isEqualTo(SealChain.Integrity.CHANGED);
    }

    /** The second format writes a real as the exact decimal of its binary value: no database's rounding in it. */
    @Test
    void theSecondFormatWritesValuesByTypeTheSameEverywhere() {
        assertThat(SealChain.byType(5 / 3.6)).isEqualTo("1.388888888888888839545643349993042647838592529296875");
        assertThat(SealChain.byType(1.5)).isEqualTo("1.5");
        assertThat(SealChain.byType(7L)).isEqualTo("7");
        assertThat(SealChain.byType(7)).isEqualTo("7");
        assertThat(SealChain.byType("2026-12-03T06:00:00Z")).isEqualTo("2026-12-03T06:00:00Z");
        assertThat(SealChain.byType(null)).isNull();
    }
}
