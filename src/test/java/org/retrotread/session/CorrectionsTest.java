package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.correction.CorrectionCheck;
import org.retrotread.session.correction.Corrections;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.summary.CheckInEntry;
import org.retrotread.session.units.Speed;

/** Corrections reach every figure of a finished session, mark exactly what they changed, and leave the record alone. */
class CorrectionsTest {

    private FakeClock clock = new FakeClock();

    /** Pain 3 before; 1.0 km/h on the rails, then 1.5, 2.0 and 2.5 (120 s, to the pause), 2.5 again for 100 s; after: effort 5, pain 2. */
    private List<SessionEvent> session() {
        clock = new FakeClock(); // each call records the same session again, from its own zero
        SessionEngine e = new SessionEngine(Fixtures.powered(), SessionContext.anonymous(), clock, Fixtures.WALL);
        e.handle(new Command.CheckIn(OptionalInt.empty(), OptionalInt.of(3)));
        e.handle(new Command.Start());
        e.handle(new Command.ConfirmPromptedSpeed());
        at(60);
        e.handle(new Command.HandsOff());
        e.handle(new Command.ConfirmPromptedSpeed());
        at(125);
        e.advance();
        e.handle(new Command.ConfirmPromptedSpeed());
        at(180);
        e.advance();
        e.handle(new Command.ConfirmPromptedSpeed());
        at(300);
        e.handle(new Command.Pause());
        at(360);
        e.handle(new Command.Resume());
        e.handle(new Command.ConfirmPromptedSpeed());
        at(460);
        e.handle(new Command.End("walker asked to stop"));
        e.handle(Command.CheckIn.of(5, 2));
        e.handle(new Command.AddNote("Good session"));
        return e.events();
    }

    private void at(long seconds) {
        clock.advance(Duration.ofSeconds(seconds).minus(clock.now()));
    }

    private static Corrected apply(List<SessionEvent> events, Correction... corrections) {
        return Corrections.apply(Fixtures.powered(), SessionContext.anonymous(), events, List.of(corrections));
    }

    private static long seqOf(List<SessionEvent> events, Class<? extends SessionEvent> kind, int nth) {
        return events.stream().filter(kind::isInstance).skip(nth).findFirst().orElseThrow().seq();
    }

    @Test
    void aCorrectedSpeedChangesTheDistanceAndNothingElse() {
        List<SessionEvent> events = session();
        Corrected plain = apply(events);
        long firstTwoAndAHalf = events.stream().filter(e -> e instanceof SpeedSet s && s.speed().sameAs(Speed.ofKmh(2.5)))
                .findFirst().orElseThrow().seq();
        Corrected k = apply(events, Correction.ofEvent(CorrectedField.SPEED, firstTwoAndAHalf, Corrections.speedText(Speed.ofKmh(2.0))));
        // 120 s at 2.0 instead of 2.5 km/h: 0.5 / 3.6 x 120 = 16.7 m fewer
        assertThat(plain.summary().backwardDistance().metres() - k.summary().backwardDistance().metres()).isCloseTo(16.667, offset(0.01));
        assertThat(k.summary().maxBackwardSpeed()).contains(Speed.ofKmh(2.5)); // the second 2.5 stands
        assertThat(k.changed()).containsExactly(Figure.DISTANCE);
        assertThat(k.changedEvents()).containsExactly(firstTwoAndAHalf);
        assertThat(plain.changed()).isEmpty();
        assertThat(events).isEqualTo(session());                                // the record itself untouched
    }

    @Test
    void painAfterCorrectsTheCheckInItCameFromAndTheLaterCorrectionCounts() {
        List<SessionEvent> events = session();
        Corrected k = apply(events, Correction.of(CorrectedField.PAIN_AFTER, "4"), Correction.of(CorrectedField.PAIN_AFTER, "5"));
        assertThat(k.summary().painAfter()).hasValue(5);
        assertThat(k.summary().painBefore()).hasValue(3);
        assertThat(k.summary().checkIns()).last().satisfies(c -> assertThat(c.pain()).hasValue(5));
        assertThat(k.changed()).containsExactlyInAnyOrder(Figure.PAIN_AFTER, Figure.CHECK_INS);
        assertThat(k.changedEvents()).containsExactly(seqOf(events, CheckInRecorded.class, 1));
    }

