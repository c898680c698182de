package org.retrotread.session.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

class ChartScaleTest {

    @Test
    void theTopIsALittleAboveTheHighestRoundedUpAndNeverBelowTheFloor() {
        assertThat(ChartScale.top(3.0, 0)).isEqualTo(4);    // 3.45 -> 4
        assertThat(ChartScale.top(4.0, 0)).isEqualTo(5);    // 4.6 -> 5
        assertThat(ChartScale.top(0, 60)).isEqualTo(60);
        assertThat(ChartScale.top(100, 60)).isEqualTo(115);
    }

    @Test
    void aPlansTopFollowsItsFastestTargetInTheReadersUnitAndADeadMillUsesTheEffortScale() {
        Plan fast = new Plan("Fast", TreadmillMode.POWERED, List.of(new SteadyBlock(Duration.ofMinutes(5), Target.kmh(6))),
                new PlanLimits(Speed.ofKmh(8), Speed.ofKmh(1)));
        assertThat(ChartScale.top(fast, SpeedUnit.KILOMETRES_PER_HOUR)).isEqualTo(7);   // 6.9 -> 7
        assertThat(ChartScale.top(fast, SpeedUnit.MILES_PER_HOUR)).isEqualTo(5);        // 3.73 mph -> 4.29 -> 5
        Plan dead = new Plan("Dead mill", TreadmillMode.UNPOWERED, List.of(new SteadyBlock(Duration.ofMinutes(5), Target.rpe(5))),
                PlanLimits.DEFAULT);
        assertThat(ChartScale.top(dead, SpeedUnit.KILOMETRES_PER_HOUR)).isEqualTo(ChartScale.EFFORT_TOP);
    }
}
