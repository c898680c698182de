package org.retrotread.store.exchange;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * One {@code <row>} of a QZ programme as read: where it is, what Retrotread can run of it, and what not.
 *
 * @param step     the row's place among the file's rows (from 1), as a person counts them in an editor
 * @param speed    a fixed speed; empty for a ramp or a row that leaves the belt as it is
 * @param ramp     a speed ramp's two ends (QZ's {@code speedfrom}/{@code speedto})
 * @param ignored  what the row asks that Retrotread cannot do (a heart-rate zone, power, a fan), as sentences
 * @param runnable false for a row Retrotread cannot run as a block (ended by distance, or with no speed of its
 *                 own: set by heart rate, or a standing recovery): left out unless it is a recovery
 * @param hints    Retrotread's own attributes, when Retrotread wrote the file
 */
record QzRow(int line, int step, Duration duration, Optional<Speed> speed, Optional<List<Speed>> ramp, Grade grade,
             List<Message> ignored, boolean runnable, Map<String, String> hints, boolean textEvent) {

    String kind() {
        return hints.getOrDefault("block", "");
    }

    /** True when the row ends after a distance rather than a time. */
    boolean byDistance() {
        return ignored.stream().anyMatch(m -> m.key().equals("planFile.qz.byDistance"));
    }

    /** A sentence placed on this row's line and step. */
    Message at(Message what) {
        return Message.of("planFile.atStep", line, step, what);
    }
}