    @Test
    void aPainScoreTheRecordLacksIsSuppliedWithACheckInLine() {
        SessionEngine e = new SessionEngine(Fixtures.powered(), SessionContext.anonymous(), clock, Fixtures.WALL);
        e.handle(new Command.Start());
        at(30);
        e.handle(new Command.End("short"));
        Corrected k = apply(e.events(), Correction.of(CorrectedField.PAIN_BEFORE, "4"), Correction.of(CorrectedField.PAIN_AFTER, "6"));
        assertThat(k.summary().painBefore()).hasValue(4);
        assertThat(k.summary().painAfter()).hasValue(6);
        assertThat(k.summary().checkIns()).extracting(CheckInEntry::when)
                .containsExactly(CheckInEntry.When.BEFORE_START, CheckInEntry.When.AFTER_END);
        assertThat(k.changed()).containsExactlyInAnyOrder(Figure.PAIN_BEFORE, Figure.PAIN_AFTER, Figure.CHECK_INS);
        assertThat(k.changedEvents()).isEmpty();
    }

    @Test
    void effortEndingAndNotesAreCorrectedAndOtherChangesNoFigure() {
        List<SessionEvent> events = session();
        long after = seqOf(events, CheckInRecorded.class, 1);
        long note = events.get(events.size() - 1).seq();
        Corrected k = apply(events, Correction.ofEvent(CorrectedField.CHECK_IN_EFFORT, after, "7"),
                Correction.of(CorrectedField.ENDING, SessionEnded.Ending.COMPLETED.name()),
                Correction.ofEvent(CorrectedField.NOTE, note, "Good session; knee fine"),
                Correction.of(CorrectedField.OTHER, "the operator was Ben, not Ana"));
        assertThat(k.summary().sessionRpe()).hasValue(7);
        assertThat(k.summary().sessionLoad().getAsDouble()).isCloseTo(7 * 400 / 60.0, offset(1e-9));
        assertThat(k.summary().ending()).contains(SessionEnded.Ending.COMPLETED);
        assertThat(k.summary().notes()).containsExactly("Good session; knee fine");
        assertThat(k.changed()).containsExactlyInAnyOrder(Figure.EFFORT, Figure.CHECK_INS, Figure.ENDING, Figure.NOTES);
        assertThat(apply(events, Correction.of(CorrectedField.OTHER, "x")).changed()).isEmpty();
    }

    @Test
    void aCorrectionThatCannotStandSaysWhy() {
        List<SessionEvent> events = session();
        Corrected k = apply(events);
        Speed max = Speed.ofKmh(16);
        long speed = seqOf(events, SpeedSet.class, 0);
        assertThat(refusal(k, Correction.of(CorrectedField.PAIN_AFTER, "2"), max)).contains("correction.unchanged");
        assertThat(refusal(k, Correction.of(CorrectedField.PAIN_AFTER, "11"), max)).contains("correction.score");
        assertThat(refusal(k, Correction.of(CorrectedField.PAIN_AFTER, "1".repeat(400)), max)).contains("correction.score");
        assertThat(refusal(k, Correction.of(CorrectedField.PAIN_AFTER, ""), max)).isEmpty(); // "no score": a score given by mistake
        assertThat(refusal(k, Correction.ofEvent(CorrectedField.SPEED, speed, "NaN"), max)).contains("correction.speed");
        assertThat(refusal(k, Correction.ofEvent(CorrectedField.SPEED, speed, "-1"), max)).contains("correction.speed");
        assertThat(refusal(k, Correction.ofEvent(CorrectedField.SPEED, speed, Corrections.speedText(Speed.ofKmh(17))), max))
                .contains("correction.speedOverMax");
        assertThat(refusal(k, Correction.ofEvent(CorrectedField.CHECK_IN_PAIN, speed, "4"), max)).contains("correction.noSuchEvent");
        assertThat(refusal(k, Correction.ofEvent(CorrectedField.NOTE, 999, "x"), max)).contains("correction.noSuchEvent");
        assertThat(refusal(k, Correction.of(CorrectedField.ENDING, "FINISHED"), max)).contains("correction.ending");
        assertThat(refusal(k, Correction.of(CorrectedField.OTHER, "a\u202eb"), max)).contains("correction.hidden");
        assertThat(refusal(k, Correction.of(CorrectedField.OTHER, " "), max)).contains("correction.other");
        assertThat(refusal(k, Correction.ofEvent(CorrectedField.NOTE, events.get(events.size() - 1).seq(), "two\nlines"), max)).isEmpty();
    }

    private static Optional<String> refusal(Corrected k, Correction c, Speed max) {
        return CorrectionCheck.refusal(k, c, max).map(m -> m.key());
    }
}
