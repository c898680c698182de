package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.report.AuditText;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.SpeedUnit;

/**
 * A laptop's database moved into the clinic server: clients matched by identifier, sessions by UUID, every session
 * checked against its seal first; run twice, nothing doubled; what was left out is in the report with the reason.
 */
class ClinicImportTest extends LaptopAndServer {

    @Test
    void aLaptopMovesInOnceWithEveryRecordSafeOrSaidWhyNot() throws Exception {
        openBoth();
        Client alreadyThere = server.store().clients().add(new Client(0, "Zoe M.", Optional.of("pt-1"), Optional.empty(),
                Optional.empty(), Optional.empty(), "", false));
        Store l = laptop.store();
        Client zoe = l.clients().add(new Client(0, "Zoë Müller", Optional.of("PT-1"), Optional.empty(), Optional.empty(),
                Optional.empty(), "", false));
        Client ben = l.clients().add(Client.named("Ben Okafor"));
        try (SessionWriter journal = SessionWriter.of(laptop)) {
            journal.finishedSession(1, Optional.of(zoe.id()));
            journal.finishedSession(2, Optional.of(ben.id()));
            journal.finishedSession(3, Optional.of(ben.id()));
            journal.finishedSession(4, Optional.of(ben.id()));
            journal.open(StoreFixtures.opening(5, Optional.of(ben.id()), StoreFixtures.knee(),
                    SessionContext.anonymous()));                 // still open on the laptop
            journal.written();
        }
        l.sessions().amend(1, "Dr Ana", "typed wrongly", Correction.of(CorrectedField.PAIN_AFTER, "2"));
        Path file = dir.resolve("retrotread.db");
        String firstFormat;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            firstFormat = SealChain.seal(c, 3, SealChain.Format.AS_SQLITE_TEXT);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER sessions_sealed_never_change");
            s.execute("UPDATE sessions SET seal_sha256 = '" + firstFormat + "' WHERE id = 3");   // sealed before the server
            s.execute("UPDATE sessions SET operator = 'someone else' WHERE id = 4");            // changed outside Retrotread
        }

        ClinicImport.Report first;
        try (Connection c = laptop.raw().connect()) {
            first = ClinicImport.run(c, server.store().connection(), StoreFixtures.WALL, "laptop.db");
        }
        assertThat(first.clientsAdded()).isEqualTo(1);                    // Ben
        assertThat(first.clientsMatched()).isEqualTo(1);                  // Zoë, by her identifier
        assertThat(first.sessionsAdded()).isEqualTo(3);
        assertThat(first.skipped()).extracting(ClinicImport.Line::outcome)
                .containsExactlyInAnyOrder("import.skipped.open", "import.skipped.changed");
        Messages english = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
        assertThat(first.lines()).extracting(line -> english.format(line.message())).contains(
                "Zoë Müller: the same person as the clinic's record with identifier PT-1; their sessions joined it",
                "Ben Okafor: added");

        Store s = server.store();
        assertThat(s.sessions().history(alreadyThere.id())).hasSize(1);   // Zoë's session is with her record there
        for (long id : ids(server, "SELECT id FROM sessions ORDER BY id")) {
            assertThat(s.sessions().integrity(id)).as("session " + id).isEqualTo(SealChain.Integrity.INTACT);
        }
        long zoesThere = s.sessions().history(alreadyThere.id()).get(0).sessionId();
        assertThat(s.sessions().amendments(zoesThere)).hasSize(1);
        assertThat(s.audit().all()).filteredOn(e -> e.action() == AuditTrail.Action.MOVED_IN).singleElement()
                .satisfies(e -> assertThat(new AuditText(english, ZoneOffset.UTC).cells(e))
                        .contains("A laptop's records moved in, from laptop.db"));
        long events = count(server, "SELECT COUNT(*) FROM session_events");

        ClinicImport.Report again;
        try (Connection c = laptop.raw().connect()) {
            again = ClinicImport.run(c, server.store().connection(), StoreFixtures.WALL, "laptop.db");
        }
        assertThat(again.clientsAdded()).isZero();
        assertThat(again.sessionsAdded()).isZero();
        assertThat(again.sessionsThere()).isEqualTo(3);
        assertThat(count(server, "SELECT COUNT(*) FROM sessions")).isEqualTo(3);
        assertThat(count(server, "SELECT COUNT(*) FROM session_events")).isEqualTo(events);
        assertThat(count(server, "SELECT COUNT(*) FROM clients")).isEqualTo(2);
        assertThat(count(server, "SELECT COUNT(*) FROM amendments")).isEqualTo(1);
    }

    private static List<Long> ids(TestStores.Opened o, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = o.raw().connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    private static long count(TestStores.Opened o, String sql) throws Exception {
        return ids(o, sql).get(0);
    }

    @Test
    void aClientsOwnPlanFollowsHerToTheServersRecordOfHerAndUnusedPlansComeToo() throws Exception {
        openBoth();
        Client there = server.store().clients().add(new Client(0, "Zoe M.", Optional.of("pt-1"), Optional.empty(),
                Optional.empty(), Optional.empty(), "", false));
        Store l = laptop.store();
        Client zoe = l.clients().add(new Client(0, "Zoë Müller", Optional.of("PT-1"), Optional.empty(), Optional.empty(),
                Optional.empty(), "", false));
        SavedPlan hers = l.plans().save(Optional.empty(), StoreFixtures.knee().plan(), Optional.of(zoe.id()), Optional.empty());
        var renamed = new Plan("Never run yet", StoreFixtures.knee().plan().mode(),
                StoreFixtures.knee().plan().blocks(), StoreFixtures.knee().plan().limits());
        l.plans().save(Optional.empty(), renamed, Optional.empty(), Optional.empty());
        try (SessionWriter journal = SessionWriter.of(laptop)) {            // a finished session on her own plan
            Plan plan = hers.latest().plan();
            journal.open(new SessionOpening(1, Optional.of(zoe.id()), Optional.empty(), Optional.of(hers.latest().id()),
                    plan, "ana", SessionContext.anonymous(), Instant.parse("2026-11-25T09:00:00Z")));
            FakeClock clock = new FakeClock();
            SessionEngine engine = journal.engine(1, plan, SessionContext.anonymous(), clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            engine.handle(new Command.End("done"));
            journal.seal(1, SummaryCalculator.summarise(plan, SessionContext.anonymous(), engine.events(), clock.now()));
            journal.written();
        }
        try (Connection c = laptop.raw().connect()) {
            ClinicImport.run(c, server.store().connection(), StoreFixtures.WALL, "laptop.db");
        }
        assertThat(server.store().clients().list(true)).as("one record of her").extracting(Client::id).containsExactly(there.id());
        assertThat(server.store().plans().library()).anySatisfy(p -> {
            assertThat(p.latest().plan().name()).isEqualTo(StoreFixtures.knee().plan().name());
            assertThat(p.clientId()).contains(there.id());
        });
        assertThat(server.store().plans().library()).extracting(p -> p.latest().plan().name()).contains("Never run yet");
    }
}
