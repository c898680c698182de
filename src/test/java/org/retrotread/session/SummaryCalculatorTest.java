package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.summary.CheckInEntry;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Speed;

class SummaryCalculatorTest {

    private final FakeClock clock = new FakeClock();

    /** A powered session with figures worked out by hand in the comments. */
    private SessionEngine poweredSession(SessionContext context) {
        SessionEngine e = new SessionEngine(Fixtures.powered(), context, clock, Fixtures.WALL);
        e.handle(new Command.CheckIn(OptionalInt.empty(), OptionalInt.of(3))); // pain before: 3
        e.handle(new Command.Start());
        e.handle(new Command.ConfirmPromptedSpeed());      // 1.0 km/h on the rails, 0-60 s
        at(60);
        e.handle(new Command.HandsOff());
        e.handle(new Command.ConfirmPromptedSpeed());      // 1.5 km/h from 60 s
        at(125);
        e.advance();                                       // step 2 (2.0) prompted at 120 s...
        e.handle(new Command.ConfirmPromptedSpeed());      // ...set at 125 s: 65 s at 1.5
        at(180);
        e.advance();
        e.handle(new Command.ConfirmPromptedSpeed());      // 2.5 from 180 s: 55 s at 2.0
        at(300);
        e.handle(new Command.Pause());                     // 60 s paused
        at(360);
        e.handle(new Command.Resume());
        e.handle(new Command.ConfirmPromptedSpeed());      // 2.5 again
        at(460);
        e.handle(new Command.End("walker asked to stop")); // active 400 s; 220 s at 2.5
        e.handle(Command.CheckIn.of(5, 2));                // after: effort 5, pain 2
        e.handle(new Command.AddNote("Good session"));
        return e;
    }

    private void at(long seconds) {
        clock.advance(Duration.ofSeconds(seconds).minus(clock.now()));
    }

    @Test
    void timesDistancesAndSpeedsComeOutAsWorkedByHand() {
        SessionEngine e = poweredSession(SessionContext.anonymous());
        SessionSummary s = SummaryCalculator.summarise(Fixtures.powered(), SessionContext.anonymous(), e.events(), clock.now());

        assertThat(s.activeTime()).isEqualTo(Duration.ofSeconds(400));
        assertThat(s.pausedTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.timeOnRails()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.timeHandsFree()).isEqualTo(Duration.ofSeconds(340));
        assertThat(s.timeByPhase()).isEqualTo(Map.of(PhaseKind.HANDRAIL, Duration.ofSeconds(60),
                PhaseKind.RAMP, Duration.ofSeconds(180), PhaseKind.STEADY, Duration.ofSeconds(160)));
        assertThat(s.blocks()).extracting(b -> b.actual().toSeconds()).containsExactly(60L, 180L, 160L, 0L);

        double metres = (1.0 * 60 + 1.5 * 65 + 2.0 * 55 + 2.5 * 220) / 3.6;
        assertThat(s.backwardDistance().metres()).isCloseTo(metres, offset(1e-9));
        assertThat(s.forwardDistance().metres()).isZero();
        assertThat(s.averageBackwardSpeed().orElseThrow().metresPerSecond()).isCloseTo(metres / 400, offset(1e-12));
        assertThat(s.maxBackwardSpeed().orElseThrow().kmh()).isCloseTo(2.5, offset(1e-9));
        assertThat(s.maxHandsFreeBackwardSpeed().orElseThrow().kmh()).isCloseTo(2.5, offset(1e-9));

        assertThat(s.painBefore()).hasValue(3);
        assertThat(s.painAfter()).hasValue(2);
        assertThat(s.checkIns()).extracting(CheckInEntry::when)
                .containsExactly(CheckInEntry.When.BEFORE_START, CheckInEntry.When.AFTER_END);
        assertThat(s.sessionLoad().orElseThrow()).isCloseTo(5 * 400 / 60.0, offset(1e-9));
        assertThat(s.notes()).containsExactly("Good session");
        assertThat(s.endReason()).contains("walker asked to stop");
    }

