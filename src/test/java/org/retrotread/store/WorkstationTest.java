package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SummaryCalculator;

/**
 * Two workstations' files working with one clinic server: every change that is not a live session is made on the
 * server first and copied back, so each file is a copy of the clinic's records and never edited alone; a profile
 * saved on both is refused the second time with what the other changed; corrections chain on the server and check
 * out in both copies; a client's history pulled into the other room is whole; with the server away, a change is
 * refused and nothing is written to the copy.
 */
class WorkstationTest extends LaptopAndServer {

    @Test
    void changesAreMadeOnTheServerFirstAndReachTheOtherRoom() throws Exception {
        openBoth();
        Files.createDirectories(dir.resolve("room3"));
        try (TestStores.Opened room3File = TestStores.open(Dialect.SQLITE, dir.resolve("room3"), StoreFixtures.WALL);
             Workstation room1 = new Workstation(laptop.store(), server.clinic(), StoreFixtures.WALL);
             Workstation room3 = new Workstation(room3File.store(), server.clinic(), StoreFixtures.WALL)) {
            Client zoe = room1.addClient(Client.named("Zoë Müller"));
            assertThat(server.store().clients().list(true)).extracting(Client::name).containsExactly("Zoë Müller");
            assertThat(laptop.store().clients().uuidOf(zoe.id())).isEqualTo(server.store().clients().uuidOf(
                    server.store().clients().list(true).get(0).id()));

            room3.refresh();
            Client zoeIn3 = room3File.store().clients().list(true).get(0);
            Client fromRoom1 = withNotes(zoe, "left knee");
            Client fromRoom3 = withNotes(zoeIn3, "right hip");
            room1.updateClient(zoe, fromRoom1);
            assertThat(laptop.store().clients().find(zoe.id()).orElseThrow().notes()).isEqualTo("left knee");
            assertThatThrownBy(() -> room3.updateClient(zoeIn3, fromRoom3))
                    .isInstanceOfSatisfying(ProfileChanged.class, changed -> {
                        assertThat(changed.current().id()).as("in room 3's own ids").isEqualTo(zoeIn3.id());
                        assertThat(changed.changed()).containsEntry("notes", "left knee");
                    });
            assertThat(room3File.store().clients().find(zoeIn3.id()).orElseThrow().notes()).as("the copy took room 1's save")
                    .isEqualTo("left knee");

            // Her record trail, read in room 3, is the server's: room 1's save is in it; a paper printed in room 3 too.
            assertThat(room3.audit(Optional.of(zoeIn3.id()), AuditTrail.Action.PRINTED, "sessionSheet", "printer")).isTrue();
            assertThat(room3.auditOf(zoeIn3.id())).extracting(AuditTrail.Entry::action).containsExactly(AuditTrail.Action.CLIENT_ADDED,
                    AuditTrail.Action.CLIENT_CHANGED, AuditTrail.Action.PRINTED);
            assertThat(room1.auditIntact()).isTrue();
            assertThat(laptop.store().audit().all()).as("nothing of it in the copy alone").isEmpty();

            // A plan for her, made in room 3, reaches room 1 with the next refresh.
            Plan knee = StoreFixtures.knee().plan();
            SavedPlan saved = room3.savePlan(Optional.empty(), knee, Optional.of(zoeIn3.id()), Optional.empty());
            assertThat(saved.clientId()).contains(zoeIn3.id());
            room1.refresh();
            assertThat(laptop.store().plans().library()).anySatisfy(p -> {
                assertThat(p.clientId()).contains(zoe.id());
                assertThat(p.latest().plan()).isEqualTo(knee);
            });

            // A walk test in room 1, corrected in room 3: both on the server, the correction in room 1's copy too.
            WalkTest test = room1.addWalkTest(zoe.id(), LocalDate.of(2026, 11, 20), Duration.ofSeconds(95), "", "");
            room3.refresh();
            long testIn3 = room3File.store().walkTests().of(zoeIn3.id()).get(0).id();
            room3.correctWalkTest(testIn3, Duration.ofSeconds(59), "Dr Ana", "typed 95 for 59");
            room1.refresh();
            assertThat(laptop.store().walkTests().of(zoe.id())).singleElement()
                    .satisfies(w -> assertThat(w.time()).isEqualTo(Duration.ofSeconds(59)))
                    .satisfies(w -> assertThat(w.id()).isEqualTo(test.id()));

            // A session run in room 1, corrected there and in room 3; room 3's history is the clinic's, chains intact.
            runSession(laptop, zoe.id());
            room1.amend(1, "Dr Ana", "pain typed wrongly", Correction.of(CorrectedField.PAIN_AFTER, "3"));
            AtomicLong ids3 = new AtomicLong(40);
            assertThat(room3.pullHistory(zoeIn3.id(), ids3::incrementAndGet)).isEqualTo(1);
            assertThat(room3File.store().sessions().history(zoeIn3.id())).singleElement()
                    .satisfies(row -> assertThat(row.sessionId()).as("numbered from the app's counter").isEqualTo(41));
            room3.amend(41, "Dr Ben", "and the effort", Correction.of(CorrectedField.OTHER, "RPE 13"));
            assertThat(room3.pullHistory(zoeIn3.id(), ids3::incrementAndGet)).as("nothing new").isZero();
            assertThat(room1.pullHistory(zoe.id(), () -> 99)).as("room 3's correction reaches room 1").isEqualTo(1);
            assertThat(laptop.store().sessions().amendments(1)).hasSize(2);
            assertThat(room3File.store().sessions().amendments(41)).hasSize(2);
            assertIntact(laptop.store(), zoe.id());
            assertIntact(room3File.store(), zoeIn3.id());
            assertIntact(server.store(), server.store().clients().list(true).get(0).id());
            assertThat(server.store().sessions().amendments(server.store().sessions().findByUuid(
                    laptop.store().sessions().find(1).orElseThrow().uuid()).orElseThrow().id())).hasSize(2);
        }
    }

