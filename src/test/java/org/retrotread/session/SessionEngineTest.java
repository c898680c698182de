package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrotread.session.Fixtures.engine;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.retrotread.session.event.BlockSkipped;
import org.retrotread.session.event.Paused;
import org.retrotread.session.event.Resumed;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.event.SpeedPrompted;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;

class SessionEngineTest {

    private final FakeClock clock = new FakeClock();
    private SessionEngine engine;

    private CommandResult send(Command command) {
        return engine.handle(command);
    }

    private Speed lastPrompt() {
        return engine.state().pendingPrompt().orElseThrow();
    }

    @Nested
    class Powered {

        @BeforeEach
        void start() {
            engine = engine(Fixtures.powered(), clock);
            assertThat(send(new Command.Start()).accepted()).isTrue();
        }

        @Test
        void startEntersTheHandrailPhaseOnTheRailsAndPromptsItsSpeed() {
            assertThat(engine.state().status()).isEqualTo(SessionStatus.RUNNING);
            assertThat(engine.state().currentSegment().orElseThrow().phase()).isEqualTo(PhaseKind.HANDRAIL);
            assertThat(engine.state().handsOnRails()).isTrue();
            assertThat(lastPrompt().kmh()).isCloseTo(1.0, within());
            assertThat(engine.events()).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("SessionStarted", "SegmentEntered", "SpeedPrompted");
        }

        @Test
        void confirmingThePromptRecordsThePromptedSpeedAsSet() {
            send(new Command.ConfirmPromptedSpeed());
            SpeedSet set = (SpeedSet) engine.events().get(3);
            assertThat(set.source()).isEqualTo(SpeedSet.Source.PROMPT_CONFIRMED);
            assertThat(engine.state().actualSpeed().orElseThrow().kmh()).isCloseTo(1.0, within());
            assertThat(engine.state().pendingPrompt()).isEmpty();
        }

        @Test
        void typingWhatWasActuallySetAnswersThePrompt() {
            send(new Command.EnterSpeed(Speed.ofKmh(0.9)));
            assertThat(engine.state().actualSpeed().orElseThrow().kmh()).isCloseTo(0.9, within());
            assertThat(engine.state().pendingPrompt()).isEmpty();
            assertThat(send(new Command.ConfirmPromptedSpeed())).isInstanceOf(CommandResult.Refused.class);
        }

        @Test
        void handrailPhaseWaitsForHandsOffAfterItsMinimum() {
            send(new Command.ConfirmPromptedSpeed());
            CommandResult early = send(new Command.HandsOff());
            assertThat(refusalKey(early)).isEqualTo("refusal.handsOffTooEarly");

            clock.advanceSeconds(600); // long past the minimum: the clock alone never ends this phase
            engine.advance();
            assertThat(engine.state().currentSegment().orElseThrow().phase()).isEqualTo(PhaseKind.HANDRAIL);
            assertThat(engine.state().handsOffDue(clock.now())).isTrue();

            assertThat(send(new Command.HandsOff()).accepted()).isTrue();
            assertThat(engine.state().handsOnRails()).isFalse();
            assertThat(engine.state().currentSegment().orElseThrow().phase()).isEqualTo(PhaseKind.RAMP);
            assertThat(lastPrompt().kmh()).isCloseTo(1.5, within());
        }

        @Test
        void skippingTheHandrailPhaseKeepsHandsOnTheRailsAndRecordsTheReason() {
            assertThat(refusalKey(send(new Command.NextBlock("  ")))).isEqualTo("refusal.reasonRequired");
            assertThat(send(new Command.NextBlock("walker is steady")).accepted()).isTrue();
            assertThat(engine.state().handsOnRails()).isTrue();
            assertThat(engine.events()).filteredOn(BlockSkipped.class::isInstance).singleElement()
                    .extracting(e -> ((BlockSkipped) e).reason()).isEqualTo("walker is steady");
        }

        @Test
        void rampPromptsEachStepAtItsExactBoundary() {
            leaveHandrailAt(Duration.ofSeconds(70));
            Duration rampStart = clock.now();
            clock.advance(Duration.ofSeconds(150)); // 2.5 steps in
            List<SessionEvent> recorded = engine.advance();
            List<SpeedPrompted> prompts = recorded.stream().filter(SpeedPrompted.class::isInstance)
                    .map(SpeedPrompted.class::cast).toList();
            assertThat(prompts).extracting(p -> p.speed().kmh()).containsExactly(2.0, 2.5);
            assertThat(prompts).extracting(SpeedPrompted::at)
                    .containsExactly(rampStart.plusSeconds(60), rampStart.plusSeconds(120));
            SessionState state = engine.state();
            assertThat(state.currentSegment().orElseThrow().stepNumber()).isEqualTo(3);
            assertThat(state.timeLeftInSegment(clock.now())).isEqualTo(Duration.ofSeconds(30));
        }

