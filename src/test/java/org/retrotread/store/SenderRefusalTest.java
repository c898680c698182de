package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;

/**
 * The server refuses a push for a reason that is not an outage (here: the next event's UUID is taken on the
 * server by another record, as a hand-edited server would have it). The sender never drops or rewrites
 * anything: the backlog says the server's reason, the event stays waiting in the workstation's file, and the
 * push goes through once the server's record is put right.
 */
class SenderRefusalTest extends LaptopAndServer {

    @Test
    void aRefusalIsSaidAsItIsAndNothingIsDropped() throws Exception {
        openBoth();
        try (ServerSender sender = ServerSender.start(laptop.store().database(), server.clinic(), Clock.systemUTC());
             EventJournal journal = laptop.store().startJournal()) {
            journal.addWrittenListener(sender::nudge);
            SessionOpening opening = StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous());
            journal.open(opening);
            FakeClock clock = new FakeClock();
            SessionEngine engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
            engine.handle(Command.CheckIn.of(0, 3));
            until(() -> sender.backlog().clear() && onServer(opening.uuid()) == 1);

            long next = engine.events().size() + 1;                    // taken on the server, under a session of its own
            try (Connection c = server.raw().connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO sessions (uuid, plan_version_id, mode, treadmill_max_speed_mps, opened_at)"
                        + " SELECT '" + RecordIds.fresh() + "', plan_version_id, mode, 5, opened_at FROM sessions LIMIT 1");
                s.execute("INSERT INTO session_events (session_id, seq, uuid, at_ns, type) SELECT MAX(id), 1, '"
                        + RecordIds.event(opening.uuid(), next) + "', 0, 'NoteAdded' FROM sessions");
            }
            engine.handle(new Command.AddNote("after the server was edited by hand"));
            until(() -> sender.backlog().problem().isPresent());
            assertThat(sender.backlog().eventsWaiting()).isEqualTo(1);
            assertThat(sender.backlog().problem().get().key()).isEqualTo("server.problem.FAILED");    // said as the server's refusal
            assertThat(sender.backlog().problem().get().args().toString()).contains("duplicate key");
            assertThat(laptop.store().sessions().events(1)).hasSize((int) next);   // kept where it was written

            try (Connection c = server.raw().connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE session_events DISABLE TRIGGER session_events_never_go");   // the administrator's repair
                s.execute("DELETE FROM session_events WHERE uuid = '" + RecordIds.event(opening.uuid(), next) + "'");
                s.execute("ALTER TABLE session_events ENABLE TRIGGER session_events_never_go");
            }
            sender.nudge();
            until(() -> sender.backlog().clear() && onServer(opening.uuid()) == next);
        }
    }

    /** Rounds look only above the sessions already settled on the server: a new session, and an open one's seal, are still seen. */
    @Test
    void sessionsAfterTheSettledOnesAreStillSeen() throws Exception {
        openBoth();
        try (ServerSender sender = ServerSender.start(laptop.store().database(), server.clinic(), Clock.systemUTC());
             SessionWriter journal = SessionWriter.of(laptop)) {
            journal.finishedSession(1, Optional.empty());
            sender.nudge();
            String first = laptop.store().sessions().find(1).orElseThrow().uuid();
            until(() -> sender.backlog().clear() && sealedOnServer(first));
            journal.finishedSession(2, Optional.empty());                  // opened, run and sealed after session 1 settled
            sender.nudge();
            String second = laptop.store().sessions().find(2).orElseThrow().uuid();
            until(() -> sender.backlog().clear() && sealedOnServer(second));
        }
    }

    private boolean sealedOnServer(String uuid) {
        try {
            return server.store().sessions().findByUuid(uuid).map(SessionRecord::sealed).orElse(false);
        } catch (Exception e) {
            return false;
        }
    }

    private long onServer(String uuid) {
        try {
            return server.store().sessions().findByUuid(uuid).map(r -> {
                try {
                    return (long) server.store().sessions().events(r.id()).size();
                } catch (Exception e) {
                    return -1L;
                }
            }).orElse(0L);
        } catch (Exception e) {
            return -1;
        }
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(end);
            Thread.sleep(50);
        }
    }
}
