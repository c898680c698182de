package org.retrotread.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.plan.BlockDefaults;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Client;

/** Grades in the plan editor: typed per block and per ramp, checked at the field against the treadmill and the client. */
class PlanEditorGradeTest {

    private final Messages english = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    private final GradeRange declining = new GradeRange(Grade.ofPercent(-3), Grade.ofPercent(12));

    private PlanEditorViewModel editor(Optional<Client> owner) {
        return new PlanEditorViewModel(english, BlockDefaults.plan("Hills", TreadmillMode.POWERED), owner, Optional.empty(),
                false, Speed.ofKmh(20), declining);
    }

    @Test
    void aSteadyBlocksGradeAndARampOfGradeAreBuiltAsTyped() {
        PlanEditorViewModel m = editor(Optional.empty());
        m.blocks().get(1).property("grade").set("4,5");
        m.selectedProperty().set(1);
        m.add(BlockKind.RAMP);
        BlockDraft ramp = m.blocks().get(2);
        ramp.property("from").set("2.5");
        ramp.property("to").set("2.5");
        ramp.property("gradeFrom").set("0");
        ramp.property("gradeTo").set("6");
        ramp.property("gradeStep").set("2");
        assertThat(m.problems()).isEmpty();
        var plan = m.plan().orElseThrow();
        assertThat(((SteadyBlock) plan.blocks().get(1)).grade()).isEqualTo(Grade.ofPercent(4.5));
        assertThat(((RampBlock) plan.blocks().get(2)).stepGrades()).extracting(Grade::percent).containsExactly(0.0, 2.0, 4.0, 6.0);
        assertThat(plan.railsLevel()).isTrue();
    }

    @Test
    void aGradeOutsideTheTreadmillOrAboveTheClientsMaximumIsRefusedAtItsField() {
        Client ana = new Client(7, "Ana", Optional.empty(), Optional.of(LocalDate.of(1950, 1, 1)), Optional.empty(), Optional.empty(),
                "", false, Client.Clinical.NONE, new Client.Safety(Optional.of(Grade.ofPercent(5)), HeartRateGuide.NONE));
        PlanEditorViewModel m = editor(Optional.of(ana));
        BlockDraft steady = m.blocks().get(1);
        steady.property("grade").set("13");
        assertThat(m.problems().get(PlanEditorViewModel.key(1, "grade"))).isEqualTo("Above this treadmill\u2019s highest grade of 12\u00a0%.");
        steady.property("grade").set("-4");
        assertThat(m.problems().get(PlanEditorViewModel.key(1, "grade"))).contains("lowest grade of -3\u00a0%");
        steady.property("grade").set("6");
        assertThat(m.problems().get(PlanEditorViewModel.key(1, "grade"))).contains("maximum grade of 5\u00a0%");
        steady.property("grade").set("5.25");
        assertThat(m.problems().get(PlanEditorViewModel.key(1, "grade"))).contains("more than one decimal");
        steady.property("grade").set("x");
        assertThat(m.plan()).isEmpty();
        steady.property("grade").set("-2");
        assertThat(m.problems()).isEmpty();
        assertThat(m.plan()).isPresent();
    }

    @Test
    void aGradedHandrailPhaseNeedsTheRailsLevelOptionOff() {
        PlanEditorViewModel m = editor(Optional.empty());
        m.blocks().get(0).property("grade").set("2");
        assertThat(m.problems().get(PlanEditorViewModel.key(0, "grade"))).contains("walked level");
        m.railsLevelProperty().set(false);
        assertThat(m.problems()).isEmpty();
        assertThat(m.plan().orElseThrow().railsLevel()).isFalse();
    }

    @Test
    void theCiprianiStarterShowsItsGradeRampAndKeepsItOnACopy() {
        var starter = StarterPlans.all(english::text).stream().filter(s -> s.id().equals("uphillThreeGrades")).findFirst().orElseThrow();
        PlanEditorViewModel m = new PlanEditorViewModel(english, starter.plan(), Optional.empty(), Optional.empty(), true);
        assertThat(m.blocks().get(2).value("gradeTo")).isEqualTo("10");
        assertThat(m.plan()).contains(starter.plan()); // nothing the editor cannot show is dropped
    }
}
