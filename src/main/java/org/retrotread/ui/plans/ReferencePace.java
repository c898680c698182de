package org.retrotread.ui.plans;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.DurationParser;
import org.retrotread.session.units.Speed;
import org.retrotread.session.units.SpeedParser;
import org.retrotread.session.units.SpeedUnit;

/**
 * The pace a Zwift run's 100 % means, as a runner says it: a time per kilometre ({@code 5:30}; per mile
 * when speeds are shown in mph) or a speed ({@code 11}, {@code 11 km/h}). Only paces a person runs are
 * taken, so a slip such as {@code 0:05} cannot make every block a sprint.
 */
final class ReferencePace {

    static final Speed SLOWEST = Speed.ofKmh(3);
    static final Speed FASTEST = Speed.ofKmh(25);
    private static final double METRES_PER_MILE = 1609.344;

    /** The answer as a speed, or why it cannot be one. */
    record Read(Optional<Speed> speed, Message problem) {
    }

    private ReferencePace() {
    }

    static Read read(String typed, SpeedUnit unit) {
        String text = typed == null ? "" : typed.strip();
        Speed speed;
        if (text.contains(":")) {
            Optional<Duration> perDistance = DurationParser.parse(text).filter(d -> !d.isZero());
            if (perDistance.isEmpty()) {
                return refused("ui.plans.pace.notPace", text);
            }
            double metres = unit == SpeedUnit.MILES_PER_HOUR ? METRES_PER_MILE : 1000;
            speed = new Speed(metres / (perDistance.get().toMillis() / 1000.0));
        } else if (SpeedParser.parse(text, unit) instanceof SpeedParser.Parsed p) {
            speed = p.speed();
        } else {
            return refused("ui.plans.pace.notPace", text.length() > 20 ? text.substring(0, 20) + "\u2026" : text);
        }
        if (SLOWEST.exceeds(speed) || speed.exceeds(FASTEST)) {
            return refused("ui.plans.pace.outOfRange", SLOWEST, FASTEST);
        }
        return new Read(Optional.of(speed), null);
    }

    private static Read refused(String key, Object... args) {
        return new Read(Optional.empty(), Message.of(key, args));
    }
}
