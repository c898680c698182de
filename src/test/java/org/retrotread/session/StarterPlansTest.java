package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.SpeedUnit;

class StarterPlansTest {

    static Stream<StarterPlans.Starter> starters() {
        Messages en = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
        return StarterPlans.all(en::text).stream();
    }

    /** The case: a clinic working in mph read "km/h" in the starters' descriptions. */
    @Test
    void descriptionsGiveSpeedsInTheDisplayUnit() {
        var knee = StarterPlans.all(k -> k).stream().filter(s -> s.id().equals("kneeProgramme")).findFirst().orElseThrow();
        String inMiles = new Messages(Locale.ENGLISH, SpeedUnit.MILES_PER_HOUR).format(knee.description());
        assertThat(inMiles).contains("a gentle ramp to 1.6 mph").doesNotContain("km/h");
        assertThat(new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR).format(knee.description())).contains("auf 2,5 km/h");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("starters")
    void everyStarterIsNamedDescribedAndShort(StarterPlans.Starter starter) {
        assertThat(starter.plan().name()).doesNotStartWith("[");
        assertThat(new Messages(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR).format(starter.description()))
                .doesNotStartWith("[");
        // Domain practice: sessions of 5-15 minutes to start with.
        assertThat(starter.plan().plannedDuration()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("starters")
    void everyStarterRunsToItsEndOnTheClockAndHandsOff(StarterPlans.Starter starter) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(starter.plan(), clock);
        engine.handle(new Command.Start());
        for (int second = 0; second < 3600 && engine.state().status() != SessionStatus.FINISHED; second++) {
            clock.advanceSeconds(1);
            engine.advance();
            engine.state().pendingPrompt().ifPresent(p -> engine.handle(new Command.ConfirmPromptedSpeed()));
            if (engine.state().handsOffDue(clock.now())) {
                engine.handle(new Command.HandsOff());
            }
        }
        assertThat(engine.state().status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(engine.state().activeTime(clock.now())).isEqualTo(starter.plan().plannedDuration());
    }

    @Test
    void theKneeProgrammeIsTenMinutesAndTheDeadMillPushIsUnpowered() {
        var byId = starters().collect(Collectors.toMap(StarterPlans.Starter::id, s -> s.plan()));
        assertThat(byId.get("kneeProgramme").plannedDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(byId.get("oneMinuteInTen").plannedDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(byId.get("deadMillPush").mode()).isEqualTo(TreadmillMode.UNPOWERED);
        assertThat(byId.get("handrailOnly").blocks().get(0).kind()).isEqualTo(BlockKind.HANDRAIL);
    }
}
