package org.retrotread.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.store.Client;
import org.retrotread.store.PlanVersion;
import org.retrotread.store.SavedPlan;

class StartViewModelTest {

    private final Client zoe = new Client(1, "Zoë Müller", Optional.of("P-17"), Optional.empty(),
            Optional.of(new BodyMass(61)), Optional.of(Speed.ofKmh(3)), "", false, new Client.Clinical("", Client.Side.RIGHT,
            Optional.empty(), "no fast turns; hip replacement 2025", ""));
    private final Client ben = Client.named("Ben Okafor");

    private StartViewModel model() {
        return new StartViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), Path.of("/data/r.db"), false,
                List.of(zoe, ben), List.of(), List.of("Ana", "Ben"), Speed.ofKmh(16));
    }

    private static SavedPlan saved(long planId, String name, Optional<Long> owner) {
        Plan plan = new Plan(name, TreadmillMode.POWERED, StarterPlans.all(k -> k).get(3).plan().blocks(),
                new PlanLimits(Speed.ofKmh(4), Speed.ofKmh(0.5)));
        return new SavedPlan(planId, new PlanVersion(planId * 10, planId, 1, plan), owner,
                owner.map(o -> Progression.Rule.DEFAULT), owner.map(o -> Instant.EPOCH));
    }

    @Test
    void aClientsOwnPlanIsOfferedFirstAndOnlyToThemAndTheLibraryToEveryone() {
        StartViewModel m = new StartViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), Path.of("/data/r.db"),
                false, List.of(zoe, ben), List.of(saved(1, "Clinic walk", Optional.empty()), saved(2, "Zoë's knee", Optional.of(1L))),
                List.of(), Speed.ofKmh(16));
        assertThat(m.plans()).extracting(p -> p.plan().name()).startsWith("Clinic walk").doesNotContain("Zoë's knee").hasSize(6);
        m.pick(zoe);
        assertThat(m.plans()).extracting(p -> p.plan().name()).startsWith("Zoë's knee", "Clinic walk");
        assertThat(m.selectedProperty().get().plan().name()).isEqualTo("Zoë's knee"); // her own plan is the likely one
        assertThat(m.label(m.plans().get(0))).isEqualTo("Zoë's knee  · own plan");
        assertThat(m.describe(m.plans().get(0))).contains("raises of +10 % of the baseline, proposed at the start");
        assertThat(m.request().orElseThrow().plan().saved().orElseThrow().planId()).isEqualTo(2);
        m.clientTextProperty().set("Ben Okafor");
        assertThat(m.plans()).extracting(p -> p.plan().name()).doesNotContain("Zoë's knee");
        assertThat(m.selectedProperty().get().plan().name()).isEqualTo("Clinic walk");
    }

    @Test
    void typingFindsClientsByNameOrIdentifierAndANewNameMakesANewClient() {
        StartViewModel m = model();
        assertThat(m.clientChoice()).isEqualTo(new ClientChoice.Nobody());
        m.clientTextProperty().set("zoë");
        assertThat(m.matches()).containsExactly(zoe);
        m.clientTextProperty().set("p-1");
        assertThat(m.matches()).containsExactly(zoe);
        m.clientTextProperty().set("ben okafor");
        assertThat(m.clientChoice()).isEqualTo(new ClientChoice.Existing(ben)); // an exact name is the client on record
        m.clientTextProperty().set("oka");
        assertThat(m.clientChoice()).isEqualTo(new ClientChoice.Existing(ben)); // part of one client's name is that client
        m.clientTextProperty().set("e");
        assertThat(m.clientChoice()).isEqualTo(new ClientChoice.Unclear(2));  // a guess could file the session under the wrong person
        assertThat(m.request()).isEmpty();
        assertThat(m.noticeProperty().get()).isEqualTo("2 clients match: press Down to pick one, or type more of the name.");
        m.clientTextProperty().set("Bea");
        assertThat(m.clientChoice()).isEqualTo(new ClientChoice.NewClient("Bea"));
        assertThat(m.clientLine().get()).isEqualTo("New client: Bea (saved when the session starts)");
        assertThat(m.precautionsLine().get()).isEmpty();
        m.pick(zoe);
        assertThat(m.clientTextProperty().get()).isEqualTo("Zoë Müller");
        assertThat(m.precautionsLine().get()).isEqualTo("Precautions: no fast turns; hip replacement 2025");
        assertThat(m.clientLine().get()).isEqualTo("Zoë Müller · maximum 3.0 km/h · 61 kg");
    }

    @Test
    void theLimitsShownAreTheOnesTheConsoleWillUse() {
        StartViewModel m = model();
        m.selectedProperty().set(m.plans().get(3)); // knee programme: plan maximum 4.0, step 0.5
        assertThat(m.limitsLine().get()).isEqualTo("Limits: plan maximum 4.0 km/h, step 0.5 km/h · client maximum no limit set"
                + " · treadmill maximum 16.0 km/h. Speed prompts go no higher than 4.0 km/h.");
        assertThat(m.capWarning().get()).isEmpty();
        m.pick(zoe);
        assertThat(m.limitsLine().get()).endsWith("Speed prompts go no higher than 3.0 km/h.");
        // The knee programme's ramp goes to 2.5 km/h, under Zoë's 3.0: nothing to warn of.
        assertThat(m.capWarning().get()).isEmpty();
        m.selectedProperty().set(m.plans().stream()                  // the starter that goes fastest: faster than Zoë may
                .max(Comparator.comparing(p -> p.plan().fastestTarget().orElseThrow())).orElseThrow());
        assertThat(m.capWarning().get()).matches("This plan asks for up to \\d+\\.\\d km/h, above this client's maximum"
                + " of 3\\.0 km/h: its speeds will be held at 3\\.0 km/h\\.");
    }

    @Test
    void theModeChoosesThePlansAndDeadMillPlansCarryTheMotorOffReminder() {
        StartViewModel m = model();
        assertThat(m.plans()).allMatch(s -> s.plan().mode() == TreadmillMode.POWERED).hasSize(5);
        m.modeProperty().set(TreadmillMode.UNPOWERED);
        assertThat(m.plans()).singleElement().matches(s -> s.starter().orElseThrow().id().equals("deadMillPush"));
        assertThat(m.selectedProperty().get().starter().orElseThrow().id()).isEqualTo("deadMillPush");
        assertThat(m.limitsLine().get()).endsWith("Motor off: use a treadmill unpowered only where its owner allows it.");
        assertThat(m.request().orElseThrow().operator()).isEqualTo("Ana");
    }

    @Test
    void upAndDownInTheOperatorFieldStepThroughTheNamesOnRecordAndCompleteATypedPart() {
        StartViewModel m = new StartViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), Path.of("/data/r.db"),
                false, List.of(), List.of(), List.of("Ana", "Ben Okafor", "Zoë Ørjan"), Speed.ofKmh(16));
        assertThat(m.operatorProperty().get()).isEqualTo("Ana");        // the most recent operator to begin with
        m.stepOperator(1);
        assertThat(m.operatorProperty().get()).isEqualTo("Ben Okafor");
        m.stepOperator(1);
        m.stepOperator(1);
        assertThat(m.operatorProperty().get()).isEqualTo("Ana");        // round the list
        m.stepOperator(-1);
        assertThat(m.operatorProperty().get()).isEqualTo("Zoë Ørjan");
        m.operatorProperty().set("oka");
        m.stepOperator(1);
        assertThat(m.operatorProperty().get()).isEqualTo("Ben Okafor"); // a typed part is completed first
        m.operatorProperty().set("Kim");
        m.stepOperator(1);
        assertThat(m.operatorProperty().get()).isEqualTo("Kim");        // a new name is left as typed
    }

    /** Before the start: the grades the plan asks for against the client's and the treadmill's, and the ceiling. */
    @Test
    void theGradeLimitsAndTheHeartRateCeilingAreSaidBeforeTheStart() {
        Client ana = new Client(3, "Ana Lima", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", false,
                Client.Clinical.NONE, new Client.Safety(Optional.of(Grade.ofPercent(8)),
                new HeartRateGuide(Optional.of(new HeartRate(120)), false)));
        StartViewModel m = new StartViewModel(new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR), Path.of("/data/r.db"),
                false, List.of(ana), List.of(), List.of(), Speed.ofKmh(16));
        m.treadmillGrades(new GradeRange(Grade.LEVEL, Grade.ofPercent(12)));
        m.pick(ana);
        m.selectedProperty().set(m.plans().stream().filter(p -> p.starter().map(st -> st.id().equals("uphillThreeGrades"))
                .orElse(false)).findFirst().orElseThrow());
        assertThat(m.limitsLine().get().replace('\u00a0', ' '))
                .contains("Grade: the plan asks up to 10 % · client maximum 8 % · treadmill 0 % to 12 %.")
                .contains("The plan asks for 10 %; grade prompts stop at 8 %.")
                .contains("Heart-rate ceiling 120 bpm");
        m.selectedProperty().set(m.plans().get(3)); // the knee programme: level, nothing about grade but her maximum
        assertThat(m.limitsLine().get()).doesNotContain("grade prompts stop");
    }
}
