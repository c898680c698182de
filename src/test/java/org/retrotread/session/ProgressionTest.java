package org.retrotread.session;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.*;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

class ProgressionTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    private static final Optional<Speed> NO_MAX = Optional.empty();

    private static double kmh(Block block) {
        return ((Target.AtSpeed) block.targets().get(0)).speed().kmh();
    }

    @Test
    void eachWeekRaisesSpeedsByAShareOfTheBaselineNotCompounded() {
        Progression p = Progression.of(Fixtures.powered(), Progression.Rule.DEFAULT, 3, 2, Optional.empty(), NO_MAX);
        assertThat(p.outcome()).isEqualTo(Progression.Outcome.RAISED);
        assertThat(p.week()).isEqualTo(3);
        assertThat(kmh(p.plan().blocks().get(0))).isCloseTo(1.3, offset(1e-9));  // 1.0 x 1.3
        assertThat(kmh(p.plan().blocks().get(2))).isCloseTo(3.3, offset(1e-9));  // 2.5 x 1.3 = 3.25, to a tenth
        assertThat(EN.format(p.reason())).isEqualTo("Week 3: speeds raised 30 % above the baseline.");
        assertThat(Progression.of(Fixtures.powered(), new Progression.Rule(5), 2, 1, Optional.empty(), NO_MAX).plan().blocks().get(0))
                .satisfies(b -> assertThat(kmh(b)).isCloseTo(1.1, offset(1e-9)));
    }

    @Test
    void speedsNeverPassTheClientsMaximumAndAFlattenedRampBecomesSteady() {
        Progression p = Progression.of(Fixtures.powered(), Progression.Rule.DEFAULT, 5, 4, Optional.empty(), Optional.of(Speed.ofKmh(2.2)));
        assertThat(p.outcome()).isEqualTo(Progression.Outcome.CAPPED);
        assertThat(p.plan().blocks()).allSatisfy(b -> assertThat(kmh(b)).isLessThanOrEqualTo(2.2 + 1e-9));
        assertThat(p.plan().blocks().get(1)).isInstanceOf(SteadyBlock.class); // 2.25 and 3.75, both capped at 2.2
        assertThat(p.plan().blocks().get(1).plannedDuration()).isEqualTo(ofMinutes(3));
        assertThat(EN.format(p.reason())).endsWith("but not past the client's maximum of 2.2 km/h.");
    }

    @Test
    void aPainRiseOfTwoHoldsTheLevelAndARiseOfOneDoesNot() {
        Progression held = Progression.of(Fixtures.powered(), Progression.Rule.DEFAULT, 3, 2,
                Optional.of(new Progression.Pain(2, 4)), NO_MAX);
        assertThat(held.outcome()).isEqualTo(Progression.Outcome.HELD_FOR_PAIN);
        assertThat(held.week()).isEqualTo(2);
        assertThat(kmh(held.plan().blocks().get(0))).isCloseTo(1.2, offset(1e-9));
        assertThat(EN.format(held.reason())).isEqualTo("Held, not raised: pain rose from 2 to 4 in the last session.");

        Progression raised = Progression.of(Fixtures.powered(), Progression.Rule.DEFAULT, 3, 2,
                Optional.of(new Progression.Pain(2, 3)), NO_MAX);
        assertThat(raised.outcome()).isEqualTo(Progression.Outcome.RAISED);
        assertThat(raised.week()).isEqualTo(3);
        // Pain that went down is no reason to hold either.
        assertThat(Progression.of(Fixtures.powered(), Progression.Rule.DEFAULT, 3, 2, Optional.of(new Progression.Pain(5, 1)), NO_MAX)
                .outcome()).isEqualTo(Progression.Outcome.RAISED);
    }

    @Test
    void theBaselineWeekAndDeadMillPlansRunAsWritten() {
        assertThat(Progression.of(Fixtures.powered(), Progression.Rule.DEFAULT, 0, 0, Optional.empty(), NO_MAX).plan())
                .isEqualTo(Fixtures.powered());
        Progression dead = Progression.of(Fixtures.unpowered(), Progression.Rule.DEFAULT, 4, 3, Optional.empty(), NO_MAX);
        assertThat(dead.outcome()).isEqualTo(Progression.Outcome.NOT_FOR_DEAD_MILL);
        assertThat(dead.plan()).isEqualTo(Fixtures.unpowered());
    }

    @Test
    void everyRaisedPlanIsAValidPlanAtEveryWeekAndRate() {
        for (var starter : StarterPlans.all(k -> k)) {
            for (int week = 0; week <= 52; week++) {
                for (double rate : List.of(1.0, 10.0, 50.0)) {
                    Progression p = Progression.of(starter.plan(), new Progression.Rule(rate), week, Math.max(0, week - 1),
                            Optional.empty(), NO_MAX);
                    assertThat(p.plan().segments()).isNotEmpty(); // a Plan that exists is a valid plan
                }
            }
        }
    }
}
