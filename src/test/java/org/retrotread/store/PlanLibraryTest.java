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
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrotread.session.Command;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.correction.Figure;
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

    private Progression.Assessment assess(SavedPlan plan, Optional<Speed> max) throws Exception {
        return store.plans().assess(plan, max, Progression.Policy.DEFAULT);
    }

    /**
     * The rule over real sessions in a real file: a raise proposed only after the plan's three sessions ran
     * at the level, held on a pain rise, held after a 12-day gap (the case), the decision kept with
     * each session, and the handrail block never raised.
     */
    @Test
    void progressionProposesAfterSessionsThatRanAndHoldsOnPainAndAfterAGap() throws Exception {
        Plan knee = StoreFixtures.knee().plan(); // handrail 1.5, ramp 1.5 -> 2.5 km/h
        SavedPlan plan = store.plans().save(Optional.empty(), knee, Optional.of(ana.id()), Optional.of(Progression.Rule.DEFAULT));
        Progression.Assessment first = assess(plan, Optional.empty());
        assertThat(first.outcome()).isEqualTo(Progression.Outcome.BASELINE);
        assertThat(first.asIs().plan()).isEqualTo(knee);

        calendar.days(40);                                   // weeks pass with no session: still the baseline
        assertThat(assess(plan, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.BASELINE);
        long id = 1;
        for (int i = 0; i < 3; i++) {
            runSession(id++, plan, assess(plan, Optional.empty()).asIs(), 2, 2, 400);
            calendar.days(1);
        }
        Progression.Assessment proposed = assess(plan, Optional.empty());
        assertThat(proposed.outcome()).isEqualTo(Progression.Outcome.PROPOSED);
        assertThat(rampTop(proposed.proposal().orElseThrow().plan())).isEqualTo(Target.kmh(2.8)); // 2.5 + 10 %, to a tenth
        assertThat(proposed.proposal().get().plan().blocks().get(0)).isEqualTo(knee.blocks().get(0)); // the handrail, as written
        Progression accepted = proposed.accept();
        runSession(id++, plan, accepted, 2, 5, 400);             // pain rose from 2 to 5 at the new level
        SessionRecord record = store.sessions().find(id - 1).orElseThrow();
        assertThat(record.planRun()).contains(accepted.plan());
        assertThat(store.planOf(record)).isEqualTo(accepted.plan()); // a replay uses the plan as it ran
        assertThat(record.progression()).contains(accepted.record());
        assertThat(record.progression().get().decision()).isEqualTo(Progression.Decision.ACCEPTED);

        calendar.days(1);
        assertThat(assess(plan, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.HELD_FOR_PAIN);
        runSession(id++, plan, assess(plan, Optional.empty()).asIs(), 3, 3, 5); // 5 s of a ten-minute plan: it did not run
        assertThat(assess(plan, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.HELD_FOR_PAIN);

        calendar.days(12);                                   // twelve days away
        Progression.Assessment back = assess(plan, Optional.empty());
        assertThat(back.outcome()).isEqualTo(Progression.Outcome.HELD_AFTER_GAP);
        assertThat(back.proposal()).isEmpty();
        assertThat(back.current().percent()).isEqualTo(10);
        assertThat(back.current().plan().blocks().get(0)).isEqualTo(knee.blocks().get(0));

        Plan rewritten = knee.withBlocks(knee.blocks().subList(0, 2), knee.limits());
        SavedPlan edited = store.plans().save(Optional.of(plan.planId()), rewritten, Optional.of(ana.id()),
                Optional.of(Progression.Rule.DEFAULT));
        assertThat(edited.baselineAt()).contains(calendar.instant()); // a changed plan is a new baseline
        assertThat(assess(edited, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.BASELINE);
        assertThat(store.sessions().history(ana.id())).extracting(HistoryRow::sessionsPerWeek).containsOnly(3);
        // Newest first: the 5-second start is on the record but did not run; the others did.
        assertThat(store.sessions().history(ana.id())).extracting(HistoryRow::ran).containsExactly(false, true, true, true, true);
    }

    /**
     * The case: a pain rise of 2 found after the session (typed as 2 -> 2, it was 2 -> 4) and corrected
     * holds the raise the record alone would propose; corrected back, the raise returns. The record stays as it
     * was; the history shows the corrected figure, marked.
     */
    @Test
    void aCorrectedPainRiseOfTwoChangesWhatTheProgressionDoes() throws Exception {
        SavedPlan plan = store.plans().save(Optional.empty(), StoreFixtures.knee().plan(), Optional.of(ana.id()),
                Optional.of(Progression.Rule.DEFAULT));
        for (long id = 1; id <= 3; id++) {
            runSession(id, plan, assess(plan, Optional.empty()).asIs(), 2, 2, 400);
            calendar.days(1);
        }
        assertThat(assess(plan, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.PROPOSED);

        store.sessions().amend(3, "Dr Ana", "the patient said 4 afterwards, typed as 2",
                Correction.of(CorrectedField.PAIN_AFTER, "4"));
        assertThat(assess(plan, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.HELD_FOR_PAIN);
        HistoryRow last = store.sessions().history(ana.id()).get(0);
        assertThat(last.painAfter()).contains(4);
        assertThat(last.corrected()).containsExactlyInAnyOrder(Figure.PAIN_AFTER,
                Figure.CHECK_INS);
        assertThat(store.sessions().history(ana.id()).get(1).corrected()).isEmpty();
        assertThat(store.sessions().integrity(3)).isEqualTo(SealChain.Integrity.INTACT); // the record as sealed, the chain whole

        store.sessions().amend(3, "Dr Ana", "read the wrong line: 2 was right",
                Correction.of(CorrectedField.PAIN_AFTER, "2"));
        assertThat(assess(plan, Optional.empty()).outcome()).isEqualTo(Progression.Outcome.PROPOSED);
        assertThat(store.sessions().amendments(3)).extracting(Amendment::oldValue).containsExactly("2", "4"); // the trail keeps both
    }

    /** A correction that would change nothing, or hold what no score can, is refused with its reason, and nothing is written. */
    @Test
    void aCorrectionThatCannotStandIsRefusedAndNothingIsWritten() throws Exception {
        SavedPlan plan = store.plans().save(Optional.empty(), StoreFixtures.knee().plan(), Optional.of(ana.id()),
                Optional.of(Progression.Rule.DEFAULT));
        runSession(1, plan, assess(plan, Optional.empty()).asIs(), 2, 2, 400);
        var pain = CorrectedField.PAIN_AFTER;
        for (String[] refused : new String[][] {{"2", "correction.unchanged"}, {"11", "correction.score"}, {"x", "correction.score"}}) {
            Assertions.assertThatThrownBy(() -> store.sessions().amend(1, "Dr Ana", "typo",
                            Correction.of(pain, refused[0])))
                    .isInstanceOfSatisfying(CorrectionRefused.class, e -> assertThat(e.reason().key()).isEqualTo(refused[1]));
        }
        Assertions.assertThatThrownBy(() -> store.sessions().amend(1, "Dr Ana", "typo",
                        Correction.ofEvent(CorrectedField.SPEED, 1,
                                "0.5")))
                .isInstanceOfSatisfying(CorrectionRefused.class, e -> assertThat(e.reason().key()).isEqualTo("correction.noSuchEvent"));
        assertThat(store.sessions().amendments(1)).isEmpty();
        assertThat(store.audit().ofClient(ana.id())).extracting(AuditTrail.Entry::action)
                .containsExactly(AuditTrail.Action.CLIENT_ADDED);
    }

    private void runSession(long id, SavedPlan plan, Progression progression, int painBefore, int painAfter, long seconds)
            throws Exception {
        SessionContext context = new SessionContext(Optional.empty(), Speed.ofKmh(16), Optional.empty());
        try (EventJournal journal = store.startJournal()) {
            journal.open(new SessionOpening(id, Optional.of(ana.id()), Optional.empty(), Optional.of(plan.latest().id()),
                    progression.plan(), "Ben", context, calendar.instant(), Optional.of(progression)));
            FakeClock clock = new FakeClock();
            SessionEngine engine = new SessionEngine(progression.plan(), context, clock, calendar);
            engine.addListener(e -> journal.append(id, e));
            engine.handle(Command.CheckIn.of(2, painBefore));
            engine.handle(Command.Start.holdingRails(false));
            clock.advanceSeconds(seconds);
            engine.handle(Command.CheckIn.of(4, painAfter));
            engine.handle(new Command.End("done"));
            journal.seal(id, SummaryCalculator.summarise(progression.plan(), context, engine.events(), clock.now()));
            assertThat(journal.awaitWritten(Duration.ofSeconds(5))).isTrue();
        }
    }
}
