package org.retrotread.session.summary;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.units.Speed;

/**
 * One block as it went: planned and actual active time, how much of it on the rails and hands free,
 * the slowest and fastest belt speed set in it (a stopped belt is not a speed), and the reason it was
 * left early, if it was.
 */
public record BlockTime(int blockIndex, BlockKind kind, Duration planned, Duration actual, Optional<String> skippedBecause,
                        Duration onRails, Duration handsFree, Optional<Speed> slowest, Optional<Speed> fastest) {
}
