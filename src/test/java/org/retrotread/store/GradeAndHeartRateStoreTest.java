package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/**
 * Schema 11 on both stores: a client's limits beyond speed saved, changed (on the record trail) and read back; a
 * session's own limits kept for a resume; grade and heart-rate events journaled and read back as they were.
 */
class GradeAndHeartRateStoreTest {

    @TempDir
    Path dir;
    private TestStores.Opened opened;

    @AfterEach
    void close() throws Exception {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aClientsLimitsAndASessionsGradesAndHeartRatesAreKept(Dialect dialect) throws Exception {
        opened = TestStores.open(dialect, dir, StoreFixtures.WALL);
        Store store = opened.store();
        Client.Safety safety = new Client.Safety(Optional.of(Grade.ofPercent(8.5)),
                new HeartRateGuide(Optional.of(new HeartRate(132)), false));
        Client ana = store.clients().add(new Client(0, "Ana", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", false, Client.Clinical.NONE, safety));
        assertThat(store.clients().find(ana.id()).orElseThrow().safety()).isEqualTo(safety);
        Client notAGuide = new Client(ana.id(), "Ana", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                false, Client.Clinical.NONE, new Client.Safety(Optional.empty(), new HeartRateGuide(Optional.of(new HeartRate(132)), true)));
        store.clients().update(ana, notAGuide);
        assertThat(store.clients().find(ana.id()).orElseThrow()).isEqualTo(notAGuide);
        assertThat(store.audit().ofClient(ana.id())).extracting(AuditTrail.Entry::subject)
                .contains("maxGradePercent", "heartRateNotAGuide");

        SessionContext context = new SessionContext(Optional.empty(), Speed.ofKmh(16), Optional.empty(), Optional.of(Grade.ofPercent(8.5)),
                new GradeRange(Grade.ofPercent(-3), Grade.ofPercent(12)), safety.heartRate());
        FakeClock clock = new FakeClock();
        List<SessionEvent> events;
        try (SessionWriter journal = SessionWriter.of(opened)) {
            journal.open(StoreFixtures.opening(1, Optional.of(ana.id()), StoreFixtures.knee(), context));
            SessionEngine engine = journal.engine(1, StoreFixtures.knee().plan(), context, clock);
            engine.handle(new Command.Start());
            clock.advance(Duration.ofSeconds(70));
            engine.handle(new Command.HandsOff());
            engine.handle(new Command.ConfirmPromptedSpeed());
            engine.handle(new Command.EnterGrade(Grade.ofPercent(-2.5)));
            engine.handle(new Command.EnterGrade(Grade.ofPercent(4), true)); // 6.5 % at once: the operator said yes
            engine.handle(new Command.EnterHeartRate(new HeartRate(140), HeartRateRecorded.Source.KEYED));
            engine.handle(new Command.AnswerHeartRate(HeartRateAnswered.Response.CARRIED_ON, "as planned with the physio"));
            clock.advance(Duration.ofSeconds(60));
            engine.handle(new Command.End("done for today"));
            events = engine.events();
            journal.seal(1, SummaryCalculator.summarise(StoreFixtures.knee().plan(), context, events, clock.now()));
            journal.written();
        }
        SessionRecord record = store.sessions().find(1).orElseThrow();
        assertThat(record.context()).isEqualTo(context); // a resume keeps the limits it opened with
        assertThat(store.sessions().events(1)).isEqualTo(events);
        assertThat(store.sessions().events(1)).filteredOn(GradeSet.class::isInstance).extracting(g -> ((GradeSet) g).grade())
                .containsExactly(Grade.ofPercent(-2.5), Grade.ofPercent(4));
        HistoryRow.GradeAndHeart row = store.sessions().history(ana.id()).get(0).gradeAndHeart();
        assertThat(row.steepestGrade()).contains(Grade.ofPercent(4));
        assertThat(row.highestHeartRate()).contains(new HeartRate(140));
        assertThat(row.aboveCeiling()).contains(Duration.ofSeconds(60)); // 140 over a ceiling of 132, to the end
        assertThat(row.climbed().orElseThrow().metres()).isGreaterThan(0);
        assertThat(store.sessions().integrity(1)).isEqualTo(SealChain.Integrity.INTACT);
        try (var c = opened.raw().connect(); var s = c.createStatement()) {
            s.execute("UPDATE session_summaries SET max_grade_tenths = 10 WHERE session_id = 1"); // outside Retrotread
        } catch (SQLException refusedByTheServer) {
            return; // the clinic server's own rule refuses it first: nothing changed
        }
        assertThat(store.sessions().integrity(1)).isEqualTo(SealChain.Integrity.CHANGED); // format 3 seals the new figures
    }
}
