package org.retrotread.session.correction;

import java.util.Optional;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.text.Echo;
import org.retrotread.session.text.HiddenCharacters;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Speed;

/**
 * Whether a correction may be added to a session as it stands (its earlier corrections applied): the value is
 * one the field can hold, the event it names is there and of the right kind, and it changes something. A
 * refusal says why; a correction that passes can always be applied.
 */
public final class CorrectionCheck {

    private static final int HIGHEST_SCORE = 10;

    private CorrectionCheck() {
    }

    public static Optional<Message> refusal(Corrected session, Correction c, Speed treadmillMax) {
        Optional<Message> wrong = switch (c.field()) {
            case PAIN_BEFORE, PAIN_AFTER -> score(c.value());
            case CHECK_IN_EFFORT, CHECK_IN_PAIN -> named(session, c, CheckInRecorded.class).or(() -> score(c.value()));
            case SPEED -> named(session, c, SpeedSet.class).or(() -> speed(c.value(), treadmillMax));
            case NOTE -> named(session, c, NoteAdded.class).or(() -> text(c.value(), "correction.note"));
            case ENDING -> session.events().stream().anyMatch(e -> e instanceof SessionEnded) ? ending(c.value())
                    : Optional.of(Message.of("correction.notEnded"));
            case OTHER -> text(c.value(), "correction.other");
        };
        if (wrong.isPresent()) {
            return wrong;
        }
        if (c.field() != CorrectedField.OTHER && Corrections.current(session, c.field(), c.eventSeq()).equals(c.value())) {
            return Optional.of(Message.of("correction.unchanged"));
        }
        return Optional.empty();
    }

    private static Optional<Message> named(Corrected session, Correction c, Class<? extends SessionEvent> kind) {
        return Corrections.index(session.events(), c, kind).isPresent() ? Optional.empty()
                : Optional.of(Message.of("correction.noSuchEvent", c.eventSeq().orElseThrow()));
    }

    private static Optional<Message> score(String value) {
        if (value.isEmpty()) {
            return Optional.empty(); // "none": a score recorded by mistake
        }
        if (value.length() <= 2 && value.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                && Integer.parseInt(value) <= HIGHEST_SCORE) {
            return Optional.empty();
        }
        return Optional.of(Message.of("correction.score", Echo.of(value)));
    }

    private static Optional<Message> speed(String value, Speed treadmillMax) {
        double mps;
        try {
            mps = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Optional.of(Message.of("correction.speed", value));
        }
        if (!Double.isFinite(mps) || mps < 0) {
            return Optional.of(Message.of("correction.speed", value));
        }
        Speed speed = new Speed(mps);
        return speed.exceeds(treadmillMax) ? Optional.of(Message.of("correction.speedOverMax", speed, treadmillMax)) : Optional.empty();
    }

    private static Optional<Message> ending(String value) {
        for (SessionEnded.Ending e : SessionEnded.Ending.values()) {
            if (e.name().equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(Message.of("correction.ending", value));
    }

    private static Optional<Message> text(String value, String key) {
        if (value.isBlank() || value.length() > Corrections.LONGEST_NOTE) {
            return Optional.of(Message.of(key, Corrections.LONGEST_NOTE));
        }
        return value.codePoints().anyMatch(CorrectionCheck::hidden) ? Optional.of(Message.of("correction.hidden")) : Optional.empty();
    }

    /** Text that hides what it says (a line break in a note is not hiding anything). */
    private static boolean hidden(int cp) {
        return cp != '\n' && HiddenCharacters.isHidden(cp);
    }
}
