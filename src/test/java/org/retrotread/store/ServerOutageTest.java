package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * The clinic server goes away mid-session, for real (its {@code pg_ctl stop}): the session goes on into the
 * workstation's file, the sender says how many events wait and since when, and once the server is back
 * everything is pushed, once. Killed with SIGKILL during the outage: the next start pushes it all.
 */
class ServerOutageTest {

    @TempDir
    Path dir;
    private TestStores.Opened laptop;
    private TestStores.Opened server;
    private ServerSender sender;

    @AfterEach
    void close() throws Exception {
        TestStores.serverControl("start-if-stopped");
        if (sender != null) {
            sender.close();
        }
        TestStores.closeAll(laptop, server);
    }

    private static void until(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    private int eventsOnServer(String sessionUuid) {
        try {
            return server.store().sessions().findByUuid(sessionUuid).map(r -> {
                try {
                    return server.store().sessions().events(r.id()).size();
                } catch (Exception e) {
                    return -1;
                }
            }).orElse(0);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void theSessionGoesOnThroughAnOutageAndArrivesWholeAfter() throws Exception {
        server = TestStores.open(Dialect.POSTGRESQL, dir, StoreFixtures.WALL);
        laptop = TestStores.open(Dialect.SQLITE, dir, StoreFixtures.WALL);
        sender = ServerSender.start(laptop.store().database(), server.clinic(), Clock.systemUTC());
        List<ServerSender.Backlog> heard = new CopyOnWriteArrayList<>();
        sender.addListener(heard::add);
        FakeClock clock = new FakeClock();
        String uuid;
        SessionEngine engine;
        try (EventJournal journal = laptop.store().startJournal()) {
            journal.addWrittenListener(sender::nudge);
            SessionOpening opening = StoreFixtures.opening(1, Optional.empty(), StoreFixtures.knee(), SessionContext.anonymous());
            uuid = opening.uuid();
            journal.open(opening);
            engine = StoreFixtures.journaled(journal, 1, StoreFixtures.knee().plan(), SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            int before = engine.events().size();
            until(() -> eventsOnServer(uuid) == before, Duration.ofSeconds(10), "the first events on the server");

            server.store().close();                                   // its connection would die with the server anyway
            TestStores.serverControl("stop");
            engine.handle(new Command.AddNote("said while the server was away"));
            engine.handle(Command.CheckIn.of(4, 2));
            until(() -> sender.backlog().eventsWaiting() == 2 && sender.backlog().since().isPresent(), Duration.ofSeconds(15),
                    "the backlog said");
            assertThat(sender.backlog().problem()).as("an outage is not a refusal").isEmpty();
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).as("the console never waited for the server").isTrue();

            TestStores.serverControl("start");
            engine.handle(new Command.End("done"));
            journal.seal(1, SummaryCalculator.summarise(StoreFixtures.knee().plan(), SessionContext.anonymous(), engine.events(),
                    clock.now()));
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
        }
        until(() -> sender.backlog().clear(), Duration.ofSeconds(30), "everything pushed after the outage");
        assertThat(heard).anyMatch(b -> b.eventsWaiting() > 0).last().isEqualTo(ServerSender.Backlog.CLEAR);
        server = reopened(server);
        SessionRecord there = server.store().sessions().findByUuid(uuid).orElseThrow();
        assertThat(server.store().sessions().events(there.id())).isEqualTo(engine.events());
        assertThat(server.store().sessions().integrity(there.id())).isEqualTo(SealChain.Integrity.INTACT);
    }

    @Test
    void killedDuringTheOutageTheNextStartPushesEverythingOnce() throws Exception {
        server = TestStores.open(Dialect.POSTGRESQL, dir, StoreFixtures.WALL);
        Path file = dir.resolve("workstation.db");
        TestStores.Server test = TestStores.server();
        String address = server.clinic().label();
        TestStores.serverControl("stop");
        Process child = CrashChild.start(file, "7", "0", "postgresql://" + address, test.login().getProperty("user"),
                test.login().getProperty("password"));
        BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int events = 0;
        for (String line = said.readLine(); line != null && events < 300; line = said.readLine()) {
            if (line.startsWith("E ")) {
                events++;
            }
        }
        child.destroyForcibly();                                        // SIGKILL, with the server still away
        child.waitFor();
        TestStores.serverControl("start");

        server = reopened(server);
        try (Store workstation = Store.open(file)) {
            int local = workstation.sessions().events(1).size();
            assertThat(local).isGreaterThanOrEqualTo(300);
            String uuid = workstation.sessions().find(1).orElseThrow().uuid();
            try (ServerSender next = ServerSender.start(workstation.database(), server.clinic(), Clock.systemUTC())) {
                until(() -> eventsOnServer(uuid) == local && next.backlog().clear(), Duration.ofSeconds(30), "pushed after the restart");
            }
            SessionRecord there = server.store().sessions().findByUuid(uuid).orElseThrow();
            assertThat(server.store().sessions().events(there.id())).isEqualTo(workstation.sessions().events(1));
            try (ServerSender again = ServerSender.start(workstation.database(), server.clinic(), Clock.systemUTC())) {
                assertThat(again.pushAll()).isTrue();                   // a third start: nothing more, nothing doubled
            }
            assertThat(server.store().sessions().events(there.id())).hasSize(local);
        }
    }

    /** The server's store on a new connection: the one from before the outage died with the server. */
    private static TestStores.Opened reopened(TestStores.Opened before) throws Exception {
        Store fresh = Store.onServer(before.clinic(), StoreFixtures.WALL);
        return new TestStores.Opened(fresh, before.dialect(), before.raw(), before.clinic(), before.dropped());
    }
}
