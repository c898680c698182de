package org.retrotread.session;

import java.util.Optional;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;

/**
 * The grades in force for one session, and the check of a grade the operator enters: the treadmill's
 * range (it cannot be set outside it, so outside is always refused) and the client's maximum incline.
 * Unlike a dead mill's speed, a grade is a setting on either kind of treadmill, never a reading.
 */
public record GradeLimits(GradeRange treadmill, Optional<Grade> clientMax) {

    /** A change larger than this at once asks first: "15" typed for "1.5" is the slip it catches. */
    public static final Grade LARGEST_UNASKED_CHANGE = Grade.ofPercent(5);

    public static GradeLimits of(SessionContext context) {
        return new GradeLimits(context.gradeRange(), context.clientMaxGrade());
    }

    /** The steepest grade the console will ever prompt for. */
    public Grade ceiling() {
        return clientMax.map(c -> Grade.min(c, treadmill.highest())).orElse(treadmill.highest());
    }

    /** The grade the console prompts for when a plan asks for {@code planned}: within the range and the client's maximum. */
    public Grade shown(Grade planned) {
        return Grade.max(treadmill.lowest(), Grade.min(planned, ceiling()));
    }

    /**
     * Checks a grade; empty means it may be recorded.
     *
     * @param current   the deck's grade now
     * @param onRails   the handrail phase of a plan that walks it level is on
     * @param confirmed the operator already answered yes to this grade's question
     */
    public Optional<CommandResult> check(Grade grade, Grade current, boolean onRails, boolean confirmed) {
        if (grade.exceeds(treadmill.highest())) {
            return refuse("grade.error.aboveTreadmill", treadmill.highest());
        }
        if (treadmill.lowest().exceeds(grade)) {
            return treadmill.declines() ? refuse("grade.error.belowTreadmill", treadmill.lowest())
                    : refuse("grade.error.noDecline");
        }
        if (clientMax.isPresent() && grade.exceeds(clientMax.get())) {
            return refuse("grade.error.aboveClient", clientMax.get());
        }
        if (onRails && !grade.isLevel()) {
            return refuse("grade.error.railsLevel");
        }
        if (grade.distanceTo(current).exceeds(LARGEST_UNASKED_CHANGE) && !confirmed) {
            return Optional.of(new CommandResult.NeedsConfirmation(
                    Message.of("grade.confirm.bigJump", current, grade)));
        }
        return Optional.empty();
    }

    private static Optional<CommandResult> refuse(String key, Object... args) {
        return Optional.of(new CommandResult.Refused(Message.of(key, args)));
    }
}