    @Test
    void energyIsTheAcsmWalkingEquationTimesTheBackwardFactor() {
        SessionContext seventyKilos = Fixtures.client(6, 70);
        SessionEngine e = poweredSession(seventyKilos);
        SessionSummary s = SummaryCalculator.summarise(Fixtures.powered(), seventyKilos, e.events(), clock.now());

        double kcal = kcal(1.0, 60) + kcal(1.5, 65) + kcal(2.0, 55) + kcal(2.5, 220);
        EnergyEstimate.Estimated estimate = (EnergyEstimate.Estimated) s.energy();
        assertThat(estimate.energy().kilocalories()).isCloseTo(kcal, offset(1e-9));
        assertThat(estimate.backwardFactor()).isEqualTo(1.40);
        assertThat(estimate.sourceKey()).isEqualTo("energy.source.acsmBackward");
        assertThat(estimate.outsideValidatedRange()).isTrue(); // 1.0-2.5 km/h is below 50 m/min
    }

    /** VO2 = (3.5 + 0.1 S) x 1.40 ml/kg/min for S m/min; kcal/min = VO2 x 70 kg / 200. */
    private static double kcal(double kmh, double seconds) {
        double metresPerMinute = kmh * 1000 / 60;
        return (3.5 + 0.1 * metresPerMinute) * 1.40 * 70 / 200 * seconds / 60;
    }

    @Test
    void energyIsNotEstimableOnADeadMillOrWithoutBodyMass() {
        SessionEngine dead = new SessionEngine(Fixtures.unpowered(), Fixtures.client(6, 70), clock, Fixtures.WALL);
        dead.handle(new Command.Start());
        dead.handle(new Command.EnterSpeed(Speed.ofKmh(1.2)));
        clock.advanceSeconds(30);
        assertThat(SummaryCalculator.summarise(Fixtures.unpowered(), Fixtures.client(6, 70), dead.events(), clock.now()).energy())
                .isEqualTo(new EnergyEstimate.NotEstimable("energy.notEstimable.unpowered"));
        SessionEngine anonymous = poweredSession(SessionContext.anonymous());
        assertThat(SummaryCalculator.summarise(Fixtures.powered(), SessionContext.anonymous(), anonymous.events(), clock.now())
                .energy()).isEqualTo(new EnergyEstimate.NotEstimable("energy.notEstimable.noBodyMass"));
    }

    @Test
    void standingCoversNoDistanceAndForwardWalkingIsCountedApart() {
        SessionEngine e = Fixtures.engine(Fixtures.intervals(), clock);
        e.handle(Command.Start.holdingRails(false));
        e.handle(new Command.ConfirmPromptedSpeed());     // 3.0 for 120 s
        for (int second = 1; second <= 300; second++) {
            clock.advanceSeconds(1);
            e.advance();
            e.state().pendingPrompt().ifPresent(p -> e.handle(new Command.ConfirmPromptedSpeed()));
        }
        SessionSummary s = SummaryCalculator.summarise(Fixtures.intervals(), SessionContext.anonymous(), e.events(), clock.now());
        assertThat(s.ending()).contains(SessionEnded.Ending.COMPLETED);
        assertThat(s.backwardDistance().metres()).isCloseTo((3.0 * 120 + 4.0 * 60 + 3.0 * 30) / 3.6, offset(1e-9));
        assertThat(s.forwardDistance().metres()).isCloseTo(5.0 * 30 / 3.6, offset(1e-9));
        assertThat(s.maxBackwardSpeed().orElseThrow().kmh()).isCloseTo(4.0, offset(1e-9));
        assertThat(s.timeByPhase().get(PhaseKind.RECOVERY)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aRunningSessionIsSummarisedUpToNow() {
        SessionEngine e = Fixtures.engine(Fixtures.intervals(), clock);
        e.handle(Command.Start.holdingRails(false));
        e.handle(new Command.ConfirmPromptedSpeed());
        clock.advanceSeconds(36);
        SessionSummary s = SummaryCalculator.summarise(Fixtures.intervals(), SessionContext.anonymous(), e.events(), clock.now());
        assertThat(s.activeTime()).isEqualTo(Duration.ofSeconds(36));
        assertThat(s.backwardDistance().metres()).isCloseTo(30.0, offset(1e-9)); // 3 km/h for 36 s
        assertThat(s.ending()).isEmpty();
    }
}