    @Test
    void withTheServerAwayAChangeIsRefusedAndTheCopyUntouched() throws Exception {
        laptop = TestStores.open(Dialect.SQLITE, dir, StoreFixtures.WALL);
        Properties login = new Properties();
        login.setProperty("user", "nobody");
        ClinicServer away = ClinicServer.at("postgresql://127.0.0.1:9/clinic", login); // discard port: nothing listens
        try (Workstation room1 = new Workstation(laptop.store(), away, StoreFixtures.WALL)) {
            assertThatThrownBy(() -> room1.addClient(Client.named("Zoë Müller")))
                    .isInstanceOfSatisfying(ServerProblem.class, p -> assertThat(p.kind()).isEqualTo(ServerProblem.Kind.UNREACHABLE));
            assertThatThrownBy(room1::refresh).isInstanceOf(ServerProblem.class);
        }
        assertThat(laptop.store().clients().list(true)).isEmpty();
    }

    private static Client withNotes(Client c, String notes) {
        return new Client(c.id(), c.name(), c.identifier(), c.dateOfBirth(), c.bodyMass(), c.maxSpeed(), notes, c.archived(), c.clinical());
    }

    /** Session 1 in the file, for the client, on the knee starter: a few minutes, ended and sealed. */
    private static void runSession(TestStores.Opened file, long clientId) throws Exception {
        Plan plan = StoreFixtures.knee().plan();
        FakeClock clock = new FakeClock();
        try (SessionWriter journal = SessionWriter.of(file)) {
            journal.open(new SessionOpening(1, Optional.of(clientId), Optional.of(StoreFixtures.knee().id()), Optional.empty(), plan,
                    "ana", SessionContext.anonymous(), Instant.parse("2026-11-25T09:00:00Z")));
            SessionEngine engine = journal.engine(1, plan, SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            engine.handle(new Command.End("done"));
            journal.seal(1, SummaryCalculator.summarise(plan, SessionContext.anonymous(), engine.events(), clock.now()));
            journal.written();
        }
    }
}
