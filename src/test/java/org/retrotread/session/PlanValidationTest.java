package org.retrotread.session;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

class PlanValidationTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);

    @Test
    void handrailChecksItsFields() {
        assertProblems(() -> new HandrailBlock(Duration.ZERO, Target.kmh(1)), "minimumTime");
        assertProblems(() -> new HandrailBlock(ofMinutes(1), Target.kmh(0)), "target");
        assertProblems(() -> new HandrailBlock(ofMinutes(1), null), "target");
        assertThat(new HandrailBlock(ofMinutes(2), Target.kmh(1)).segments(0)).singleElement()
                .matches(Segment::waitsForHandsOff);
        assertThat(new HandrailBlock(ofMinutes(2), Target.kmh(1), HandrailBlock.Release.STAY_ON_RAILS).segments(0))
                .singleElement().matches(s -> !s.waitsForHandsOff());
    }

    @Test
    void rampChecksItsFieldsAndLandsExactlyOnItsEnd() {
        assertProblems(() -> new RampBlock(Target.kmh(1), Target.kmh(2), Target.kmh(0.01), ofMinutes(1)), "step");
        assertProblems(() -> new RampBlock(Target.kmh(1), Target.kmh(1), Target.kmh(0.5), ofMinutes(1)), "to");
        assertProblems(() -> new RampBlock(Target.kmh(1), Target.rpe(5), Target.kmh(0.5), ofMinutes(1)), "step");
        assertProblems(() -> new RampBlock(Target.kmh(1), Target.kmh(3), Target.kmh(0.5), ofSeconds(-5)), "stepDuration");
        assertProblems(() -> new RampBlock(Target.kmh(0.1), Target.kmh(29), Target.kmh(0.1), ofSeconds(30)), "step");

        RampBlock uneven = new RampBlock(Target.kmh(1.0), Target.kmh(2.2), Target.kmh(0.5), ofMinutes(1));
        assertThat(uneven.stepTargets()).extracting(t -> ((Target.AtSpeed) t).speed().kmh())
                .containsExactly(1.0, 1.5, 2.0, 2.2);
        RampBlock down = new RampBlock(Target.kmh(3.0), Target.kmh(2.0), Target.kmh(0.5), ofMinutes(1));
        assertThat(down.stepTargets()).hasSize(3);
        assertThat(down.plannedDuration()).isEqualTo(ofMinutes(3));
        RampBlock effort = new RampBlock(Target.rpe(3), Target.rpe(7), Target.rpe(2), ofMinutes(1));
        assertThat(effort.stepTargets()).containsExactly(Target.rpe(3), Target.rpe(5), Target.rpe(7));
    }

    @Test
    void steadyAndCooldownCheckTheirFields() {
        assertProblems(() -> new SteadyBlock(Duration.ofHours(4), Target.kmh(3)), "duration");
        assertProblems(() -> new SteadyBlock(ofMinutes(4), Target.kmh(31)), "target");
        assertProblems(() -> new CooldownBlock(null, Target.kmh(1)), "duration");
        assertThat(new CooldownBlock(ofMinutes(2), Target.kmh(1)).plannedDuration()).isEqualTo(ofMinutes(2));
    }

    @Test
    void intervalsCheckEveryFieldAtOnce() {
        InvalidPlanException e = catchInvalid(() -> new IntervalBlock(0, ofSeconds(1), Target.kmh(3), ofSeconds(30),
                new Recovery.ForwardWalk(Target.kmh(0))));
        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("repeats", "workDuration", "recoveryTarget");
        IntervalBlock ok = new IntervalBlock(3, ofSeconds(60), Target.kmh(2), ofSeconds(30), new Recovery.Stand());
        assertThat(ok.segments(0)).hasSize(6).extracting(Segment::movement)
                .containsExactly(Movement.BACKWARD, Movement.STANDING, Movement.BACKWARD, Movement.STANDING,
                        Movement.BACKWARD, Movement.STANDING);
        assertThat(ok.plannedDuration()).isEqualTo(ofSeconds(270));
    }

    @Test
    void aPlanRefusesTargetsOfTheWrongModeAndNamesTheBlock() {
        InvalidPlanException e = catchInvalid(() -> new Plan("Mixed", TreadmillMode.UNPOWERED,
                List.of(new SteadyBlock(ofMinutes(1), Target.rpe(3)), new SteadyBlock(ofMinutes(1), Target.kmh(3))),
                PlanLimits.DEFAULT));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.blockIndex()).isEqualTo(1);
            assertThat(EN.problem(p)).isEqualTo("Block 2, Target: a dead-mill plan needs efforts (RPE 0-10)");
        });
        assertProblems(() -> new Plan(" ", TreadmillMode.POWERED, List.of(), PlanLimits.DEFAULT), "name", "blocks");
        assertProblems(() -> new Plan("Fast", TreadmillMode.POWERED,
                List.of(new SteadyBlock(ofMinutes(1), Target.kmh(9))), PlanLimits.DEFAULT), "target");
        assertProblems(() -> new PlanLimits(Speed.ofKmh(0), Speed.ofKmh(1)), "maxSpeed");
    }

    @Test
    void messagesNameTheFieldInWords() {
        InvalidPlanException e = catchInvalid(() -> new RampBlock(Target.kmh(1), Target.kmh(3), Target.kmh(0.5), ofSeconds(2)));
        assertThat(EN.problem(e.problems().get(0))).isEqualTo("Time per step: must be at least 0:05");
        Messages de = new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR);
        assertThat(de.problem(e.problems().get(0))).isEqualTo("Zeit pro Stufe: muss mindestens 0:05 sein");
    }

    private static void assertProblems(ThrowingCallable build, String... fields) {
        assertThat(catchInvalid(build).problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields);
    }

    private static InvalidPlanException catchInvalid(ThrowingCallable build) {
        assertThatThrownBy(build).isInstanceOf(InvalidPlanException.class);
        try {
            build.call();
        } catch (InvalidPlanException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        throw new AssertionError("not thrown");
    }
}
