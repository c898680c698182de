package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.BlockTime;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Speed;

/** Random operators, random timing: what must hold whatever they do. */
class SessionProperties {

    /** One thing a random operator does: wait a while, then give a command (or none). */
    record Step(long waitMillis, int commandIndex) {
    }

    /** Examples per property, each from a fixed seed: CI sees the same cases every run; a failure names its example. */
    private static final int EXAMPLES = 300;

    private static QuickTheory theory(long seed) {
        return qt().withFixedSeed(seed).withExamples(EXAMPLES);
    }

    /** A random operator: up to 80 steps, each a short or a long wait (mostly under 2 s) then any command or none. */
    private static Gen<List<Step>> operators() {
        Gen<Long> waits = longs().between(0, 2_000).mix(longs().between(0, 120_000));
        Gen<Integer> commands = integers().between(-1, commandCount() - 1);
        return lists().of(waits.zip(commands, Step::new)).ofSizeBetween(1, 80);
    }

    private static Gen<Plan> plans() {
        return arbitrary().pick(List.of(Fixtures.powered(), Fixtures.intervals(), Fixtures.unpowered()));
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

    @Test
    void randomCommandsNeverReachAnIllegalStateAndReplayRebuildsIt() {
        theory(20261202L).forAll(plans(), operators()).checkAssert(SessionProperties::neverIllegalAndReplayable);
    }

    /** Plays the steps on a fresh engine, calling {@code check} after each. Any move outside the table throws. */
    private static void play(Plan plan, List<Step> steps, BiConsumer<SessionEngine, Duration> check) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(plan, clock);
        for (Step step : steps) {
            clock.advance(Duration.ofMillis(step.waitMillis()));
            if (step.commandIndex() < 0) {
                engine.advance();
            } else {
                engine.handle(commands().get(step.commandIndex()));
            }
            check.accept(engine, clock.now());
        }
    }

    private static void neverIllegalAndReplayable(Plan plan, List<Step> steps) {
        play(plan, steps, (engine, now) -> {
            assertInvariants(engine.state(), now);
            assertThat(view(SessionState.replay(plan, engine.events()), now)).isEqualTo(view(engine.state(), now));
        });
    }

    @Test
    void handsFreeTimeAndTheCheckInReminderFromStateAgreeWithTheReplayedSummary() {
        theory(20261205L).forAll(plans(), operators()).checkAssert(SessionProperties::stateAgreesWithSummary);
    }

    private static void stateAgreesWithSummary(Plan plan, List<Step> steps) {
        play(plan, steps, (engine, now) -> {
            SessionSummary summary = SummaryCalculator.summarise(plan, SessionContext.anonymous(), engine.events(), now);
            SessionState state = engine.state();
            assertThat(state.handsFreeTime(now)).isEqualTo(summary.timeHandsFree());
            assertThat(state.onRailsTime(now)).isEqualTo(summary.timeOnRails());
            assertThat(summary.blocks().stream().map(BlockTime::handsFree).reduce(Duration.ZERO, Duration::plus))
                    .isEqualTo(summary.timeHandsFree());
            assertThat(summary.blocks().stream().map(BlockTime::onRails).reduce(Duration.ZERO, Duration::plus))
                    .isEqualTo(summary.timeOnRails());
            assertThat(state.checkInDue()).isEqualTo(blockEndedSinceLastCheckIn(plan, engine.events()));
        });
    }

    /** The reminder's rule worked out from the record by hand: a later block entered after the last check-in. */
    private static boolean blockEndedSinceLastCheckIn(Plan plan, List<SessionEvent> events) {
        boolean due = false;
        int block = -1;
        for (SessionEvent event : events) {
            if (event instanceof SegmentEntered entered) {
                int next = plan.segments().get(entered.segmentIndex()).blockIndex();
                due |= block >= 0 && next != block;
                block = next;
            } else if (event instanceof CheckInRecorded) {
                due = false;
            }
        }
        return due;
    }

    @Test
    void elapsedTimeIsWallTimeMinusTimeNotRunning() {
        theory(20261203L).forAll(plans(), operators()).checkAssert(SessionProperties::elapsedIsWallTimeMinusStops);
    }

    private static void elapsedIsWallTimeMinusStops(Plan plan, List<Step> steps) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(plan, clock);
        engine.handle(Command.Start.holdingRails(false)); // answered: a plan may open off the rails
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

    @Test
    void distanceIsTheExactIntegralOfAPiecewiseConstantSpeed() {
        theory(20261204L).forAll(lists().of(integers().between(0, 120)).ofSizeBetween(1, 40),
                lists().of(integers().between(1, 90_000)).ofSize(40))
                .checkAssert(SessionProperties::distanceIsTheIntegral);
    }

    private static void distanceIsTheIntegral(List<Integer> tenthsKmh, List<Integer> holdMillis) {
        Plan hour = new Plan("Hour", TreadmillMode.POWERED,
                List.of(new SteadyBlock(Duration.ofHours(3), Target.kmh(3))), new PlanLimits(Speed.ofKmh(12), Speed.ofKmh(1)));
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(hour, clock);
        engine.handle(Command.Start.holdingRails(false)); // answered: a plan may open off the rails
        double expectedMetres = 0;
        for (int i = 0; i < tenthsKmh.size(); i++) {
            Speed speed = Speed.ofKmh(tenthsKmh.get(i) / 10.0);
            assertThat(engine.handle(new Command.EnterSpeed(speed, true)).accepted()).as("speed %s accepted", speed).isTrue();
            long hold = holdMillis.get(i);
            clock.advance(Duration.ofMillis(hold));
            expectedMetres += speed.metresPerSecond() * hold / 1000.0;
        }
        double metres = SummaryCalculator.summarise(hour, SessionContext.anonymous(), engine.events(), clock.now())
                .backwardDistance().metres();
        assertThat(metres).isCloseTo(expectedMetres, Offset.offset(1e-6));
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
                s.wallClockStart(), s.handsFreeTime(now), s.checkInDue());
    }
}
