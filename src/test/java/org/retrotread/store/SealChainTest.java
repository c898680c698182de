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
}
