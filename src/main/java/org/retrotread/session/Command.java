package org.retrotread.session;

import java.util.Optional;
import java.util.OptionalInt;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/** What the operator asks of a session. Each command names its {@link CommandKind} for the move table. */
public sealed interface Command {

    CommandKind kind();

    /**
     * Start the session.
     *
     * @param walkerHoldingRails the answer to "Is the walker holding the rails?", which a plan that does
     *                           not open with a handrail block must have; ignored where it does
     */
    record Start(Optional<Boolean> walkerHoldingRails) implements Command {
        /** A start with no answer about the rails: enough for a plan that opens with a handrail block. */
        public Start() { this(Optional.empty()); }
        public static Start holdingRails(boolean holding) { return new Start(Optional.of(holding)); }
        public CommandKind kind() { return CommandKind.START; }
    }

    /**
     * The speed actually set on the belt (powered) or read off it (unpowered).
     *
     * @param jumpConfirmed the operator has confirmed a change larger than the plan's maximum step
     */
    record EnterSpeed(Speed speed, boolean jumpConfirmed) implements Command {
        public EnterSpeed(Speed speed) { this(speed, false); }
        public CommandKind kind() { return CommandKind.ENTER_SPEED; }
    }

    /** The prompted speed was set as asked. */
    record ConfirmPromptedSpeed() implements Command {
        public CommandKind kind() { return CommandKind.CONFIRM_SPEED; }
    }

    /**
     * The deck's grade actually set (powered or dead mill alike: the deck is always the operator's to set).
     *
     * @param jumpConfirmed the operator has confirmed a change larger than {@link GradeLimits#LARGEST_UNASKED_CHANGE}
     */
    record EnterGrade(Grade grade, boolean jumpConfirmed) implements Command {
        public EnterGrade(Grade grade) { this(grade, false); }
        public CommandKind kind() { return CommandKind.ENTER_GRADE; }
    }

    /** The prompted grade was set as asked. */
    record ConfirmPromptedGrade() implements Command {
        public CommandKind kind() { return CommandKind.CONFIRM_GRADE; }
    }

    /** A heart rate read off a monitor or counted; optional at every moment, never required. */
    record EnterHeartRate(HeartRate heartRate, HeartRateRecorded.Source source) implements Command {
        public CommandKind kind() { return CommandKind.HEART_RATE; }
    }

    /**
     * What the operator did about a heart rate above the ceiling.
     *
     * @param note why the walker carried on; required for {@link HeartRateAnswered.Response#CARRIED_ON}
     */
    record AnswerHeartRate(HeartRateAnswered.Response response, String note) implements Command {
        public CommandKind kind() { return CommandKind.ANSWER_HEART_RATE; }
    }

    /**
     * The walker has let go of the rails.
     *
     * @param earlyReason why, when it is before the handrail block's minimum time; blank otherwise (an
     *                    early release without a reason is refused)
     */
    record HandsOff(String earlyReason) implements Command {
        public HandsOff() { this(""); }
        public CommandKind kind() { return CommandKind.HANDS_OFF; }
    }

    record HandsBackOnRails() implements Command {
        public CommandKind kind() { return CommandKind.HANDS_ON; }
    }

    /** Leave the current block before its end; the reason is recorded. */
    record NextBlock(String reason) implements Command {
        public CommandKind kind() { return CommandKind.NEXT_BLOCK; }
    }

    record Pause() implements Command {
        public CommandKind kind() { return CommandKind.PAUSE; }
    }

    record Resume() implements Command {
        public CommandKind kind() { return CommandKind.RESUME; }
    }

    record EmergencyStop() implements Command {
        public CommandKind kind() { return CommandKind.EMERGENCY_STOP; }
    }

    /** End the session before its plan is done; the reason is recorded. */
    record End(String reason) implements Command {
        public CommandKind kind() { return CommandKind.END; }
    }

    /** Perceived effort and pain, 0-10 each; either may be left out, not both. */
    record CheckIn(OptionalInt rpe, OptionalInt pain) implements Command {
        public static CheckIn of(int rpe, int pain) { return new CheckIn(OptionalInt.of(rpe), OptionalInt.of(pain)); }
        public CommandKind kind() { return CommandKind.CHECK_IN; }
    }

    record AddNote(String text) implements Command {
        public CommandKind kind() { return CommandKind.ADD_NOTE; }
    }

    /** Crash recovery's command (never a key): the app lost this session and the operator closes it. */
    record CloseInterrupted(String reason) implements Command {
        public CommandKind kind() { return CommandKind.CLOSE_INTERRUPTED; }
    }
}
