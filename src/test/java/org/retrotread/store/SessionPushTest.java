package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * A session run on a workstation reaches the clinic server whole, however often and at whatever point it is
 * pushed: nothing doubled, nothing lost, and its seal checks out on the server as it is.
 */
class SessionPushTest extends LaptopAndServer {

    private SessionPush.Pushed push(long sessionId) throws Exception {
        try (Connection local = laptop.raw().connect()) {
            return SessionPush.push(local, server.store().connection(), sessionId);
        }
    }

    @Test
    void aSessionPushedAsItRunsArrivesOnceAndSealedIntact() throws Exception {
        openBoth();
        Client client = laptop.store().clients().add(Client.named("Zoë Müller"));
        FakeClock clock = new FakeClock();
        List<SessionEvent> events;
        int soFar;
        try (SessionWriter journal = SessionWriter.of(laptop)) {
            journal.open(StoreFixtures.opening(1, Optional.of(client.id()), StoreFixtures.knee(), SessionContext.anonymous()));
            SessionEngine engine = journal.engine(1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            journal.written();
            soFar = engine.events().size();

            SessionPush.Pushed first = push(1);                         // mid-session, as the sender does
            assertThat(first.eventsAdded()).isEqualTo(soFar);
            assertThat(first.sealed()).isFalse();
            assertThat(push(1).eventsAdded()).isZero();                 // again: nothing doubled

            engine.handle(new Command.End("done"));
            engine.handle(Command.CheckIn.of(5, 2));
            events = engine.events();
            journal.seal(1, SummaryCalculator.summarise(StoreFixtures.knee().plan(), SessionContext.anonymous(), events, clock.now()));
            journal.written();
        }
        SessionPush.Pushed last = push(1);
        assertThat(last.eventsAdded()).isEqualTo(events.size() - soFar);
        assertThat(last.sealed()).isTrue();
        SessionPush.Pushed again = push(1);
        assertThat(again.eventsAdded()).isZero();
        assertThat(again.sealed()).isFalse();

        Store onServer = server.store();
        assertThat(onServer.sessions().events(last.serverId())).isEqualTo(events);
        assertThat(onServer.sessions().integrity(last.serverId())).isEqualTo(SealChain.Integrity.INTACT);
        assertThat(onServer.clients().list(false)).extracting(Client::name).containsExactly("Zoë Müller");
        assertThat(onServer.sessions().history(onServer.clients().list(false).get(0).id())).hasSize(1);
    }

    @Test
    void theServersOwnStarterKeepsItsRowsAndTheWorkstationsVersionJoinsIt() throws Exception {
        openBoth();
        PlanVersion serversOwn = server.store().plans().starter(StoreFixtures.knee().id(), StoreFixtures.knee().plan());
        try (SessionWriter journal = SessionWriter.of(laptop)) {
            journal.finishedSession(1, Optional.empty());
        }
        SessionPush.Pushed pushed = push(1);
        SessionRecord there = server.store().sessions().find(pushed.serverId()).orElseThrow();
        PlanVersion version = server.store().plans().load(there.planVersionId());
        assertThat(version.planId()).isEqualTo(serversOwn.planId());       // one starter plan on the server, not two
        assertThat(version.version()).isEqualTo(2);                         // its number was taken: the next one
        assertThat(server.store().sessions().integrity(pushed.serverId())).isEqualTo(SealChain.Integrity.INTACT);
    }
}