        @Test
        void aPromptIsNotRepeatedWhenTheBeltAlreadyRunsAtTheTarget() {
            leaveHandrailAt(Duration.ofSeconds(60));
            clock.advanceSeconds(120);
            engine.advance();
            send(new Command.ConfirmPromptedSpeed()); // 2.5, last ramp step
            clock.advanceSeconds(60);                 // steady block at 2.5 begins
            List<SessionEvent> recorded = engine.advance();
            assertThat(recorded).noneMatch(SpeedPrompted.class::isInstance);
            assertThat(engine.state().currentSegment().orElseThrow().phase()).isEqualTo(PhaseKind.STEADY);
        }

        @Test
        void theSessionCompletesWhenTheLastBlockRunsOut() {
            leaveHandrailAt(Duration.ofSeconds(60));
            clock.advanceSeconds(3 * 60 + 5 * 60 + 60 + 30);
            engine.advance();
            SessionEnded ended = (SessionEnded) engine.events().get(engine.events().size() - 1);
            assertThat(ended.ending()).isEqualTo(SessionEnded.Ending.COMPLETED);
            assertThat(ended.at()).isEqualTo(Duration.ofSeconds(60 + 9 * 60));
            assertThat(engine.state().activeTime(clock.now())).isEqualTo(Duration.ofMinutes(10));
        }

        @Test
        void pauseStopsTheClockAndResumePromptsTheSpeedAgain() {
            send(new Command.ConfirmPromptedSpeed());
            clock.advanceSeconds(30);
            send(new Command.Pause());
            clock.advanceSeconds(300);
            assertThat(engine.state().activeTime(clock.now())).isEqualTo(Duration.ofSeconds(30));
            assertThat(engine.state().actualSpeed()).isEmpty(); // the belt stopped
            send(new Command.Resume());
            assertThat(lastPrompt().kmh()).isCloseTo(1.0, within());
            clock.advanceSeconds(30);
            assertThat(engine.state().handsOffDue(clock.now())).isTrue();
        }

        @Test
        void emergencyStopWorksFromRunningAndPausedAndResumeNeedsTheSpeedSetAgain() {
            send(new Command.ConfirmPromptedSpeed());
            assertThat(send(new Command.EmergencyStop()).accepted()).isTrue();
            assertThat(engine.state().status()).isEqualTo(SessionStatus.EMERGENCY_STOPPED);
            assertThat(refusalKey(send(new Command.EmergencyStop()))).isEqualTo("refusal.notNow");
            send(new Command.Resume());
            send(new Command.Pause());
            assertThat(send(new Command.EmergencyStop()).accepted()).isTrue();
            assertThat(send(new Command.End("knee pain")).accepted()).isTrue();
            assertThat(engine.state().ending()).contains(SessionEnded.Ending.ENDED_EARLY);
            assertThat(engine.state().endReason()).contains("knee pain");
        }

        @Test
        void speedsAboveALimitAreRefusedAndChangeNothing() {
            int before = engine.events().size();
            assertThat(refusalKey(send(new Command.EnterSpeed(Speed.ofKmh(6.5))))).isEqualTo("speed.error.abovePlan");
            assertThat(refusalKey(send(new Command.EnterSpeed(Speed.ofKmh(25))))).isEqualTo("speed.error.aboveTreadmill");
            assertThat(engine.events()).hasSize(before);
        }

        @Test
        void aBigJumpAsksFirstAndIsRecordedOnceConfirmed() {
            send(new Command.ConfirmPromptedSpeed()); // 1.0
            CommandResult jump = send(new Command.EnterSpeed(Speed.ofKmh(4.0)));
            assertThat(jump).isInstanceOf(CommandResult.NeedsConfirmation.class);
            assertThat(engine.state().actualSpeed().orElseThrow().kmh()).isCloseTo(1.0, within());
            assertThat(send(new Command.EnterSpeed(Speed.ofKmh(4.0), true)).accepted()).isTrue();
            assertThat(engine.state().actualSpeed().orElseThrow().kmh()).isCloseTo(4.0, within());
        }

        @Test
        void handsCanGoBackOnTheRailsAndOffAgainInAnyBlock() {
            leaveHandrailAt(Duration.ofSeconds(60));
            assertThat(refusalKey(send(new Command.HandsOff()))).isEqualTo("refusal.handsAlreadyOff");
            assertThat(send(new Command.HandsBackOnRails()).accepted()).isTrue();
            assertThat(refusalKey(send(new Command.HandsBackOnRails()))).isEqualTo("refusal.handsAlreadyOn");
            assertThat(send(new Command.HandsOff()).accepted()).isTrue();
            assertThat(engine.state().currentSegment().orElseThrow().phase()).isEqualTo(PhaseKind.RAMP);
        }

