package org.retrotread.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.BlockDefaults;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Client;

/** The plan editor without a window: every block type, every field's message, moves, modes and read-only starters. */
class PlanEditorViewModelTest {

    private final Messages english = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);

    private PlanEditorViewModel blank(Messages text) {
        return new PlanEditorViewModel(text, BlockDefaults.plan("Mrs K, week 1", TreadmillMode.POWERED), Optional.empty(),
                Optional.empty(), false);
    }

    /** The case: a 30 km/h maximum on a 20 km/h treadmill is refused at its field. */
    @Test
    void aMaximumAboveTheTreadmillsIsRefusedAtItsField() {
        PlanEditorViewModel m = new PlanEditorViewModel(english, BlockDefaults.plan("Sprint", TreadmillMode.POWERED), Optional.empty(),
                Optional.empty(), false, Speed.ofKmh(20));
        assertThat(m.plan()).isPresent();
        m.maxSpeedProperty().set("30");
        assertThat(m.plan()).isEmpty();
        assertThat(m.problems().get(PlanEditorViewModel.key(-1, "maxSpeed"))).isEqualTo("Above this treadmill's maximum of 20.0 km/h (Settings).");
        m.maxSpeedProperty().set("20");
        assertThat(m.plan()).isPresent();
    }

    @Test
    void aPlanIsBuiltFromEveryBlockTypeAsTyped() {
        PlanEditorViewModel m = blank(english);
        m.selectedProperty().set(2);
        m.remove(); // the cooldown goes; one is added back at the end below
        m.selectedProperty().set(1);
        m.add(BlockKind.RAMP);
        m.add(BlockKind.INTERVALS);
        m.add(BlockKind.COOLDOWN);
        BlockDraft ramp = m.blocks().get(2);
        ramp.property("from").set("2");
        ramp.property("to").set("3,5 km/h");
        ramp.property("step").set("0.5");
        ramp.property("stepDuration").set("1:30");
        BlockDraft intervals = m.blocks().get(3);
        intervals.property("repeats").set("6");
        intervals.property("recovery").set("FORWARD");
        intervals.property("recoveryTarget").set("4");
        m.sessionsPerWeekProperty().set("2");

        Plan plan = m.plan().orElseThrow(() -> new AssertionError(m.problems().toString()));
        assertThat(plan.blocks()).extracting(b -> b.kind()).containsExactly(BlockKind.HANDRAIL, BlockKind.STEADY, BlockKind.RAMP,
                BlockKind.INTERVALS, BlockKind.COOLDOWN);
        assertThat(plan.blocks().get(0)).isEqualTo(new HandrailBlock(Duration.ofMinutes(2), Target.kmh(1.5)));
        assertThat(plan.blocks().get(1)).isEqualTo(new SteadyBlock(Duration.ofMinutes(5), Target.kmh(2.5)));
        assertThat(plan.blocks().get(2)).isEqualTo(new RampBlock(Target.kmh(2), Target.kmh(3.5), Target.kmh(0.5), Duration.ofSeconds(90)));
        assertThat(plan.blocks().get(3)).isEqualTo(new IntervalBlock(6, Duration.ofMinutes(1), Target.kmh(3),
                Duration.ofMinutes(1), new Recovery.ForwardWalk(Target.kmh(4))));
        assertThat(plan.blocks().get(4)).isEqualTo(new CooldownBlock(Duration.ofMinutes(2), Target.kmh(1.5)));
        assertThat(plan.sessionsPerWeek()).isEqualTo(2);
        // 2:00 + 5:00 + 4 ramp steps of 1:30 + 6 x 2:00 + 2:00
        assertThat(m.totalLine()).isEqualTo("Planned time 27:00 (handrail phases at their minimum) · 5 blocks");
        assertThat(m.changedProperty().get()).isTrue();
    }

    @Test
    void aBadValueIsRefusedAtItsFieldAndNothingIsBuiltUntilItIsCorrected() {
        PlanEditorViewModel m = blank(english);
        BlockDraft steady = m.blocks().get(1);
        steady.property("target").set("fast");
        steady.property("duration").set("2 hours 10");
        m.nameProperty().set(" ");
        assertThat(m.plan()).isEmpty();
        assertThat(m.problems()).containsEntry(PlanEditorViewModel.key(1, "target"), "\u201cfast\u201d is not a speed. Type a number such as 2.5 or 2.5 km/h.")
                .containsEntry(PlanEditorViewModel.key(1, "duration"), "type minutes, or minutes:seconds (for example 2:30)")
                .containsEntry(PlanEditorViewModel.key(-1, "name"), "required");
        steady.property("target").set("45");
        steady.property("duration").set("0:03");
        assertThat(m.problems()).containsEntry(PlanEditorViewModel.key(1, "target"), "must be at most 30.0 km/h")
                .containsEntry(PlanEditorViewModel.key(1, "duration"), "must be at least 0:05");
        steady.property("target").set("9");
        steady.property("duration").set("5");
        m.nameProperty().set("Mrs K");
        assertThat(m.problems()).containsOnlyKeys(PlanEditorViewModel.key(1, "target")); // above the plan's own 8 km/h
        assertThat(m.problems().get(PlanEditorViewModel.key(1, "target"))).isEqualTo("is above the plan's maximum speed of 8.0 km/h");
        m.maxSpeedProperty().set("10");
        assertThat(m.problems()).isEmpty();
        assertThat(m.plan()).isPresent();
    }

    @Test
    void blocksMoveAndAreRemovedAndTheSelectionFollows() {
        PlanEditorViewModel m = blank(english);
        m.selectedProperty().set(2);
        m.move(-1);
        assertThat(m.blocks()).extracting(BlockDraft::kind).containsExactly(BlockKind.HANDRAIL, BlockKind.COOLDOWN, BlockKind.STEADY);
        assertThat(m.selectedProperty().get()).isEqualTo(1);
        m.move(-5); // beyond the top: nothing happens
        m.move(-1);
        m.move(-1);
        assertThat(m.blocks().get(0).kind()).isEqualTo(BlockKind.COOLDOWN);
        m.remove();
        m.remove();
        m.remove();
        assertThat(m.blocks()).isEmpty();
        assertThat(m.problems()).containsEntry(PlanEditorViewModel.key(-1, "blocks"), "must be from 1 to 100");
    }

    @Test
    void aDeadMillPlanTakesEffortsAndCannotProgress() {
        PlanEditorViewModel m = blank(english);
        m.clientProperty().set(Client.named("Ana"));
        m.progressionOnProperty().set(true);
        m.modeProperty().set(TreadmillMode.UNPOWERED);
        assertThat(m.progressionOnProperty().get()).isFalse();
        assertThat(m.blocks().get(1).value("target")).isEqualTo("5"); // targets become efforts
        m.blocks().get(1).property("target").set("11");
        assertThat(m.problems()).containsEntry(PlanEditorViewModel.key(1, "target"), "must be from 0 to 10");
        m.blocks().get(1).property("target").set("6");
        m.add(BlockKind.INTERVALS);
        assertThat(m.plan().orElseThrow().blocks().get(1)).isEqualTo(new IntervalBlock(4, Duration.ofSeconds(30), Target.rpe(7), // after the selected block
                Duration.ofMinutes(1), new Recovery.Stand()));
    }

    @Test
    void theProgressionRuleNeedsAClientAndAPercentageInRange() {
        PlanEditorViewModel m = blank(english);
        m.progressionOnProperty().set(true);
        assertThat(m.progressionRule()).isEmpty(); // a library plan has no client to progress
        m.clientProperty().set(Client.named("Ana"));
        m.progressionPercentProperty().set("60");
        assertThat(m.problems()).containsEntry(PlanEditorViewModel.key(-1, "progressionPercent"),
                "must be a percentage above 0 and at most 50");
        m.progressionPercentProperty().set("7,5 %");
        assertThat(m.progressionRule().orElseThrow().raisePercent()).isEqualTo(7.5);
        assertThat(m.plan()).isPresent();
    }

    @Test
    void germanFieldsShowCommasAndAStarterIsReadOnly() {
        Messages german = new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR);
        StarterPlans.Starter knee = StarterPlans.all(german::text).get(3);
        PlanEditorViewModel m = new PlanEditorViewModel(german, knee.plan(), Optional.empty(), Optional.empty(), true);
        assertThat(m.blocks().get(1).value("from")).isEqualTo("1,5");
        assertThat(m.maxSpeedProperty().get()).isEqualTo("4,0");
        assertThat(m.plan()).contains(knee.plan()); // shown exactly as shipped
        m.add(BlockKind.STEADY);
        m.remove();
        assertThat(m.blocks()).hasSize(knee.plan().blocks().size());
        assertThat(m.changedProperty().get()).isFalse();
    }

    @Test
    void mphIsReadAndShownInTheDisplayUnit() {
        Messages mph = new Messages(Locale.ENGLISH, SpeedUnit.MILES_PER_HOUR);
        PlanEditorViewModel m = blank(mph);
        m.blocks().get(1).property("target").set("1.5");
        assertThat(((SteadyBlock) m.plan().orElseThrow().blocks().get(1)).target())
                .isEqualTo(new Target.AtSpeed(Speed.of(1.5, SpeedUnit.MILES_PER_HOUR)));
    }
}
