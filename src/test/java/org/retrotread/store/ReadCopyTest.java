package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * The workstation's copy of the clinic's clients and plans: brought up to the server's at each connection, never
 * doubled, and enough to run a session with the server away; that session reaches the server's own records.
 */
class ReadCopyTest extends LaptopAndServer {

    @Test
    void theCopyFollowsTheServerAndASessionRunOnItArrivesAtTheServersRecords() throws Exception {
        openBoth();
        Store s = server.store();
        Client zoe = s.clients().add(Client.named("Zoë Müller"));
        s.clients().add(Client.named("Ben Okafor"));
        PlanVersion first = s.plans().create(StoreFixtures.knee().plan());
        Plan longer = new Plan("Knee, longer", first.plan().mode(), first.plan().blocks(), first.plan().limits());
        PlanVersion second = s.plans().saveVersion(first.planId(), longer);

        ReadCopy.Taken taken;
        try (Connection w = laptop.raw().connect()) {
            taken = ReadCopy.refresh(s.connection(), w, StoreFixtures.WALL);
            assertThat(ReadCopy.takenAt(w)).contains(StoreFixtures.WALL.instant());
        }
        assertThat(taken.clients()).isEqualTo(2);
        Store w = laptop.store();
        assertThat(w.clients().list(true)).extracting(Client::name).containsExactly("Ben Okafor", "Zoë Müller");

        s.clients().update(zoe, new Client(zoe.id(), "Zoë Müller", Optional.of("PT-1"), Optional.empty(), Optional.empty(),
                Optional.empty(), "left knee", false));
        s.clients().add(Client.named("Ana Lima"));
        try (Connection c = laptop.raw().connect()) {
            ReadCopy.refresh(s.connection(), c, StoreFixtures.WALL);
            ReadCopy.refresh(s.connection(), c, StoreFixtures.WALL);                    // again: nothing doubled
        }
        assertThat(w.clients().list(true)).hasSize(3);
        Client copied = w.clients().list(true).stream().filter(c -> c.name().equals("Zoë Müller")).findFirst().orElseThrow();
        assertThat(copied.notes()).isEqualTo("left knee");
        assertThat(copied.identifier()).contains("PT-1");
        String secondUuid = Sql.one(s.connection(), "SELECT uuid FROM plan_versions WHERE id = ?", r -> r.getString(1), second.id())
                .orElseThrow();
        long localSecond;
        try (Connection c = laptop.raw().connect()) {
            localSecond = Sql.one(c, "SELECT id FROM plan_versions WHERE uuid = ?", r -> r.getLong(1), secondUuid).orElseThrow();
        }
        assertThat(w.plans().load(localSecond).plan()).isEqualTo(longer);

        // The server away: a session on the copy, for the copied client, on the copied plan; pushed when it is back.
        FakeClock clock = new FakeClock();
        try (SessionWriter journal = SessionWriter.of(laptop)) {
            journal.open(new SessionOpening(1, Optional.of(copied.id()), Optional.empty(), Optional.of(localSecond), longer, "ana",
                    SessionContext.anonymous(), Instant.parse("2026-11-25T09:00:00Z")));
            SessionEngine engine = journal.engine(1, longer, SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            engine.handle(new Command.End("done"));
            journal.seal(1, SummaryCalculator.summarise(longer, SessionContext.anonymous(), engine.events(), clock.now()));
            journal.written();
        }
        SessionPush.Pushed pushed;
        try (Connection c = laptop.raw().connect()) {
            pushed = SessionPush.push(c, s.connection(), 1);
        }
        SessionRecord there = s.sessions().find(pushed.serverId()).orElseThrow();
        assertThat(there.clientId()).contains(zoe.id());
        assertThat(there.planVersionId()).isEqualTo(second.id());
        assertThat(s.clients().list(true)).hasSize(3);
        assertThat(s.sessions().integrity(pushed.serverId())).isEqualTo(SealChain.Integrity.INTACT);
    }
}
