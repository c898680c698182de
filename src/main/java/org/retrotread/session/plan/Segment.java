package org.retrotread.session.plan;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.session.units.Grade;

/**
 * One stretch of a session with a single target: a ramp step, one interval's work or recovery,
 * or a whole steady block. The engine walks a plan as a flat list of these.
 *
 * @param blockIndex         the block this belongs to (0-based)
 * @param phase              what kind of phase it is, for summaries
 * @param movement           what the walker does
 * @param target             speed or effort asked for; empty when standing
 * @param duration           how long it lasts; for a handrail phase that waits for "hands off",
 *                           the minimum time on the rails
 * @param waitsForHandsOff   true for a handrail phase that ends only when the operator confirms hands off
 * @param stepNumber         1-based position inside its block (ramp step, interval repeat)
 * @param stepCount          how many such positions the block has
 * @param grade              the deck's incline asked for (level unless the plan sets one)
 */
public record Segment(int blockIndex, PhaseKind phase, Movement movement, Optional<Target> target,
                      Duration duration, boolean waitsForHandsOff, int stepNumber, int stepCount, Grade grade) {

    static Segment single(int blockIndex, PhaseKind phase, Target target, Duration duration, Grade grade) {
        return new Segment(blockIndex, phase, Movement.BACKWARD, Optional.of(target), duration, false, 1, 1, grade);
    }
}
