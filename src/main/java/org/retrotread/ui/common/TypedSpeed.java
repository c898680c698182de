package org.retrotread.ui.common;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedParser;
import org.retrotread.session.units.SpeedUnit;

/** A speed typed into a form field: read as people type it, then held to the field's own range. */
public final class TypedSpeed {

    /** The speed, or the sentence to show at the field. */
    public record Result(Optional<Speed> speed, String problem) {
    }

    private TypedSpeed() {
    }

    /**
     * @param unit         the unit a bare number is in
     * @param inRange      whether the field accepts the speed
     * @param rangeProblem what to say when it does not
     */
    public static Result read(String typed, SpeedUnit unit, Messages text, Predicate<Speed> inRange, Supplier<String> rangeProblem) {
        SpeedParser.Result parsed = SpeedParser.parse(typed, unit);
        if (parsed instanceof SpeedParser.Refused r) {
            return new Result(Optional.empty(), text.format(r.reason()));
        }
        Speed speed = ((SpeedParser.Parsed) parsed).speed();
        return inRange.test(speed) ? new Result(Optional.of(speed), "") : new Result(Optional.empty(), rangeProblem.get());
    }
}