        @Test
        void checkInsAndNotesAreValidated() {
            assertThat(refusalKey(send(new Command.CheckIn(OptionalInt.empty(), OptionalInt.empty()))))
                    .isEqualTo("refusal.checkInEmpty");
            assertThat(refusalKey(send(Command.CheckIn.of(11, 2)))).isEqualTo("refusal.scaleRange");
            assertThat(refusalKey(send(Command.CheckIn.of(3, -1)))).isEqualTo("refusal.scaleRange");
            assertThat(refusalKey(send(new Command.AddNote(" ")))).isEqualTo("refusal.noteEmpty");
            assertThat(refusalKey(send(new Command.AddNote("x".repeat(SessionEngine.LONGEST_NOTE + 1)))))
                    .isEqualTo("refusal.noteTooLong");
            assertThat(send(Command.CheckIn.of(4, 2)).accepted()).isTrue();
            assertThat(send(new Command.AddNote("Löst die Hände gut; \"gut\" ' DROP TABLE")).accepted()).isTrue();
        }

        @Test
        void promptsAreCappedAtTheClientsMaximum() {
            engine = new SessionEngine(Fixtures.powered(), Fixtures.client(2.0, 70), clock, Fixtures.WALL);
            send(new Command.Start());
            send(new Command.NextBlock("skip"));
            clock.advanceSeconds(120); // third ramp step: the plan asks 2.5, the client allows 2.0
            engine.advance();
            SpeedPrompted capped = engine.events().stream().filter(SpeedPrompted.class::isInstance)
                    .map(SpeedPrompted.class::cast).filter(SpeedPrompted::capped).findFirst().orElseThrow();
            assertThat(capped.speed().kmh()).isCloseTo(2.0, within());
            assertThat(refusalKey(send(new Command.EnterSpeed(Speed.ofKmh(2.2))))).isEqualTo("speed.error.aboveClient");
            // The screen shows what the engine prompts for: one rule, the ceiling of all three limits.
            assertThat(engine.limits().shown(Speed.ofKmh(2.5)).kmh()).isCloseTo(2.0, within());
            assertThat(engine.limits().shown(Speed.ofKmh(1.5)).kmh()).isCloseTo(1.5, within());
        }

        private void leaveHandrailAt(Duration at) {
            send(new Command.ConfirmPromptedSpeed());
            clock.advance(at.minus(clock.now()));
            assertThat(send(new Command.HandsOff()).accepted()).isTrue();
            send(new Command.ConfirmPromptedSpeed());
        }
    }

    @Nested
    class Intervals {

        @BeforeEach
        void start() {
            engine = engine(Fixtures.intervals(), clock);
            send(Command.Start.holdingRails(false));
            send(new Command.ConfirmPromptedSpeed());
        }

        @Test
        void aSessionThatStartsWithoutAHandrailPhaseStartsAsTheOperatorSaid() {
            assertThat(engine.state().handsOnRails()).isFalse();
            assertThat(((SessionStarted) engine.events().get(0)).walkerHoldingRails()).contains(false);
            SessionEngine holding = engine(Fixtures.intervals(), clock);
            assertThat(refusalKey(holding.handle(new Command.Start()))).isEqualTo("refusal.railsUnanswered");
            assertThat(holding.events()).isEmpty();
            holding.handle(Command.Start.holdingRails(true));
            assertThat(holding.state().handsOnRails()).isTrue();
            assertThat(SessionState.replay(Fixtures.intervals(), holding.events()).handsOnRails()).isTrue();
        }

        @Test
        void workAndRecoveryAlternateAndStandingNeedsNoSpeedChange() {
            clock.advanceSeconds(120);
            engine.advance();
            assertThat(engine.state().currentSegment().orElseThrow().phase()).isEqualTo(PhaseKind.WORK);
            send(new Command.ConfirmPromptedSpeed()); // 4.0
            clock.advanceSeconds(30);
            List<SessionEvent> recovery = engine.advance();
            assertThat(engine.state().currentSegment().orElseThrow().phase()).isEqualTo(PhaseKind.RECOVERY);
            assertThat(recovery).noneMatch(SpeedPrompted.class::isInstance);
            clock.advanceSeconds(30);
            assertThat(engine.advance()).noneMatch(SpeedPrompted.class::isInstance); // work 2 at the belt's 4.0
            assertThat(engine.state().currentSegment().orElseThrow().stepNumber()).isEqualTo(2);
        }

