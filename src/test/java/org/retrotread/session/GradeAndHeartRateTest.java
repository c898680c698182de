package org.retrotread.session;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.retrotread.session.event.GradePrompted;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.Paused;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/** Grade prompted and set like speed, within the treadmill's range; heart rate recorded and its ceiling answered. */
class GradeAndHeartRateTest {

    private final FakeClock clock = new FakeClock();

    /** Level rails 1 min; a ramp of speed 2.0 to 3.0 by 0.5 with grade 0 to 4 % by 2 %; a steady 5 % uphill. */
    static Plan uphill() {
        return new Plan("Uphill", TreadmillMode.POWERED, List.of(
                new HandrailBlock(ofMinutes(1), Target.kmh(1.0)),
                new RampBlock(Target.kmh(2.0), Target.kmh(3.0), Target.kmh(0.5), ofMinutes(1),
                        Grade.LEVEL, Grade.ofPercent(4), Grade.ofPercent(2)),
                new SteadyBlock(ofMinutes(5), Target.kmh(3.0), Grade.ofPercent(5))),
                new PlanLimits(Speed.ofKmh(6), Speed.ofKmh(1)));
    }

    private SessionEngine engine(Plan plan, Optional<Grade> clientMax, GradeRange range, HeartRateGuide guide) {
        SessionContext context = new SessionContext(Optional.empty(), SessionContext.DEFAULT_TREADMILL_MAX, Optional.empty(),
                clientMax, range, guide);
        SessionEngine engine = new SessionEngine(plan, context, clock, Fixtures.WALL);
        assertThat(engine.handle(new Command.Start()).accepted()).isTrue();
        return engine;
    }

    private SessionEngine engine(Plan plan) {
        return engine(plan, Optional.empty(), GradeRange.DEFAULT, HeartRateGuide.NONE);
    }

    @Test
    void aRampOfSpeedAndGradePromptsEachStepsGradeAndTheConfirmationSetsIt() {
        SessionEngine engine = engine(uphill());
        assertThat(engine.state().pendingGradePrompt()).isEmpty(); // level rails on a level deck: nothing to ask
        engine.handle(new Command.HandsOff());
        clock.advanceSeconds(61);
        engine.handle(new Command.HandsOff());
        assertThat(engine.state().pendingGradePrompt()).isEmpty(); // the ramp's first step is level
        clock.advanceSeconds(60);
        engine.advance();
        assertThat(engine.state().pendingGradePrompt()).contains(Grade.ofPercent(2));
        assertThat(engine.handle(new Command.ConfirmPromptedGrade()).accepted()).isTrue();
        assertThat(engine.state().actualGrade()).isEqualTo(Grade.ofPercent(2));
        clock.advanceSeconds(60);
        engine.advance();
        assertThat(engine.state().pendingGradePrompt()).contains(Grade.ofPercent(4));
        assertThat(engine.state().currentSegment().orElseThrow().target()).contains(Target.kmh(3.0));
        engine.handle(new Command.ConfirmPromptedGrade());
        clock.advanceSeconds(60);
        engine.advance();
        assertThat(engine.state().pendingGradePrompt()).contains(Grade.ofPercent(5)); // the steady block
        assertThat(engine.events()).filteredOn(GradeSet.class::isInstance).extracting(e -> ((GradeSet) e).source())
                .containsOnly(GradeSet.Source.PROMPT_CONFIRMED);
    }

    @Test
    void aRampOfGradeAloneHoldsTheSpeedAndClimbs() {
        RampBlock grade = new RampBlock(Target.kmh(2.5), Target.kmh(2.5), Target.kmh(0.5), ofMinutes(2),
                Grade.ofPercent(1), Grade.ofPercent(5), Grade.ofPercent(1));
        assertThat(grade.stepGrades()).extracting(Grade::percent).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(grade.stepTargets()).containsOnly(Target.kmh(2.5));
        assertThat(grade.plannedDuration()).isEqualTo(ofMinutes(10));
        Assertions.assertThrows(InvalidPlanException.class, () -> new RampBlock(Target.kmh(2.5), Target.kmh(2.5),
                Target.kmh(0.5), ofMinutes(2), Grade.ofPercent(3), Grade.ofPercent(3), Grade.ofPercent(1)));
    }

    @Test
    void aSpeedRampLongerThanItsGradeRampHoldsTheGradeAtItsEnd() {
        RampBlock both = new RampBlock(Target.kmh(1.0), Target.kmh(3.0), Target.kmh(0.5), ofMinutes(1),
                Grade.LEVEL, Grade.ofPercent(2), Grade.ofPercent(1));
        assertThat(both.stepGrades()).extracting(Grade::percent).containsExactly(0.0, 1.0, 2.0, 2.0, 2.0);
    }

