package org.retrotread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Speed;

/** The plan library on a real SQLite file: versions, a client's plan, and its weekly progression across real sessions. */
class PlanLibraryTest {

    /** A wall clock the test moves on by days. */
    private static final class Calendar extends Clock {
        private Instant now = Instant.parse("2026-11-02T09:00:00Z");

        void days(int n) { now = now.plus(Duration.ofDays(n)); }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @TempDir
    Path dir;
    private final Calendar calendar = new Calendar();
    private Store store;
    private Client ana;

    @BeforeEach
    void open() throws Exception {
        store = Store.on(Database.open(dir.resolve("retrotread.db")), calendar);
        ana = store.clients().add(new Client(0, "Ana", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Speed.ofKmh(3)), "", false));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Target rampTop(Plan plan) {
        return ((RampBlock) plan.blocks().get(1)).to();
    }

    @Test
    void aPlanIsSavedAsVersionsListedAndArchived() throws SQLException {
        Plan knee = StoreFixtures.knee().plan();
        SavedPlan first = store.plans().save(Optional.empty(), knee, Optional.empty(), Optional.empty());
        assertThat(first.latest().version()).isEqualTo(1);
        assertThat(store.plans().save(Optional.of(first.planId()), knee, Optional.empty(), Optional.empty()).latest().version())
                .isEqualTo(1); // saved unchanged: no new version
        Plan twice = new Plan("Knee, twice a week", knee.mode(), knee.blocks(), knee.limits(), 2);
        SavedPlan second = store.plans().save(Optional.of(first.planId()), twice, Optional.empty(), Optional.empty());
        assertThat(second.latest().version()).isEqualTo(2);
        assertThat(store.plans().load(first.latest().id()).plan()).isEqualTo(knee); // the old version stays as it was
        store.plans().starter(StoreFixtures.knee().id(), knee);
        assertThat(store.plans().library()).extracting(SavedPlan::name).containsExactly("Knee, twice a week"); // starters aside
        assertThat(store.plans().library().get(0).latest().plan().sessionsPerWeek()).isEqualTo(2);
        store.plans().archive(first.planId());
        assertThat(store.plans().library()).isEmpty();
    }

    @Test
    void weeklyProgressionRaisesCapsAndHoldsOnAPainRiseAcrossRealSessions() throws Exception {
        Plan knee = StoreFixtures.knee().plan(); // ramp 1.5 -> 2.5 km/h
        SavedPlan plan = store.plans().save(Optional.empty(), knee, Optional.of(ana.id()), Optional.of(Progression.Rule.DEFAULT));
        assertThat(plan.baselineAt()).contains(calendar.instant());
        Progression week0 = store.plans().progress(plan, Optional.empty());
        assertThat(week0.outcome()).isEqualTo(Progression.Outcome.BASELINE);
        assertThat(week0.plan()).isEqualTo(knee);

        calendar.days(8);
        Progression week1 = store.plans().progress(plan, Optional.empty());
        assertThat(week1.outcome()).isEqualTo(Progression.Outcome.RAISED);
        assertThat(week1.week()).isEqualTo(1);
        assertThat(rampTop(week1.plan())).isEqualTo(Target.kmh(2.8)); // 2.5 + 10 % of 2.5, to a tenth
        assertThat(store.plans().progress(plan, Optional.of(Speed.ofKmh(2.6))).outcome()).isEqualTo(Progression.Outcome.CAPPED);
        assertThat(rampTop(store.plans().progress(plan, Optional.of(Speed.ofKmh(2.6))).plan())).isEqualTo(Target.kmh(2.6));

        runSession(1, plan, week1, 2, 5); // pain rose from 2 to 5 in the week-1 session
        SessionRecord record = store.sessions().find(1).orElseThrow();
        assertThat(record.planRun()).contains(week1.plan());
        assertThat(store.planOf(record)).isEqualTo(week1.plan()); // a replay uses the plan as it ran, not the baseline

        calendar.days(7);
        Progression week2 = store.plans().progress(plan, Optional.empty());
        assertThat(week2.outcome()).isEqualTo(Progression.Outcome.HELD_FOR_PAIN);
        assertThat(week2.week()).isEqualTo(1);
        assertThat(rampTop(week2.plan())).isEqualTo(Target.kmh(2.8));

        runSession(2, plan, week2, 3, 3); // no rise: the next week goes on
        calendar.days(7);
        Progression week3 = store.plans().progress(plan, Optional.empty());
        assertThat(week3.outcome()).isEqualTo(Progression.Outcome.RAISED);
        assertThat(week3.week()).isEqualTo(3);
        assertThat(rampTop(week3.plan())).isEqualTo(Target.kmh(3.3));

        Plan rewritten = knee.withBlocks(knee.blocks().subList(0, 2), knee.limits());
        SavedPlan edited = store.plans().save(Optional.of(plan.planId()), rewritten, Optional.of(ana.id()),
                Optional.of(Progression.Rule.DEFAULT));
        assertThat(edited.baselineAt()).contains(calendar.instant()); // a changed plan is a new baseline
        assertThat(store.plans().progress(edited, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.BASELINE);

        assertThat(store.sessions().history(ana.id())).extracting(HistoryRow::rpe).containsExactly(Optional.of(4), Optional.of(4));
        assertThat(store.sessions().history(ana.id())).extracting(HistoryRow::sessionsPerWeek).containsOnly(3);
    }

    private void runSession(long id, SavedPlan plan, Progression progression, int painBefore, int painAfter) throws Exception {
        SessionContext context = new SessionContext(Optional.empty(), Speed.ofKmh(16), Optional.empty());
        try (EventJournal journal = store.startJournal()) {
            journal.open(new SessionOpening(id, Optional.of(ana.id()), Optional.empty(), Optional.of(plan.latest().id()),
                    progression.plan(), "Ben", context, calendar.instant(), Optional.of(progression)));
            FakeClock clock = new FakeClock();
            SessionEngine engine = new SessionEngine(progression.plan(), context, clock, calendar);
            engine.addListener(e -> journal.append(id, e));
            engine.handle(Command.CheckIn.of(2, painBefore));
            engine.handle(Command.Start.holdingRails(false));
            clock.advanceSeconds(60);
            engine.handle(Command.CheckIn.of(4, painAfter));
            engine.handle(new Command.End("done"));
            journal.seal(id, SummaryCalculator.summarise(progression.plan(), context, engine.events(), clock.now()));
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
        }
    }
}
