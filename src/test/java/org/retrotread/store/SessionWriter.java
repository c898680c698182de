package org.retrotread.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * Writes a session into a test's store the way that store is written: the event journal's thread for a SQLite
 * file; for a clinic server, the journal's own operations ({@link JournalOps}) on the server's connection, one
 * transaction each, as the sender pushes them.
 */
interface SessionWriter extends AutoCloseable {

    void open(SessionOpening opening) throws SQLException;

    void append(long sessionId, SessionEvent event) throws SQLException;

    void seal(long sessionId, SessionSummary summary) throws SQLException;

    /** Everything given so far is written (or the test fails). */
    void written() throws Exception;

    @Override
    void close() throws Exception;

    static SessionWriter of(TestStores.Opened opened) throws SQLException {
        Store store = opened.store();
        if (opened.dialect() == Dialect.SQLITE) {
            EventJournal journal = store.startJournal();
            return new SessionWriter() {
                public void open(SessionOpening o) { journal.open(o); }
                public void append(long id, SessionEvent e) { journal.append(id, e); }
                public void seal(long id, SessionSummary s) { journal.seal(id, s); }
                public void written() throws Exception {
                    if (!journal.awaitWritten(Duration.ofSeconds(5))) {
                        throw new AssertionError("the journal did not write in time");
                    }
                }
                public void close() { journal.close(); }
            };
        }
        return new SessionWriter() {
            private void write(JournalOps.Op op) throws SQLException {
                JournalOps.write(store.connection(), store.sessions(), store.plans(), List.of(op));
            }
            public void open(SessionOpening o) throws SQLException {
                write(new JournalOps.Open(o));
                // The journal numbers its own sessions; on a server they arrive by push and the server numbers them.
                // Written here as the journal writes, the server's numbering is moved past them, as it would be.
                // (a clinician's login may not move it: then its own tests number their sessions apart)
                Sql.one(store.connection(), "SELECT CASE WHEN has_sequence_privilege(pg_get_serial_sequence('sessions', 'id'), 'UPDATE')"
                        + " THEN setval(pg_get_serial_sequence('sessions', 'id'), (SELECT MAX(id) FROM sessions)) END", r -> 1);
            }
            public void append(long id, SessionEvent e) throws SQLException { write(new JournalOps.Append(id, e)); }
            public void seal(long id, SessionSummary s) throws SQLException { write(new JournalOps.Seal(id, s)); }
            public void written() { }
            public void close() { }
        };
    }

    /** An engine whose every event goes to this writer, as the console wires it to the journal. */
    default SessionEngine engine(long sessionId, Plan plan, SessionContext context, SessionClock clock) {
        SessionEngine engine = new SessionEngine(plan, context, clock, StoreFixtures.WALL);
        engine.addListener(e -> {
            try {
                append(sessionId, e);
            } catch (SQLException failed) {
                throw new IllegalStateException(failed);
            }
        });
        return engine;
    }

    /** A knee-programme session of a few minutes, ended and sealed, written whole: its events. */
    default List<SessionEvent> finishedSession(long sessionId, Optional<Long> clientId) throws Exception {
        open(StoreFixtures.opening(sessionId, clientId, StoreFixtures.knee(), SessionContext.anonymous()));
        FakeClock clock = new FakeClock();
        SessionEngine engine = engine(sessionId, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
        StoreFixtures.runAFewMinutes(engine, clock);
        engine.handle(new Command.End("done"));
        seal(sessionId, SummaryCalculator.summarise(StoreFixtures.knee().plan(), SessionContext.anonymous(), engine.events(), clock.now()));
        written();
        return engine.events();
    }
}
