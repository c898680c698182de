package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.retrotread.session.plan.Target;
import org.retrotread.session.summary.SpeedTrace;

class SpeedTraceTest {

    @Test
    void theTraceRunsOnActiveTimeAndLaysOutThePlanStillToCome() {
        FakeClock clock = new FakeClock();
        SessionEngine e = Fixtures.engine(Fixtures.powered(), clock); // handrail 1 min, ramp 3 x 1 min, steady 5, cooldown 1
        e.handle(new Command.Start());
        e.handle(new Command.ConfirmPromptedSpeed());  // 1.0 on the rails
        clock.advanceSeconds(60);
        e.handle(new Command.HandsOff());
        e.handle(new Command.ConfirmPromptedSpeed());  // 1.5 hands free
        clock.advanceSeconds(30);
        e.handle(new Command.Pause());
        clock.advanceSeconds(600);                      // a long pause is not on the chart's time axis
        e.handle(new Command.Resume());
        e.handle(new Command.ConfirmPromptedSpeed());
        clock.advanceSeconds(10);

        SpeedTrace trace = SpeedTrace.of(Fixtures.powered(), e.events(), clock.now());
        assertThat(trace.done()).extracting(d -> d.to().toSeconds()).last().isEqualTo(100L);
        assertThat(trace.done().get(0).onRails()).isTrue();
        assertThat(trace.done().get(0).to()).isEqualTo(Duration.ofSeconds(60));
        assertThat(trace.done()).filteredOn(d -> !d.onRails()).allMatch(d -> d.actual().isEmpty()
                || Math.abs(d.actual().get().kmh() - 1.5) < 1e-9);
        // Walked: handrail 0-60, ramp step 1 from 60. Still to come: steps 2 and 3, steady, cooldown.
        assertThat(trace.planned()).extracting(p -> p.from().toSeconds()).containsExactly(0L, 60L, 120L, 180L, 240L, 540L);
        assertThat(trace.planned().get(3).target()).contains(Target.kmh(2.5));
        assertThat(trace.length()).isEqualTo(Duration.ofMinutes(10));
    }
}