    @Test
    void theTreadmillsRangeAndTheClientsMaximumCapThePromptAndRefuseAnEntry() {
        SessionEngine engine = engine(uphill(), Optional.of(Grade.ofPercent(3)), GradeRange.DEFAULT, HeartRateGuide.NONE);
        engine.handle(new Command.HandsOff());
        clock.advanceSeconds(61);
        engine.handle(new Command.HandsOff());
        clock.advanceSeconds(120);
        engine.advance();
        GradePrompted capped = (GradePrompted) engine.events().stream().filter(GradePrompted.class::isInstance)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(capped.grade()).isEqualTo(Grade.ofPercent(3));
        assertThat(capped.capped()).isTrue();
        assertThat(engine.handle(new Command.EnterGrade(Grade.ofPercent(3.5))).accepted()).isFalse();
        assertThat(engine.handle(new Command.EnterGrade(Grade.ofPercent(-1))).accepted()).isFalse(); // no decline by default
        assertThat(engine.handle(new Command.EnterGrade(Grade.ofPercent(16))).accepted()).isFalse();
        assertThat(engine.state().actualGrade()).isEqualTo(Grade.LEVEL);
    }

    @Test
    void aDecliningTreadmillTakesANegativeGradeAndABigChangeAsksFirst() {
        SessionEngine engine = engine(uphill(), Optional.empty(), new GradeRange(Grade.ofPercent(-5), Grade.ofPercent(15)),
                HeartRateGuide.NONE);
        engine.handle(new Command.HandsOff());
        clock.advanceSeconds(61);
        engine.handle(new Command.HandsOff());
        assertThat(engine.handle(new Command.EnterGrade(Grade.ofPercent(-3))).accepted()).isTrue();
        assertThat(engine.handle(new Command.EnterGrade(Grade.ofPercent(-6))).accepted()).isFalse();
        CommandResult jump = engine.handle(new Command.EnterGrade(Grade.ofPercent(12)));
        assertThat(jump).isInstanceOf(CommandResult.NeedsConfirmation.class);
        assertThat(engine.handle(new Command.EnterGrade(Grade.ofPercent(12), true)).accepted()).isTrue();
        assertThat(engine.state().actualGrade()).isEqualTo(Grade.ofPercent(12));
    }

    @Test
    void aLevelHandrailPhaseRefusesAGradeAndAPlanCannotAskForOne() {
        SessionEngine engine = engine(uphill());
        assertThat(engine.handle(new Command.EnterGrade(Grade.ofPercent(1))).accepted()).isFalse();
        InvalidPlanException e = Assertions.assertThrows(InvalidPlanException.class, () -> new Plan("Rails uphill",
                TreadmillMode.POWERED, List.of(new HandrailBlock(ofMinutes(1), Target.kmh(1.0),
                HandrailBlock.Release.ON_CONFIRMATION, Grade.ofPercent(2))), PlanLimits.DEFAULT));
        assertThat(e.problems()).extracting(p -> p.message().key()).contains("plan.error.railsLevel");
        Plan allowed = new Plan("Rails uphill", TreadmillMode.POWERED, List.of(new HandrailBlock(ofMinutes(1), Target.kmh(1.0),
                HandrailBlock.Release.ON_CONFIRMATION, Grade.ofPercent(2))), PlanLimits.DEFAULT, 3, false);
        assertThat(engine(allowed).state().pendingGradePrompt()).contains(Grade.ofPercent(2));
    }

    @Test
    void pausingKeepsTheGradeButNotTheSpeed() {
        SessionEngine engine = engine(uphill());
        engine.handle(new Command.HandsOff());
        clock.advanceSeconds(61);
        engine.handle(new Command.HandsOff());
        engine.handle(new Command.EnterGrade(Grade.ofPercent(1)));
        engine.handle(new Command.Pause());
        assertThat(engine.state().actualSpeed()).isEmpty();
        assertThat(engine.state().actualGrade()).isEqualTo(Grade.ofPercent(1));
        assertThat(engine.handle(new Command.EnterGrade(Grade.LEVEL)).accepted()).as("the deck lowered while the belt stands").isTrue();
        assertThat(engine.state().actualGrade()).isEqualTo(Grade.LEVEL);
    }

