package org.retrotread.ui.console;

import java.util.Optional;
import java.util.OptionalInt;
import org.retrotread.session.SessionEngine;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.event.CheckInRecorded;

/**
 * What Enter, Space and H mean at this moment, and which question each must ask first: decided here,
 * from the session's state, so the view only carries a step out and the rules are tested without a window.
 * No step ends, skips or releases anything by itself: each of those waits for a deliberate answer.
 */
public final class KeyMeaning {

    /** What Enter does now. */
    public enum EnterStep {
        /** Record the typed speed, or confirm the prompted one (a typed entry never starts or leaves). */
        RECORD_SPEED,
        /** Not started: ask the pain before the session first (once; blank skips it). */
        ASK_PAIN_BEFORE,
        /** Not started, the plan opens off the rails: ask whether the walker holds them. */
        ASK_RAILS,
        START,
        /** The session is over: leave the summary (sealing the record). */
        LEAVE
    }

    /** What H does now. */
    public enum HandsStep { ASK_EARLY_REASON, ASK_HANDS_OFF, PUT_BACK_ON_RAILS }

    private final SessionEngine engine;
    private final ConsoleViewModel console;
    private boolean painBeforeAsked;

    KeyMeaning(SessionEngine engine, ConsoleViewModel console) {
        this.engine = engine;
        this.console = console;
    }

    public EnterStep enterStep() {
        SessionStatus status = engine.state().status();
        if (console.entryOpen()) {
            return EnterStep.RECORD_SPEED;
        }
        if (status == SessionStatus.READY) {
            if (asksPainBefore() && !painBeforeAsked) {
                return EnterStep.ASK_PAIN_BEFORE;
            }
            return startAsksAboutRails() ? EnterStep.ASK_RAILS : EnterStep.START;
        }
        return status == SessionStatus.FINISHED ? EnterStep.LEAVE : EnterStep.RECORD_SPEED;
    }

    /** Space after an emergency stop asks first: the belt was stopped for a reason. */
    public boolean resumeAsksFirst() {
        return engine.state().status() == SessionStatus.EMERGENCY_STOPPED;
    }

    /** H: early with a reason while the handrail minimum runs, else a yes/no to hands off, else back on the rails. */
    public HandsStep handsStep() {
        if (console.railsMinimumLeft().isPresent()) {
            return HandsStep.ASK_EARLY_REASON;
        }
        return engine.state().handsOnRails() ? HandsStep.ASK_HANDS_OFF : HandsStep.PUT_BACK_ON_RAILS;
    }

    /**
     * Whether a session that has not started still lacks a pain score before it: pain before and after is
     * the clinician's first figure, so Enter asks for it until it is on the record or was skipped.
     */
    public boolean asksPainBefore() {
        return engine.state().status() == SessionStatus.READY
                && engine.events().stream().noneMatch(e -> e instanceof CheckInRecorded c && c.pain().isPresent());
    }

    /** True when the plan opens off the rails, so the start must first ask whether the walker holds them. */
    public boolean startAsksAboutRails() {
        return engine.state().status() == SessionStatus.READY && !engine.opensOnRails();
    }

    /** What is wrong with a typed pain before the start, if anything (blank skips it). */
    public Optional<AnswerProblem> painBeforeProblem(String pain) {
        return Scores.problem(console.text(), 0, pain);
    }

    /** The pain before the start as answered (blank: skipped); Enter then goes on to the start. */
    public void painBeforeAnswered(String pain) {
        painBeforeAsked = true;
        Scores.read(pain).ifPresent(score -> console.checkIn(OptionalInt.empty(), OptionalInt.of(score)));
    }
}