        @Test
        void forwardRecoveryPromptsItsSpeed() {
            clock.advanceSeconds(120 + 120 + 30);
            engine.advance();
            assertThat(engine.state().currentSegment().orElseThrow().movement())
                    .isEqualTo(Movement.FORWARD);
            assertThat(lastPrompt().kmh()).isCloseTo(5.0, within());
        }

        @Test
        void nextBlockOnTheLastBlockEndsTheSessionEarlyWithTheReason() {
            send(new Command.NextBlock("tired"));
            send(new Command.NextBlock("tired"));
            assertThat(send(new Command.NextBlock("tired")).accepted()).isTrue();
            assertThat(engine.state().status()).isEqualTo(SessionStatus.FINISHED);
            assertThat(engine.state().ending()).contains(SessionEnded.Ending.ENDED_EARLY);
        }
    }

    @Nested
    class Unpowered {

        @BeforeEach
        void start() {
            engine = engine(Fixtures.unpowered(), clock);
            send(new Command.Start());
        }

        @Test
        void nothingIsPromptedAndSpeedsAreObservations() {
            assertThat(engine.events()).noneMatch(SpeedPrompted.class::isInstance);
            assertThat(refusalKey(send(new Command.ConfirmPromptedSpeed()))).isEqualTo("refusal.noPrompt");
            send(new Command.EnterSpeed(Speed.ofKmh(1.2)));
            assertThat(((SpeedSet) engine.events().get(engine.events().size() - 1)).source())
                    .isEqualTo(SpeedSet.Source.OBSERVED);
        }

        @Test
        void rampsAreEffortProgressions() {
            clock.advanceSeconds(60);
            send(new Command.HandsOff());
            assertThat(engine.state().currentSegment().orElseThrow().target().orElseThrow())
                    .isEqualTo(Target.rpe(4));
            clock.advanceSeconds(120);
            engine.advance();
            assertThat(engine.state().currentSegment().orElseThrow().target().orElseThrow())
                    .isEqualTo(Target.rpe(6));
        }

        @Test
        void anObservedSpeedAboveThePlanLimitIsRecordedOnlyOnceConfirmed() {
            assertThat(send(new Command.EnterSpeed(Speed.ofKmh(9)))).isInstanceOf(CommandResult.NeedsConfirmation.class);
            assertThat(send(new Command.EnterSpeed(Speed.ofKmh(9), true)).accepted()).isTrue();
            assertThat(refusalKey(send(new Command.EnterSpeed(Speed.ofKmh(21), true)))).isEqualTo("speed.error.aboveTreadmill");
        }
    }

    @Test
    void aSixtyMinuteSessionOnAFakeClockHasZeroDrift() {
        Plan hour = new Plan("Hour",
                TreadmillMode.POWERED,
                List.of(new SteadyBlock(Duration.ofMinutes(60),
                        Target.kmh(3))),
                PlanLimits.DEFAULT);
        engine = engine(hour, clock);
        send(Command.Start.holdingRails(false));
        Random jitter = new Random(42);
        // A screen ticking irregularly (7-133 ms) for over an hour, with a pause in the middle.
        while (engine.state().status() != SessionStatus.FINISHED) {
            clock.advance(Duration.ofMillis(7 + jitter.nextInt(127)));
            engine.advance();
            if (engine.state().isRunning() && clock.now().compareTo(Duration.ofMinutes(30)) > 0
                    && engine.events().stream().noneMatch(Paused.class::isInstance)) {
                send(new Command.Pause());
                clock.advance(Duration.ofSeconds(97));
                send(new Command.Resume());
            }
        }
        SessionEnded end = (SessionEnded) engine.events().get(engine.events().size() - 1);
        Duration pausedFor = Duration.ofSeconds(97);
        Duration pausedAt = engine.events().stream().filter(Paused.class::isInstance).findFirst().orElseThrow().at();
        Duration resumedAt = engine.events().stream().filter(Resumed.class::isInstance).findFirst().orElseThrow().at();
        assertThat(resumedAt.minus(pausedAt)).isEqualTo(pausedFor);
        assertThat(end.at()).isEqualTo(Duration.ofMinutes(60).plus(pausedFor));
        assertThat(engine.state().activeTime(clock.now())).isEqualTo(Duration.ofMinutes(60));
    }

    static String refusalKey(CommandResult result) {
        assertThat(result).isInstanceOf(CommandResult.Refused.class);
        return ((CommandResult.Refused) result).reason().key();
    }

    static Offset<Double> within() {
        return Offset.offset(1e-9);
    }
}
