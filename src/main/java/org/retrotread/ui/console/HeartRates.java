package org.retrotread.ui.console;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.retrotread.i18n.Messages;
import org.retrotread.session.Command;
import org.retrotread.session.CommandResult;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.SessionState;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.HeartRateParser;

/**
 * Heart rates typed on the console (the heart-rate key, or the check-in's third field), and the question a rate
 * above the client's ceiling asks until it has an answer. Optional everywhere: a blank field records nothing.
 * An implausible or mistyped rate is refused at its field and never reaches the engine.
 */
public final class HeartRates {

    private final Messages text;
    private final Supplier<SessionState> state;
    private final HeartRateGuide guide;
    private final Function<Command, CommandResult> send;

    HeartRates(Messages text, Supplier<SessionState> state, HeartRateGuide guide, Function<Command, CommandResult> send) {
        this.text = text;
        this.state = state;
        this.guide = guide;
        this.send = send;
    }

    /** What is wrong with a typed heart rate in field {@code field} of a question, if anything; blank is fine when optional. */
    public Optional<AnswerProblem> problem(int field, String typed, boolean optional) {
        if (optional && (typed == null || typed.isBlank())) {
            return Optional.empty();
        }
        return HeartRateParser.parse(typed) instanceof HeartRateParser.Refused r
                ? Optional.of(new AnswerProblem(field, text.format(r.reason()))) : Optional.empty();
    }

    /** Records a typed heart rate that {@link #problem} passed; blank records nothing. */
    public boolean record(String typed, HeartRateRecorded.Source source) {
        Optional<HeartRate> read = HeartRateParser.parse(typed).read();
        return read.isPresent() && send.apply(new Command.EnterHeartRate(read.get(), source)).accepted();
    }

    /** A heart rate above the ceiling waits for what the operator did about it. */
    public boolean answerDue() {
        return state.get().heartRateAnswerDue();
    }

    /** "Heart rate 172 bpm is above this client's ceiling of 160 bpm. Slow the belt down or stop." */
    public String ceilingQuestion() {
        HeartRateRecorded last = state.get().lastHeartRate().orElseThrow();
        return text.format("ui.heartRate.aboveCeiling", last.heartRate(), last.ceiling().orElseThrow());
    }

    public boolean answer(HeartRateAnswered.Response response, String note) {
        return send.apply(new Command.AnswerHeartRate(response, note)).accepted();
    }

    /** True when the clinician marked heart rate as no guide for this client: effort comes first on the console. */
    public boolean notAGuide() {
        return guide.notAGuide();
    }
}
