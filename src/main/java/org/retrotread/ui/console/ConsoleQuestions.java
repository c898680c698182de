package org.retrotread.ui.console;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.input.KeyCode;
import org.retrotread.i18n.Messages;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.ui.common.Overlay;

/**
 * The questions the console asks over its readouts before a key takes effect, as {@link KeyMeaning}
 * decides them: the pain before, the rails at the start, a big speed jump, resuming after a stop, hands
 * off (early with a reason), a check-in, a reason to skip or end, a note. Esc still stops the belt over each.
 */
final class ConsoleQuestions {

    private final ConsoleViewModel model;
    private final Overlay overlay;
    private final Messages text;

    ConsoleQuestions(ConsoleViewModel model, Overlay overlay) {
        this.model = model;
        this.overlay = overlay;
        this.text = model.text();
    }

    /** Pain before the start; Enter on an empty field skips it. {@code then} carries on with the start. */
    void painBefore(Runnable then) {
        overlay.askFields(text.text("ui.ask.painBefore"), new String[] {"ui.checkIn.pain"},
                answers -> fieldError(model.meaning().painBeforeProblem(answers[0])),
                answers -> {
                    model.meaning().painBeforeAnswered(answers[0]);
                    then.run();
                });
    }

    void holdingRails() {
        overlay.ask(text.text("ui.ask.holdingRails"), () -> model.start(true), () -> model.start(false));
    }

    /** A typed or nudged speed that needs a yes first (a big jump): the question the engine put. */
    void afterEntry(ConsoleViewModel.EntryOutcome outcome) {
        if (outcome == ConsoleViewModel.EntryOutcome.NEEDS_CONFIRMATION) {
            overlay.ask(model.questionProperty().get(), model::confirm, model::decline);
        }
    }

    void pauseOrResume() {
        if (model.meaning().resumeAsksFirst()) {
            overlay.ask(text.text("ui.ask.resumeAfterStop"), model::pauseOrResume, () -> { });
        } else {
            model.pauseOrResume();
        }
    }

    void hands() {
        switch (model.meaning().handsStep()) {
            // Said before asking: the minimum has not passed, so letting go now is an early release with a reason.
            case ASK_EARLY_REASON -> overlay.askReason(text.format("ui.ask.handsOffEarly",
                    Messages.clock(model.railsMinimumLeft().orElseThrow())), model::handsOffEarly);
            case ASK_HANDS_OFF -> overlay.ask(text.text("ui.ask.handsOff"), model::handsOff, () -> { });
            case PUT_BACK_ON_RAILS -> model.handsBackOnRails();
        }
    }

    /**
     * Effort, pain and (optional) heart rate: a wrong answer keeps the question open with the field marked and the
     * others kept. Where heart rate is not a guide for the client the check-in asks effort and pain alone.
     */
    void checkIn() {
        HeartRates rates = model.heartRates();
        if (rates.notAGuide()) {
            overlay.askFields(text.text("ui.ask.checkIn"), new String[] {"ui.checkIn.rpe", "ui.checkIn.pain"},
                    answers -> fieldError(model.checkInProblem(answers[0], answers[1])),
                    answers -> model.checkIn(answers[0], answers[1]));
            return;
        }
        overlay.askFields(text.text("ui.ask.checkIn"), new String[] {"ui.checkIn.rpe", "ui.checkIn.pain", "ui.checkIn.heartRate"},
                answers -> fieldError(model.checkInProblem(answers[0], answers[1]).or(() -> rates.problem(2, answers[2], true))),
                answers -> {
                    model.checkIn(answers[0], answers[1]);
                    rates.record(answers[2], HeartRateRecorded.Source.CHECK_IN);
                    askAboutCeiling();
                });
    }

    /** B: a heart rate at any moment; a rate above the ceiling then asks what was done about it. */
    void heartRate() {
        HeartRates rates = model.heartRates();
        overlay.askFields(text.text(rates.notAGuide() ? "ui.ask.heartRateNotAGuide" : "ui.ask.heartRate"),
                new String[] {"ui.checkIn.heartRate"}, answers -> fieldError(rates.problem(0, answers[0], false)),
                answers -> {
                    rates.record(answers[0], HeartRateRecorded.Source.KEYED);
                    askAboutCeiling();
                });
    }

    /**
     * A heart rate above the client's ceiling: slow down (the operator then sets the lower speed), stop (the
     * session pauses), or carry on with a reason. Asked again, whenever the console is free, until answered.
     */
    void askAboutCeiling() {
        HeartRates rates = model.heartRates();
        if (!rates.answerDue() || overlay.isOpen()) {
            return;
        }
        overlay.choose(text.text("ui.heartRate.aboveCeilingTitle"), rates.ceilingQuestion(), List.of(
                new Overlay.Choice(text.text("ui.heartRate.slowDown"), "ceiling-slow", KeyCode.S, false,
                        () -> rates.answer(HeartRateAnswered.Response.SLOWED_DOWN, "")),
                new Overlay.Choice(text.text("ui.heartRate.stop"), "ceiling-stop", KeyCode.P, false,
                        () -> rates.answer(HeartRateAnswered.Response.STOPPED, "")),
                new Overlay.Choice(text.text("ui.heartRate.carryOn"), "ceiling-carry-on", KeyCode.C, true,
                        () -> overlay.askReason(text.text("ui.heartRate.carryOnReason"),
                                reason -> rates.answer(HeartRateAnswered.Response.CARRIED_ON, reason)))));
    }

    void nextBlock() {
        overlay.askReason(text.text("ui.ask.nextBlockReason"), model::nextBlock);
    }

    void end() {
        overlay.askReason(text.text("ui.ask.endReason"), model::end);
    }

    void note() {
        overlay.askText(text.text("ui.ask.note"), model::addNote);
    }

    /** The keyboard table, from the bundle: one "key|action" line each. */
    void help() {
        List<String[]> rows = text.text("ui.help.rows").lines().map(l -> l.split("\\|", 2)).toList();
        overlay.inform(text.text("ui.help.title"), rows);
    }

    /**
     * The window is closing while changes are held only in memory: keep Retrotread open (where the keyboard
     * starts), export the session and then close, or close without them (armed first).
     */
    void beforeClosing(long unsaved, Function<Runnable, Runnable> exportThen, Runnable close) {
        String why = model.saveProblemProperty().get();
        overlay.choose(text.text("ui.close.title"), text.format("ui.close.unsaved", unsaved) + (why.isEmpty() ? "" : " " + why),
                List.of(new Overlay.Choice(text.text("ui.close.keepOpen"), "close-keep", KeyCode.K, false, () -> { }),
                        new Overlay.Choice(text.text("ui.close.export"), "close-export", KeyCode.X, false,
                                exportThen.apply(close)),
                        new Overlay.Choice(text.text("ui.close.anyway"), "close-anyway", KeyCode.C, true, close)));
    }

    private static Optional<Overlay.FieldError> fieldError(Optional<AnswerProblem> problem) {
        return problem.map(p -> new Overlay.FieldError(p.field(), p.message()));
    }
}