    @Test
    void aHeartRateAboveTheCeilingIsRecordedAndWaitsForTheOperatorsAnswer() {
        HeartRateGuide guide = new HeartRateGuide(Optional.of(new HeartRate(150)), false);
        SessionEngine engine = engine(uphill(), Optional.empty(), GradeRange.DEFAULT, guide);
        engine.handle(new Command.EnterHeartRate(new HeartRate(140), HeartRateRecorded.Source.KEYED));
        assertThat(engine.state().heartRateAnswerDue()).isFalse();
        assertThat(engine.handle(new Command.AnswerHeartRate(HeartRateAnswered.Response.STOPPED, "")).accepted()).isFalse();
        engine.handle(new Command.EnterHeartRate(new HeartRate(162), HeartRateRecorded.Source.KEYED));
        assertThat(engine.state().heartRateAnswerDue()).isTrue();
        assertThat(engine.state().lastHeartRate().orElseThrow().ceiling()).contains(new HeartRate(150));
        assertThat(engine.handle(new Command.AnswerHeartRate(HeartRateAnswered.Response.CARRIED_ON, "")).accepted())
                .as("carrying on needs a reason").isFalse();
        assertThat(engine.handle(new Command.AnswerHeartRate(HeartRateAnswered.Response.STOPPED, "")).accepted()).isTrue();
        assertThat(engine.state().status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(engine.state().heartRateAnswerDue()).isFalse();
        assertThat(engine.events().get(engine.events().size() - 1)).isInstanceOf(Paused.class);
    }

    @Test
    void whenHeartRateIsNotAGuideNoCeilingIsWatched() {
        HeartRateGuide guide = new HeartRateGuide(Optional.of(new HeartRate(120)), true);
        SessionEngine engine = engine(uphill(), Optional.empty(), GradeRange.DEFAULT, guide);
        engine.handle(new Command.EnterHeartRate(new HeartRate(160), HeartRateRecorded.Source.KEYED));
        assertThat(engine.state().heartRateAnswerDue()).isFalse();
        assertThat(engine.state().lastHeartRate().orElseThrow().ceiling()).isEmpty();
    }

    @Test
    void aReplayedSessionStillAsksForTheAnswer() {
        HeartRateGuide guide = new HeartRateGuide(Optional.of(new HeartRate(150)), false);
        SessionEngine engine = engine(uphill(), Optional.empty(), GradeRange.DEFAULT, guide);
        engine.handle(new Command.EnterHeartRate(new HeartRate(170), HeartRateRecorded.Source.CHECK_IN));
        engine.handle(new Command.EnterGrade(Grade.LEVEL));
        SessionState replayed = SessionState.replay(uphill(), engine.events());
        assertThat(replayed.heartRateAnswerDue()).isTrue();
        assertThat(replayed.actualGrade()).isEqualTo(Grade.LEVEL);
    }

    @Test
    void theSummaryAveragesTheGradeCountsTheClimbAndTheTimeAboveTheCeiling() {
        HeartRateGuide guide = new HeartRateGuide(Optional.of(new HeartRate(150)), false);
        SessionEngine engine = engine(uphill(), Optional.empty(), GradeRange.DEFAULT, guide);
        engine.handle(new Command.HandsOff());
        clock.advanceSeconds(60);
        engine.handle(new Command.HandsOff()); // the ramp: 2.0 km/h, level
        engine.handle(new Command.ConfirmPromptedSpeed());
        engine.handle(new Command.EnterGrade(Grade.ofPercent(4)));
        engine.handle(new Command.EnterHeartRate(new HeartRate(160), HeartRateRecorded.Source.KEYED));
        clock.advanceSeconds(30); // 30 s at 2.0 km/h, 4 %, above the ceiling
        engine.handle(new Command.EnterHeartRate(new HeartRate(140), HeartRateRecorded.Source.CHECK_IN));
        engine.handle(new Command.AnswerHeartRate(HeartRateAnswered.Response.SLOWED_DOWN, ""));
        clock.advanceSeconds(30); // 30 s more at 4 %
        engine.handle(new Command.End("test over"));
        var summary = SummaryCalculator.summarise(uphill(), SessionContext.anonymous(),
                engine.events(), clock.now());
        // 60 s walked on the level rails, then 60 s at 4 %: an average of 2 %; only the second minute had a speed (climbed).
        assertThat(summary.grade().highest()).contains(Grade.ofPercent(4));
        assertThat(summary.grade().average().orElseThrow().percent()).isEqualTo(2.0);
        double metres = 2.0 / 3.6 * 60 * Math.sin(Math.atan(0.04));
        assertThat(summary.grade().climbed().metres()).isCloseTo(metres, Offset.offset(1e-6));
        assertThat(summary.heartRate().timeAboveCeiling()).isEqualTo(Duration.ofSeconds(30));
        assertThat(summary.heartRate().lowest()).contains(new HeartRate(140));
        assertThat(summary.heartRate().highest()).contains(new HeartRate(160));
        assertThat(summary.heartRate().ceiling()).contains(new HeartRate(150));
        assertThat(summary.heartRate().answers()).extracting(a -> a.response()).containsExactly(HeartRateAnswered.Response.SLOWED_DOWN);
        assertThat(summary.heartRate().readings()).extracting(r -> r.checkIn()).containsExactly(false, true);
    }
}
