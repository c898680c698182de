package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Speed;

/** Random operators, random timing: what must hold whatever they do. */
class SessionProperties {

    /** One thing a random operator does: wait a while, then give a command (or none). */
    record Step(long waitMillis, int commandIndex) {
    }

    @Provide
    Arbitrary<List<Step>> operators() {
        Arbitrary<Long> waits = Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000),
                Arbitraries.longs().between(0, 120_000));
        Arbitrary<Integer> commands = Arbitraries.integers().between(-1, commandCount() - 1);
        return Combinators.combine(waits, commands).as(Step::new).list().ofMinSize(1).ofMaxSize(80);
    }

    @Provide
    Arbitrary<Plan> plans() {
        return Arbitraries.of(Fixtures.powered(), Fixtures.intervals(), Fixtures.unpowered());
    }

    private static int commandCount() {
        return commands().size();
    }

    private static List<Command> commands() {
        List<Command> all = new ArrayList<>(EveryCommandInEveryStateTest.sampleCommands());
        all.add(new Command.EnterSpeed(Speed.ofKmh(3.3), true));
        all.add(new Command.EnterSpeed(Speed.ofKmh(0)));
        all.add(new Command.ConfirmPromptedSpeed());
        all.add(new Command.HandsOff());
        all.add(new Command.HandsOff("walker asked to let go"));
        all.add(Command.Start.holdingRails(true));
        all.add(Command.Start.holdingRails(false));
        return all;
    }

    @Property(tries = 300)
    void randomCommandsNeverReachAnIllegalStateAndReplayRebuildsIt(@ForAll("plans") Plan plan,
                                                                    @ForAll("operators") List<Step> steps) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(plan, clock);
        for (Step step : steps) {
            clock.advance(Duration.ofMillis(step.waitMillis()));
            // Any move outside the table throws inside the engine, failing this property.
            if (step.commandIndex() < 0) {
                engine.advance();
            } else {
                engine.handle(commands().get(step.commandIndex()));
            }
            assertInvariants(engine.state(), clock.now());
            assertThat(view(SessionState.replay(plan, engine.events()), clock.now()))
                    .isEqualTo(view(engine.state(), clock.now()));
        }
    }

    @Property(tries = 300)
    void elapsedTimeIsWallTimeMinusTimeNotRunning(@ForAll("plans") Plan plan, @ForAll("operators") List<Step> steps) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(plan, clock);
        engine.handle(new Command.Start());
        Duration notRunning = Duration.ZERO;
        Duration stoppedSince = null;
        for (Step step : steps) {
            clock.advance(Duration.ofMillis(step.waitMillis()));
            boolean wasRunning = engine.state().isRunning();
            if (step.commandIndex() >= 0) {
                engine.handle(commands().get(step.commandIndex()));
            } else {
                engine.advance();
            }
            boolean running = engine.state().isRunning();
            if (wasRunning && !running && engine.state().status() != SessionStatus.FINISHED) {
                stoppedSince = clock.now();
            } else if (!wasRunning && running) {
                notRunning = notRunning.plus(clock.now().minus(stoppedSince));
                stoppedSince = null;
            }
            if (engine.state().status() == SessionStatus.FINISHED) {
                break;
            }
            Duration stoppedNow = stoppedSince == null ? Duration.ZERO : clock.now().minus(stoppedSince);
            assertThat(engine.state().activeTime(clock.now())).isEqualTo(clock.now().minus(notRunning).minus(stoppedNow));
        }
    }

    @Property(tries = 300)
    void distanceIsTheExactIntegralOfAPiecewiseConstantSpeed(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 120) Integer> tenthsKmh,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 1, max = 90_000) Integer> holdMillis) {
        Plan hour = new Plan("Hour", TreadmillMode.POWERED,
                List.of(new SteadyBlock(Duration.ofHours(3), Target.kmh(3))), new PlanLimits(Speed.ofKmh(12), Speed.ofKmh(1)));
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(hour, clock);
        engine.handle(new Command.Start());
        double expectedMetres = 0;
        for (int i = 0; i < tenthsKmh.size(); i++) {
            Speed speed = Speed.ofKmh(tenthsKmh.get(i) / 10.0);
            assertThat(engine.handle(new Command.EnterSpeed(speed, true)).accepted()).isTrue();
            long hold = holdMillis.get(i);
            clock.advance(Duration.ofMillis(hold));
            expectedMetres += speed.metresPerSecond() * hold / 1000.0;
        }
        double metres = SummaryCalculator.summarise(hour, SessionContext.anonymous(), engine.events(), clock.now())
                .backwardDistance().metres();
        assertThat(metres).isCloseTo(expectedMetres, org.assertj.core.data.Offset.offset(1e-6));
    }

    private static void assertInvariants(SessionState state, Duration now) {
        assertThat(state.activeTime(now)).isLessThanOrEqualTo(now);
        assertThat(state.activeTime(now).isNegative()).isFalse();
        switch (state.status()) {
            case READY -> assertThat(state.segmentIndex()).isEqualTo(-1);
            case RUNNING -> {
                assertThat(state.currentSegment()).isPresent();
                boolean waits = state.currentSegment().get().waitsForHandsOff();
                if (!waits) {
                    assertThat(state.timeInSegment(now)).isLessThan(state.currentSegment().get().duration());
                }
            }
            case PAUSED, EMERGENCY_STOPPED -> {
                assertThat(state.actualSpeed()).isEmpty();
                assertThat(state.pendingPrompt()).isEmpty();
            }
            case FINISHED -> {
                assertThat(state.ending()).isPresent();
                assertThat(state.ending().get() != SessionEnded.Ending.COMPLETED)
                        .isEqualTo(!state.endReason().orElse("").isEmpty());
            }
        }
        if (state.plan().mode() == TreadmillMode.UNPOWERED) {
            assertThat(state.pendingPrompt()).isEmpty();
        }
    }

    /** Everything observable about a state at a moment, for comparing a live state with its replay. */
    private static List<Object> view(SessionState s, Duration now) {
        return List.of(s.status(), s.segmentIndex(), s.handsOnRails(), s.actualSpeed(), s.pendingPrompt(), s.lastSeq(),
                s.activeTime(now), s.timeInSegment(now), s.handsOffDue(now), s.ending(), s.endReason(),
                s.wallClockStart());
    }
}
