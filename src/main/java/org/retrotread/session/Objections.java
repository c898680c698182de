package org.retrotread.session;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.text.Message;

/**
 * The reasons, beyond the {@link MoveTable}, to refuse a command or to ask before carrying it out: a speed
 * over a limit or a big jump, a reason too short to be one, hands off before the handrail minimum, a
 * check-in or a note with nothing in it. Pure: it reads the state and changes nothing.
 */
final class Objections {

    private Objections() {
    }

    /** The reasons, beyond the move table, to refuse a command or ask for confirmation first. */
    static Optional<CommandResult> to(Command command, SessionState state, SpeedLimits limits, GradeLimits grades,
                                      Duration now, boolean opensOnRails) {
        if (command instanceof Command.EnterGrade c) {
            return grades.check(c.grade(), state.actualGrade(), state.railsMustBeLevel(), c.jumpConfirmed());
        }
        if (command instanceof Command.ConfirmPromptedGrade) {
            return refuseIf(state.pendingGradePrompt().isEmpty(), "refusal.noGradePrompt");
        }
        if (command instanceof Command.AnswerHeartRate c) {
            if (!state.heartRateAnswerDue()) {
                return refuse("refusal.noHeartRateQuestion");
            }
            return c.response() == HeartRateAnswered.Response.CARRIED_ON ? reasonObjection(c.note()) : Optional.empty();
        }
        if (command instanceof Command.EnterSpeed c) {
            boolean observation = state.plan().mode() == TreadmillMode.UNPOWERED;
            return limits.check(c.speed(), state.actualSpeed(), observation, c.jumpConfirmed());
        }
        if (command instanceof Command.ConfirmPromptedSpeed) {
            return refuseIf(state.pendingPrompt().isEmpty(), "refusal.noPrompt");
        }
        if (command instanceof Command.Start c) {
            return refuseIf(!opensOnRails && c.walkerHoldingRails().isEmpty(), "refusal.railsUnanswered");
        }
        if (command instanceof Command.HandsOff c) {
            if (!state.handsOnRails()) {
                return refuse("refusal.handsAlreadyOff");
            }
            boolean early = state.currentSegment().map(Segment::waitsForHandsOff).orElse(false) && !state.handsOffDue(now);
            if (early && isBlank(c.earlyReason())) {
                return refuse("refusal.handsOffTooEarly", state.timeLeftInSegment(now));
            }
            return early ? reasonObjection(c.earlyReason()) : Optional.empty();
        }
        if (command instanceof Command.HandsBackOnRails) {
            return refuseIf(state.handsOnRails(), "refusal.handsAlreadyOn");
        }
        if (command instanceof Command.NextBlock c) {
            return reasonObjection(c.reason());
        }
        if (command instanceof Command.End c) {
            return reasonObjection(c.reason());
        }
        if (command instanceof Command.CloseInterrupted c) {
            return reasonObjection(c.reason());
        }
        if (command instanceof Command.CheckIn c) {
            if (c.rpe().isEmpty() && c.pain().isEmpty()) {
                return refuse("refusal.checkInEmpty");
            }
            return refuseIf(outOfScale(c.rpe()) || outOfScale(c.pain()), "refusal.scaleRange", 0, 10);
        }
        if (command instanceof Command.AddNote c) {
            if (isBlank(c.text())) {
                return refuse("refusal.noteEmpty");
            }
            return refuseIf(c.text().length() > SessionEngine.LONGEST_NOTE, "refusal.noteTooLong", SessionEngine.LONGEST_NOTE);
        }
        return Optional.empty();
    }

    private static Optional<CommandResult> reasonObjection(String reason) {
        if (isBlank(reason)) {
            return refuse("refusal.reasonRequired");
        }
        return refuseIf(reason.strip().codePointCount(0, reason.strip().length()) < SessionEngine.SHORTEST_REASON,
                "refusal.reasonTooShort", SessionEngine.SHORTEST_REASON);
    }

    private static boolean outOfScale(OptionalInt value) {
        return value.isPresent() && (value.getAsInt() < 0 || value.getAsInt() > 10);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<CommandResult> refuse(String key, Object... args) {
        return Optional.of(new CommandResult.Refused(Message.of(key, args)));
    }

    private static Optional<CommandResult> refuseIf(boolean condition, String key, Object... args) {
        return condition ? refuse(key, args) : Optional.empty();
    }
}
