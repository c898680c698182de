package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;
import org.retrotread.ui.console.KeyMeaning.EnterStep;
import org.retrotread.ui.console.KeyMeaning.HandsStep;

/** What Enter, Space and H mean in each state, and the questions before them: the console's input rules, without a window. */
class KeyMeaningTest {

    private final FakeClock clock = new FakeClock();
    private final Messages text = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    private SessionEngine engine;

    private ConsoleViewModel console(Plan plan) {
        engine = new SessionEngine(plan, SessionContext.anonymous(), clock, Clock.systemUTC());
        return new ConsoleViewModel(engine, SessionContext.anonymous(), text);
    }

    private ConsoleViewModel knee() {
        return console(StarterPlans.all(text::text).stream().filter(s -> s.id().equals("kneeProgramme")).findFirst().orElseThrow().plan());
    }

    @Test
    void enterBeforeTheStartAsksThePainOnceThenTheRailsThenStarts() {
        ConsoleViewModel model = console(new Plan("Steady only", TreadmillMode.POWERED,
                List.of(new SteadyBlock(Duration.ofMinutes(5), Target.kmh(2))), new PlanLimits(Speed.ofKmh(4), Speed.ofKmh(1))));
        KeyMeaning keys = model.meaning();
        assertThat(keys.enterStep()).isEqualTo(EnterStep.ASK_PAIN_BEFORE);
        assertThat(keys.painBeforeProblem("eleven")).hasValueSatisfying(p -> assertThat(p.message()).contains("not a score"));
        keys.painBeforeAnswered("");                       // skipped: asked once, not again
        assertThat(engine.events()).isEmpty();
        assertThat(keys.enterStep()).isEqualTo(EnterStep.ASK_RAILS);
        model.start(false);
        assertThat(engine.state().status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(keys.enterStep()).isEqualTo(EnterStep.RECORD_SPEED);
    }

    @Test
    void aPainAnsweredIsRecordedAndAPlanThatOpensOnTheRailsStartsWithoutTheRailsQuestion() {
        ConsoleViewModel model = knee();
        model.meaning().painBeforeAnswered(" 3 ");
        assertThat(model.summary().painBefore()).hasValue(3);
        assertThat(model.meaning().enterStep()).isEqualTo(EnterStep.START);
    }

    @Test
    void aTypedEntryMakesEnterRecordTheSpeedNeverStartOrLeave() {
        ConsoleViewModel model = knee();
        model.type('2');
        assertThat(model.meaning().enterStep()).isEqualTo(EnterStep.RECORD_SPEED); // not START
        model.cancelEntry();
        model.meaning().painBeforeAnswered("");
        model.start();
        model.end("walker tired");
        assertThat(model.meaning().enterStep()).isEqualTo(EnterStep.LEAVE);
        model.type('5');
        assertThat(model.meaning().enterStep()).isEqualTo(EnterStep.RECORD_SPEED); // a digit on the summary does not leave
    }

    @Test
    void spaceAsksBeforeResumingAfterAnEmergencyStopOnly() {
        ConsoleViewModel model = knee();
        model.start();
        model.pauseOrResume();
        assertThat(model.meaning().resumeAsksFirst()).isFalse();   // paused: Space resumes
        model.pauseOrResume();
        model.emergencyStop();
        assertThat(model.meaning().resumeAsksFirst()).isTrue();
    }

    @Test
    void hAsksAReasonBeforeTheMinimumAYesAfterItAndPutsHandsBackWithoutAsking() {
        ConsoleViewModel model = knee();
        model.start();
        assertThat(model.meaning().handsStep()).isEqualTo(HandsStep.ASK_EARLY_REASON);
        clock.advanceSeconds(61);
        model.tick();
        assertThat(model.meaning().handsStep()).isEqualTo(HandsStep.ASK_HANDS_OFF);
        model.handsOff();
        assertThat(model.meaning().handsStep()).isEqualTo(HandsStep.PUT_BACK_ON_RAILS);
    }

    @Test
    void aCheckInNeedsAtLeastOneScoreAndMarksTheWrongField() {
        ConsoleViewModel model = knee();
        assertThat(model.checkInProblem("", "")).hasValueSatisfying(p -> {
            assertThat(p.field()).isZero();
            assertThat(p.message()).isEqualTo(text.text("refusal.checkInEmpty"));
        });
        assertThat(model.checkInProblem("5", "12")).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo(1));
        assertThat(model.checkInProblem("5", "")).isEmpty();
        assertThat(model.checkIn("5", "")).isTrue();
        assertThat(model.summary().checkIns()).singleElement().satisfies(c -> {
            assertThat(c.rpe()).isEqualTo(OptionalInt.of(5));
            assertThat(c.pain()).isEmpty();
        });
    }
}
