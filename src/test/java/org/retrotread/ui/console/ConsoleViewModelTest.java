package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.retrotread.i18n.Messages;
import org.retrotread.session.FakeClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.SpeedUnit;

/** The console's logic without a window. */
class ConsoleViewModelTest {

    private final FakeClock clock = new FakeClock();

    private ConsoleViewModel console(Locale locale, SpeedUnit unit, String starterId) {
        Messages text = new Messages(locale, unit);
        StarterPlans.Starter starter = StarterPlans.all(text::text).stream()
                .filter(s -> s.id().equals(starterId)).findFirst().orElseThrow();
        SessionEngine engine = new SessionEngine(starter.plan(), SessionContext.anonymous(), clock, Clock.systemUTC());
        return new ConsoleViewModel(engine, SessionContext.anonymous(), text);
    }

    private static void type(ConsoleViewModel model, String keys) {
        keys.chars().forEach(c -> model.type((char) c));
    }

    @Test
    void aMistypedSpeedShowsAMessageAndChangesNothing() {
        ConsoleViewModel model = console(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR, "kneeProgramme");
        model.start();
        model.enter(); // confirm 1.5
        type(model, "1..5");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.REFUSED);
        assertThat(model.messageProperty().get()).contains("1..5").contains("not a speed");
        assertThat(model.readouts().actualProperty().get()).isEqualTo("1.5 km/h");
        assertThat(model.typedProperty().get()).isEqualTo("1..5"); // kept, so it can be corrected
    }

    @Test
    void germanReadsAndShowsDecimalCommas() {
        ConsoleViewModel model = console(Locale.GERMAN, SpeedUnit.KILOMETRES_PER_HOUR, "kneeProgramme");
        model.start();
        assertThat(model.readouts().promptProperty().get()).startsWith("Jetzt 1,5 km/h einstellen");
        type(model, "1,7");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.DONE);
        assertThat(model.readouts().actualProperty().get()).isEqualTo("1,7 km/h");
    }

    @Test
    void arrowKeysNudgeInTheDisplayUnit() {
        ConsoleViewModel model = console(Locale.US, SpeedUnit.MILES_PER_HOUR, "kneeProgramme");
        model.start();
        model.enter();                     // 1.5 km/h = 0.9 mph
        model.nudge(0.1);
        assertThat(model.readouts().actualProperty().get()).isEqualTo("1.0 mph");
        // 0.5 mph is more than this plan's 0.5 km/h step, so it asks first.
        assertThat(model.nudge(-0.5)).isEqualTo(ConsoleViewModel.EntryOutcome.NEEDS_CONFIRMATION);
        model.confirm();
        assertThat(model.readouts().actualProperty().get()).isEqualTo("0.5 mph");
    }

    @Test
    void aBigJumpWaitsForAYes() {
        ConsoleViewModel model = console(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR, "kneeProgramme");
        model.start();
        model.enter();
        type(model, "2.5");
        assertThat(model.enter()).isEqualTo(ConsoleViewModel.EntryOutcome.NEEDS_CONFIRMATION);
        assertThat(model.questionProperty().get()).contains("1.5 km/h").contains("2.5 km/h");
        model.confirm();
        assertThat(model.readouts().actualProperty().get()).isEqualTo("2.5 km/h");
        assertThat(model.typedProperty().get()).isEmpty();
    }

    @Test
    void emergencyStopTwiceIsHarmlessAndClearsAHalfTypedSpeed() {
        ConsoleViewModel model = console(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR, "kneeProgramme");
        model.start();
        type(model, "3");
        model.emergencyStop();
        model.emergencyStop();
        assertThat(model.readouts().statusProperty().get()).isEqualTo(SessionStatus.EMERGENCY_STOPPED);
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.typedProperty().get()).isEmpty();
        assertThat(model.readouts().promptProperty().get()).startsWith("STOPPED");
    }

    @Test
    void theScreenFollowsTheClock() {
        ConsoleViewModel model = console(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR, "halfSpeedIntervals");
        model.start();
        model.enter();
        clock.advance(Duration.ofSeconds(125));
        model.tick();
        assertThat(model.readouts().elapsedProperty().get()).isEqualTo("2:05");
        assertThat(model.readouts().promptProperty().get()).contains("H when the walker lets go");
        model.handsOff();
        assertThat(model.readouts().blockProperty().get()).isEqualTo("Intervals \u00b7 Work 1 of 5");
        assertThat(model.readouts().targetProperty().get()).isEqualTo("2.0 km/h");
        assertThat(model.readouts().nextProperty().get()).isEqualTo("Next: Intervals \u00b7 Recovery 1 of 5 \u00b7 4.0 km/h forward in 1:00");
    }

    @Test
    void aRunningSessionHeartbeatsAndIsSealedOnceWhenLeft() {
        List<Duration> beats = new ArrayList<>();
        List<SessionSummary> seals = new ArrayList<>();
        List<Consumer<Optional<Message>>> problems =
                new ArrayList<>();
        List<Consumer<Message>> recovered = new ArrayList<>();
        SessionRecording recording = new SessionRecording() {
            public void record(SessionEvent event) { }
            public void alive(Duration at) { beats.add(at); }
            public void seal(SessionSummary summary) { seals.add(summary); }
            public void onProblem(Consumer<Optional<Message>> l) { problems.add(l); }
            public void onRecovered(Consumer<Message> l) { recovered.add(l); }
            public long unsaved() { return 0; }
            public void exportTo(Path file) { }
            public String exportFileName() { return "x.json"; }
        };
        Messages text = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
        StarterPlans.Starter knee = StarterPlans.all(text::text).get(3);
        ConsoleViewModel model = new ConsoleViewModel(new SessionEngine(knee.plan(), SessionContext.anonymous(), clock,
                Clock.systemUTC()), SessionContext.anonymous(), text, recording, Runnable::run);
        model.start();
        for (int i = 0; i < 120; i++) {
            clock.advance(Duration.ofMillis(100));
            model.tick();
        }
        assertThat(beats).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
        problems.get(0).accept(Optional.of(Message.of("store.unsaved", 3,
                Instant.parse("2026-12-02T10:42:07Z"), "/x.db", Message.of("store.reason.diskFull"),
                Message.of("store.advice.freeSpace"))));
        assertThat(model.saveProblemProperty().get()).startsWith("Not saved: 3 change(s) held only in memory since ")
                .contains("not yet in /x.db: the disk is full.").endsWith("Free space on the disk, or press X to export the session to a file.");
        problems.get(0).accept(Optional.empty());
        assertThat(model.saveProblemProperty().get()).isEmpty();
        recovered.get(0).accept(Message.of("store.recovered",
                Message.of("store.reason.logLost")));
        assertThat(model.messageProperty().get()).startsWith("Saving had a fault and recovered: the database's log file (-wal)")
                .endsWith("Everything is saved.");
        model.leave();
        assertThat(seals).isEmpty(); // not finished: nothing to seal
        model.end("done");
        model.leave();
        model.leave();
        assertThat(seals).hasSize(1);
    }

    @Test
    void aSessionResumedAfterARestartStillAsksForTheCheckInItOwedAndKeepsItsHandsFreeTime() {
        Messages text = new Messages(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR);
        var plan = StarterPlans.all(text::text).stream().filter(s -> s.id().equals("halfSpeedIntervals")).findFirst().orElseThrow().plan();
        SessionEngine engine = new SessionEngine(plan, SessionContext.anonymous(), clock, Clock.systemUTC());
        ConsoleViewModel before = new ConsoleViewModel(engine, SessionContext.anonymous(), text);
        before.start();
        before.enter();
        clock.advance(Duration.ofSeconds(125));
        before.tick();
        before.handsOff();                           // the handrail block ended: a check-in is owed
        clock.advance(Duration.ofSeconds(20));
        before.tick();
        assertThat(before.readouts().checkInDueProperty().get()).startsWith("Block done");
        assertThat(before.readouts().railsProperty().get()).isEqualTo("Hands free \u00b7 0:20");

        // The app is killed; the next start rebuilds the engine from the recorded events alone.
        SessionEngine resumed = new SessionEngine(plan, SessionContext.anonymous(), clock, Clock.systemUTC(), engine.events());
        ConsoleViewModel after = new ConsoleViewModel(resumed, SessionContext.anonymous(), text);
        assertThat(after.readouts().checkInDueProperty().get()).startsWith("Block done");
        assertThat(after.readouts().railsProperty().get()).isEqualTo("Hands free \u00b7 0:20");
        after.checkIn(OptionalInt.of(4), OptionalInt.of(1));
        assertThat(after.readouts().checkInDueProperty().get()).isEmpty();
    }

    @Test
    void theLastThreeSecondsCountDownWithACueEachAndABlockEndAsksForACheckIn() {
        ConsoleViewModel model = console(Locale.ENGLISH, SpeedUnit.KILOMETRES_PER_HOUR, "halfSpeedIntervals");
        List<Cue> cues = new ArrayList<>();
        model.onCue(cues::add);
        model.start();
        model.enter();
        clock.advance(Duration.ofSeconds(125));
        model.tick();
        model.handsOff();                            // intervals: work 1 of 5 at 2.0 for 60 s
        assertThat(model.readouts().checkInDueProperty().get()).startsWith("Block done");
        model.checkIn(OptionalInt.of(3), OptionalInt.empty());
        assertThat(model.readouts().checkInDueProperty().get()).isEmpty();
        cues.clear();
        for (int tenth = 0; tenth < 600; tenth++) {
            clock.advance(Duration.ofMillis(100));
            model.tick();
            if (tenth == 575) {                         // 57.6 s in: 2.4 s left
                assertThat(model.readouts().promptProperty().get()).isEqualTo("Set 4.0 km/h in 3");
            }
        }
        assertThat(cues).containsExactly(Cue.COUNTDOWN, Cue.COUNTDOWN, Cue.COUNTDOWN, Cue.CHANGE);
        assertThat(model.readouts().promptProperty().get()).startsWith("Set 4.0 km/h now");
        model.toggleMute();
        model.emergencyStop();
        assertThat(cues).hasSize(4);                 // muted: no more sounds
    }
}
