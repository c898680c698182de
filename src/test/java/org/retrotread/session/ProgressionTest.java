package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

/** Progression by sessions that ran, proposed to and decided by the clinician; never by the calendar alone. */
class ProgressionTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    private static final Optional<Speed> NO_MAX = Optional.empty();
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Progression.Policy POLICY = Progression.Policy.DEFAULT;
    /** Fixtures.powered(): a 1.0 km/h handrail block, a ramp 1.5 to 2.5, steady 2.5, cooldown 1.5; three sessions a week. */
    private static final Plan PLAN = Fixtures.powered();

    private static double kmh(Block block) {
        return ((Target.AtSpeed) block.targets().get(0)).speed().kmh();
    }

    /** {@code count} sessions that ran at {@code percent}, a day apart, the last {@code daysAgo} days before now. */
    private static List<Progression.Run> ran(double percent, int count, int daysAgo) {
        List<Progression.Run> runs = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            runs.add(new Progression.Run(percent, NOW.minus(Duration.ofDays(daysAgo + i)), true, OptionalInt.of(2), OptionalInt.of(2)));
        }
        return runs;
    }

    private static Progression.Assessment assess(List<Progression.Run> runs, Optional<Speed> max) {
        return Progression.assess(PLAN, Progression.Rule.DEFAULT, POLICY, runs, NOW, max);
    }

    @Test
    void aRaiseIsProposedOnlyOnceAWeekOfSessionsRanAtTheLevelAndOnlyTheClinicianMakesIt() {
        Progression.Assessment first = assess(List.of(), NO_MAX);
        assertThat(first.outcome()).isEqualTo(Progression.Outcome.BASELINE);
        assertThat(first.proposal()).isEmpty();
        assertThat(first.asIs().plan()).isEqualTo(PLAN);

        Progression.Assessment two = assess(ran(0, 2, 1), NO_MAX);
        assertThat(two.outcome()).isEqualTo(Progression.Outcome.COUNTING);
        assertThat(EN.format(two.reason())).isEqualTo("2 of 3 sessions run at +0 %: the level stays until all have run.");

        Progression.Assessment three = assess(ran(0, 3, 1), NO_MAX);
        assertThat(three.outcome()).isEqualTo(Progression.Outcome.PROPOSED);
        assertThat(EN.format(three.reason()))
                .isEqualTo("3 sessions completed at +0 %: a raise to +10 % above the baseline is proposed.");
        assertThatThrownBy(three::asIs).isInstanceOf(IllegalStateException.class); // a proposal is never applied unasked
        Progression held = three.hold();
        assertThat(held.plan()).isEqualTo(PLAN);
        assertThat(held.decision()).isEqualTo(Progression.Decision.HELD);
        Progression accepted = three.accept();
        assertThat(kmh(accepted.plan().blocks().get(2))).isCloseTo(2.8, offset(1e-9)); // 2.5 x 1.1 = 2.75, to a tenth
        assertThat(accepted.record().says()).extracting(EN::format).last()
                .isEqualTo("The clinician accepted the raise: runs at +10 %.");
        Progression adjusted = three.adjust(5);
        assertThat(adjusted.ran().percent()).isEqualTo(5);
        assertThat(EN.format(adjusted.record().says().get(1))).isEqualTo("The clinician adjusted the raise: runs at +5 % (proposed +10 %).");
        assertThatThrownBy(() -> three.adjust(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> three.adjust(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHandrailBlockIsNeverRaised() {
        Progression accepted = assess(ran(40, 3, 1), NO_MAX).accept();
        assertThat(accepted.ran().percent()).isEqualTo(50);
        assertThat(kmh(accepted.plan().blocks().get(0))).isEqualTo(1.0);            // the handrail block, as written
        assertThat(accepted.plan().blocks().get(0)).isEqualTo(PLAN.blocks().get(0));
        assertThat(kmh(accepted.plan().blocks().get(2))).isCloseTo(3.8, offset(1e-9)); // 2.5 x 1.5 = 3.75, to a tenth
    }

    /**
     * The case: a client on a weekly rule who came back after 12 days was put at "Week 5: +50 %" with
     * her handrail warm-up raised from 1.5 to 2.3 km/h. Now: held, nothing proposed, the handrail untouched.
     */
    @Test
    void afterATwelveDayGapTheLevelIsHeldAndNothingIsProposed() {
        List<Progression.Run> runs = new ArrayList<>(ran(0, 3, 30));
        runs.addAll(ran(10, 3, 12));                                // her last session was 12 days ago
        Progression.Assessment back = assess(runs, NO_MAX);
        assertThat(back.outcome()).isEqualTo(Progression.Outcome.HELD_AFTER_GAP);
        assertThat(back.proposal()).isEmpty();
        assertThat(back.current().percent()).isEqualTo(10);
        assertThat(EN.format(back.reason())).isEqualTo("No session for 12 days: held at +10 %, not raised.");
        assertThat(kmh(back.asIs().plan().blocks().get(0))).isEqualTo(1.0);

        Progression.Assessment longGap = assess(ran(20, 3, 15), NO_MAX);  // more than twice the 7-day gap
        assertThat(longGap.outcome()).isEqualTo(Progression.Outcome.STEPPED_BACK_AFTER_GAP);
        assertThat(longGap.current().percent()).isEqualTo(10);
        assertThat(assess(ran(0, 3, 30), NO_MAX).current().percent()).isZero(); // never below the baseline
    }

    @Test
    void sessionsThatDidNotRunDoNotCountTowardsARaise() {
        List<Progression.Run> runs = new ArrayList<>(ran(0, 2, 2));
        runs.add(new Progression.Run(0, NOW.minus(Duration.ofDays(1)), false, OptionalInt.empty(), OptionalInt.empty()));
        assertThat(assess(runs, NO_MAX).outcome()).isEqualTo(Progression.Outcome.COUNTING);
        assertThat(POLICY.ran(false, Duration.ofSeconds(5), Duration.ofMinutes(10))).isFalse();
        assertThat(POLICY.ran(false, Duration.ofSeconds(35), Duration.ofMinutes(10))).isFalse();
        assertThat(POLICY.ran(false, Duration.ofMinutes(5), Duration.ofMinutes(10))).isTrue();
        assertThat(POLICY.ran(true, Duration.ofSeconds(5), Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void aPainRiseOfTwoHoldsAndARiseOfOneDoesNot() {
        List<Progression.Run> runs = new ArrayList<>(ran(10, 2, 2));
        runs.add(new Progression.Run(10, NOW.minus(Duration.ofDays(1)), true, OptionalInt.of(2), OptionalInt.of(4)));
        Progression.Assessment held = assess(runs, NO_MAX);
        assertThat(held.outcome()).isEqualTo(Progression.Outcome.HELD_FOR_PAIN);
        assertThat(held.proposal()).isEmpty();
        assertThat(EN.format(held.reason())).isEqualTo("Held, not raised: pain rose from 2 to 4 in the last session.");
        runs.set(2, new Progression.Run(10, NOW.minus(Duration.ofDays(1)), true, OptionalInt.of(2), OptionalInt.of(3)));
        assertThat(assess(runs, NO_MAX).outcome()).isEqualTo(Progression.Outcome.PROPOSED);
    }

    @Test
    void speedsNeverPassTheClientsMaximumAndAFlattenedRampBecomesSteady() {
        Progression.Assessment a = assess(ran(40, 3, 1), Optional.of(Speed.ofKmh(2.2)));
        Progression.Level proposed = a.proposal().orElseThrow();
        assertThat(proposed.capped()).isTrue();
        assertThat(proposed.plan().blocks()).allSatisfy(b -> assertThat(kmh(b)).isLessThanOrEqualTo(2.2 + 1e-9));
        assertThat(proposed.plan().blocks().get(1)).isInstanceOf(SteadyBlock.class); // 2.25 and 3.75, both capped at 2.2
        assertThat(proposed.plan().blocks().get(1).plannedDuration()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void deadMillPlansRunAsWritten() {
        Progression.Assessment dead = Progression.assess(Fixtures.unpowered(), Progression.Rule.DEFAULT, POLICY, ran(0, 9, 1), NOW, NO_MAX);
        assertThat(dead.outcome()).isEqualTo(Progression.Outcome.NOT_FOR_DEAD_MILL);
        assertThat(dead.asIs().plan()).isEqualTo(Fixtures.unpowered());
    }

    @Test
    void everyLevelOfEveryStarterIsAValidPlan() {
        for (var starter : StarterPlans.all(k -> k)) {
            for (double rate : List.of(1.0, 10.0, 50.0)) {
                for (int level = 0; level <= 20; level++) {
                    var a = Progression.assess(starter.plan(), new Progression.Rule(rate), POLICY,
                            ran(level * rate, starter.plan().sessionsPerWeek(), 1), NOW, NO_MAX);
                    Plan plan = a.proposal().map(Progression.Level::plan).orElse(a.current().plan());
                    assertThat(plan.segments()).isNotEmpty(); // a Plan that exists is a valid plan
                }
            }
        }
    }
}
