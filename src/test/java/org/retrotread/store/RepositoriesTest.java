package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

/**
 * The repositories, and the history rules the database itself enforces, on both stores: a laptop's SQLite file
 * and a clinic's PostgreSQL server (decision 0021). Each case runs once on each.
 */
class RepositoriesTest {

    @TempDir
    Path dir;
    private TestStores.Opened opened;
    private Store store;

    private void open(Dialect dialect) throws Exception {
        opened = TestStores.open(dialect, dir, StoreFixtures.WALL);
        store = opened.store();
    }

    @AfterEach
    void close() throws Exception {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anyTextRoundTripsExactly(Dialect dialect) throws Exception {
        open(dialect);
        List<String> names = List.of("Łukasz Żółć", "Ørjan", "Zoë", "O'Brien \"Bob\"", "Robert'); DROP TABLE clients;--",
                "王小明", "👟 Retro", "tab\tand\nnewline", "  spaced  ");
        for (String name : names) {
            Client saved = store.clients().add(new Client(0, name, Optional.of("ID-" + name), Optional.of(LocalDate.of(1950, 2, 28)),
                    Optional.of(new BodyMass(72.5)), Optional.of(Speed.ofKmh(4)), "notes: " + name + " % _ \\", false));
            Client back = store.clients().find(saved.id()).orElseThrow();
            assertThat(back).isEqualTo(new Client(saved.id(), name, Optional.of("ID-" + name), Optional.of(LocalDate.of(1950, 2, 28)),
                    Optional.of(new BodyMass(72.5)), Optional.of(new Speed(Speed.ofKmh(4).metresPerSecond())),
                    "notes: " + name + " % _ \\", false));
        }
        assertThat(store.clients().list(false)).hasSize(names.size());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aClientsDetailsCanBeChangedAndCleared(Dialect dialect) throws Exception {
        open(dialect);
        Client saved = store.clients().add(new Client(0, "Zoë", Optional.of("A-1"), Optional.empty(),
                Optional.of(new BodyMass(60)), Optional.empty(), "", false));
        Client changed = new Client(saved.id(), "Zoë Müller", Optional.empty(), Optional.of(LocalDate.of(1961, 7, 4)),
                Optional.empty(), Optional.of(new Speed(1.0)), "knee replacement 2025", false);
        store.clients().update(saved, changed);
        assertThat(store.clients().find(saved.id())).contains(changed);
    }

    /** Two workstations opened one profile; both save: the second is refused with what the first changed. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSecondOfTwoSavesOfOneProfileIsRefusedWithWhatTheFirstChanged(Dialect dialect) throws Exception {
        open(dialect);
        Client opened = store.clients().add(new Client(0, "Zoë", Optional.of("A-1"), Optional.empty(), Optional.of(new BodyMass(60)),
                Optional.empty(), "", false));
        Client room1 = new Client(opened.id(), "Zoë Müller", Optional.of("A-1"), Optional.empty(), Optional.of(new BodyMass(61)),
                Optional.empty(), "", false);
        Client room3 = new Client(opened.id(), "Zoe", Optional.of("A-1"), Optional.empty(), Optional.of(new BodyMass(60)),
                Optional.empty(), "walks with a stick", false);
        store.clients().update(opened, room1);
        Client stored = store.clients().find(opened.id()).orElseThrow();
        assertThatThrownBy(() -> store.clients().update(opened, room3)).isInstanceOfSatisfying(ProfileChanged.class, p -> {
            assertThat(p.current()).isEqualTo(stored);
            assertThat(p.changed()).containsOnlyKeys("name", "bodyMassKg").containsEntry("name", "Zoë Müller");
        });
        assertThat(store.clients().find(opened.id()).orElseThrow().name()).as("nothing overwritten").isEqualTo("Zoë Müller");
        store.clients().update(store.clients().find(opened.id()).orElseThrow(), room3);   // saved again, knowingly
        assertThat(store.clients().find(opened.id()).orElseThrow().notes()).isEqualTo("walks with a stick");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aClientWithSessionsIsArchivedNotDeleted(Dialect dialect) throws Exception {
        open(dialect);
        Client kept = store.clients().add(Client.named("Has sessions"));
        Client typo = store.clients().add(Client.named("Typo"));
        try (SessionWriter journal = SessionWriter.of(opened)) {
            journal.open(StoreFixtures.opening(1, Optional.of(kept.id()), StoreFixtures.knee(), SessionContext.anonymous()));
            journal.written();
        }
        assertThat(store.clients().deleteIfNoSessions(kept.id())).isFalse();
        assertThat(store.clients().deleteIfNoSessions(typo.id())).isTrue();
        store.clients().archive(kept.id());
        assertThat(store.clients().list(false)).isEmpty();
        assertThat(store.clients().list(true)).extracting(Client::name).containsExactly("Has sessions");
        try (Connection c = opened.raw().connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("DELETE FROM clients WHERE id = " + kept.id()))
                    .hasMessageContaining("archived, not deleted");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void planVersionsNeverChangeAndAStarterIsStoredOnce(Dialect dialect) throws Exception {
        open(dialect);
        var knee = StoreFixtures.knee();
        PlanVersion first = store.plans().starter(knee.id(), knee.plan());
        assertThat(store.plans().starter(knee.id(), knee.plan())).isEqualTo(first);
        PlanVersion edited = store.plans().saveVersion(first.planId(), new Plan("Knee, longer",
                knee.plan().mode(), knee.plan().blocks(), knee.plan().limits()));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(store.plans().load(first.id()).plan()).isEqualTo(knee.plan());
        try (Connection c = opened.raw().connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE plan_versions SET name = 'x'")).hasMessageContaining("never change");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void settingsHaveDefaultsAndKeepWhatIsSet(Dialect dialect) throws Exception {
        open(dialect);
        Settings settings = store.settings();
        assertThat(settings.displayUnit()).isEmpty();
        assertThat(settings.treadmillMaxSpeed().kmh()).isCloseTo(20, Offset.offset(1e-9));
        settings.setDisplayUnit(SpeedUnit.MILES_PER_HOUR);
        settings.setTreadmillMaxSpeed(Speed.ofMph(12));
        settings.setOperators(List.of("Ana", " Ben ", ""));
        settings.setTheme("dark");
        settings.setSoundOn(false);
        assertThat(settings.displayUnit()).contains(SpeedUnit.MILES_PER_HOUR);
        assertThat(settings.treadmillMaxSpeed().in(SpeedUnit.MILES_PER_HOUR)).isCloseTo(12, Offset.offset(1e-9));
        assertThat(settings.operators()).containsExactly("Ana", "Ben");
        assertThat(settings.theme()).isEqualTo("dark");
        assertThat(settings.soundOn()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSealedSessionNeverChangesAndCorrectionsAreAmendments(Dialect dialect) throws Exception {
        open(dialect);
        Client client = store.clients().add(Client.named("Patient"));
        SessionContext context = new SessionContext(Optional.of(Speed.ofKmh(3)), Speed.ofKmh(18), Optional.of(new BodyMass(80)));
        FakeClock clock = new FakeClock();
        List<SessionEvent> events;
        try (SessionWriter journal = SessionWriter.of(opened)) {
            journal.open(StoreFixtures.opening(1, Optional.of(client.id()), StoreFixtures.knee(), context));
            SessionEngine engine = journal.engine(1, StoreFixtures.knee().plan(), context, clock);
            StoreFixtures.runAFewMinutes(engine, clock);
            engine.handle(new Command.End("knee sore"));
            engine.handle(Command.CheckIn.of(6, 4));
            events = engine.events();
            journal.seal(1, SummaryCalculator.summarise(StoreFixtures.knee().plan(), context, events, clock.now()));
            journal.written();
        }
        assertThat(store.sessions().events(1)).isEqualTo(events);
        SessionRecord record = store.sessions().find(1).orElseThrow();
        assertThat(record.sealed()).isTrue();
        assertThat(record.context()).isEqualTo(new SessionContext(Optional.of(new Speed(Speed.ofKmh(3).metresPerSecond())),
                new Speed(Speed.ofKmh(18).metresPerSecond()), Optional.of(new BodyMass(80))));
        assertThat(record.endReason()).contains("knee sore");

        try (Connection c = opened.raw().connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE sessions SET operator = 'someone else' WHERE id = 1"))
                    .hasMessageContaining("never changes");
            assertThatThrownBy(() -> s.execute("UPDATE session_events SET text = 'x' WHERE session_id = 1"))
                    .hasMessageContaining("never change");
            assertThatThrownBy(() -> s.execute("DELETE FROM session_events WHERE session_id = 1"))
                    .hasMessageContaining("never deleted");
            assertThatThrownBy(() -> s.execute("INSERT INTO session_events (session_id, seq, uuid, at_ns, type)"
                    + " VALUES (1, 99, '00000000-0000-4000-8000-000000000099', 0, 'NoteAdded')"))
                    .hasMessageContaining("never changes");
        }
        Amendment a = store.sessions().amend(1, "Dr Ana", "typo in the note", Correction.of(CorrectedField.OTHER, "the note: new"));
        assertThat(store.sessions().amendments(1)).containsExactly(a);
        assertThat(store.sessions().integrity(1)).isEqualTo(SealChain.Integrity.INTACT);
        try (Connection c = opened.raw().connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE amendments SET reason = 'x'")).hasMessageContaining("never change");
            assertThatThrownBy(() -> s.execute("DELETE FROM amendments")).hasMessageContaining("never deleted");
            assertThatThrownBy(() -> s.execute("DELETE FROM sessions")).hasMessageContaining("never deleted");
            assertThatThrownBy(() -> s.execute("UPDATE audit_trail SET author = 'x'")).hasMessageContaining("never changes");
        }

        HistoryRow row = store.sessions().history(client.id()).get(0);
        assertThat(row.planName()).isEqualTo("starter.kneeProgramme.name");
        assertThat(row.activeTime()).contains(Duration.ofSeconds(135));
        assertThat(row.painBefore()).contains(3);
        assertThat(row.painAfter()).contains(4);
        assertThat(row.ending()).contains(SessionEnded.Ending.ENDED_EARLY);
        assertThat(row.amendments()).isEqualTo(1);
    }
}
