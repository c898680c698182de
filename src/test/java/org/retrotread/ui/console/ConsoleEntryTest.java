package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.HandsReleased;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.PlanLimits;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedUnit;

/** The typed speed, check-in scores and the rails questions: what the console decides before the engine hears anything. */
class ConsoleEntryTest {

    private final FakeClock clock = new FakeClock();
    private final Messages text = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
    private SessionEngine engine;

    private ConsoleViewModel knee() {
        Plan plan = StarterPlans.all(text::text).stream().filter(s -> s.id().equals("kneeProgramme")).findFirst().orElseThrow().plan();
        return console(plan);
    }

    private ConsoleViewModel console(Plan plan) {
        engine = new SessionEngine(plan, SessionContext.anonymous(), clock, Clock.systemUTC());
        return new ConsoleViewModel(engine, SessionContext.anonymous(), text);
    }

    private static void type(ConsoleViewModel model, String keys) {
        keys.chars().forEach(c -> model.type((char) c));
    }

    @Test
    void aMinusSignRefusesTheWholeEntryInsteadOfBeingDropped() {
        ConsoleViewModel model = knee();
        model.start();
        model.enter();                                   // 1.5 confirmed
        int events = engine.events().size();
        type(model, "-1");
        assertThat(model.typedProperty().get()).isEqualTo("-1");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.REFUSED);
        assertThat(model.messageProperty().get()).isEqualTo("A speed cannot be negative (-1).");
        assertThat(engine.events()).hasSize(events);
        assertThat(model.readouts().actualProperty().get()).isEqualTo("1.5 km/h");
        model.cancelEntry();
        type(model, "+2");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.REFUSED);
        assertThat(engine.events()).hasSize(events);
    }

    @Test
    void fourHundredDigitsAreRefusedWithAMessageNeverAnException() {
        ConsoleViewModel model = knee();
        model.start();
        type(model, "1".repeat(400));
        assertThat(model.typedProperty().get()).hasSize(16);
        assertThat(model.messageProperty().get()).isEqualTo("That is too long for a speed: at most 16 characters.");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.REFUSED); // 16 ones: above every maximum
        assertThat(engine.state().actualSpeed()).isEmpty();
    }

    @Test
    void lettersJoinAnOpenEntryAndNeverOpenOneOnTheirOwn() {
        ConsoleViewModel model = knee();
        model.start();
        assertThat(model.type('e')).isFalse();           // no entry open: the letter is a command key, not typed
        assertThat(model.entryOpen()).isFalse();
        type(model, "1e9");
        assertThat(model.typedProperty().get()).isEqualTo("1e9");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.REFUSED);
        assertThat(model.messageProperty().get()).contains("\u201c1e9\u201d is not a speed");
        assertThat(model.state().status()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void anErrorGoesWithTheEntryThatCausedItAndTheArrowsDropTheEntry() {
        ConsoleViewModel model = knee();
        model.start();
        model.enter();
        type(model, "9");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.REFUSED);
        assertThat(model.messageProperty().get()).isEqualTo("Above this plan's maximum of 4.0 km/h.");
        model.nudge(0.5);                                // Page Up: a speed of its own
        assertThat(model.typedProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.readouts().actualProperty().get()).isEqualTo("2.0 km/h");
        type(model, "x");                                // no entry: nothing
        type(model, "9");
        model.enter();
        model.backspace();                               // editing the entry clears its error
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void checkInScoresAreReadOrRefusedWithASentence() {
        ConsoleViewModel model = knee();
        assertThat(model.score(" 7 ")).isEqualTo(new Scores.Score.Read(OptionalInt.of(7)));
        assertThat(model.score("")).isEqualTo(new Scores.Score.Read(OptionalInt.empty()));
        assertThat(model.score("11")).isEqualTo(new Scores.Score.Wrong("Scores go from 0 to 10."));
        assertThat(model.score("abc")).isEqualTo(new Scores.Score.Wrong(
                "\u201cabc\u201d is not a score: type a whole number from 0 to 10."));
        assertThat(model.score("-1")).isInstanceOf(Scores.Score.Wrong.class);
        assertThat(model.score("1".repeat(400))).isEqualTo(new Scores.Score.Wrong(   // quoted short, to fit its dialog
                "\u201c" + "1".repeat(24) + "\u2026\u201d is not a score: type a whole number from 0 to 10."));
    }

    @Test
    void anEarlyReleaseSaysTheTimeLeftAndIsRecordedWithItsReason() {
        ConsoleViewModel model = knee();
        model.start();
        clock.advanceSeconds(11);
        assertThat(model.railsMinimumLeft()).contains(Duration.ofSeconds(49));
        model.handsOffEarly("9");                        // a typed-through character is no reason
        assertThat(model.messageProperty().get()).isEqualTo("A reason needs at least 3 characters.");
        assertThat(engine.state().handsOnRails()).isTrue();
        model.handsOffEarly("walker confident, physio agrees");
        assertThat(engine.state().handsOnRails()).isFalse();
        assertThat(engine.events()).filteredOn(HandsReleased.class::isInstance).singleElement()
                .extracting(e -> ((HandsReleased) e).earlyReason()).isEqualTo("walker confident, physio agrees");
        assertThat(model.summary().earlyReleases()).singleElement()
                .satisfies(r -> assertThat(r.at()).isEqualTo(Duration.ofSeconds(11)));
        assertThat(model.railsMinimumLeft()).isEmpty();
    }

    @Test
    void aPlanThatOpensOffTheRailsAsksAndRecordsTheAnswer() {
        Plan steady = new Plan("Steady only", TreadmillMode.POWERED, List.of(new SteadyBlock(Duration.ofMinutes(5), Target.kmh(2))),
                new PlanLimits(Speed.ofKmh(4), Speed.ofKmh(1)));
        ConsoleViewModel model = console(steady);
        assertThat(model.meaning().startAsksAboutRails()).isTrue();
        model.start();                                   // no answer: refused, nothing recorded
        assertThat(engine.events()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Say first whether the walker is holding the rails.");
        model.start(true);
        assertThat(engine.state().handsOnRails()).isTrue();
        assertThat(((SessionStarted) engine.events().get(0)).walkerHoldingRails()).contains(true);
        assertThat(model.readouts().railsProperty().get()).startsWith("On rails");
        assertThat(knee().meaning().startAsksAboutRails()).isFalse();
    }
}
