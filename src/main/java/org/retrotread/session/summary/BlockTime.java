package org.retrotread.session.summary;

import java.time.Duration;
import java.util.Optional;
import org.retrotread.session.plan.BlockKind;

/** One block's planned and actual active time, and the reason it was left early, if it was. */
public record BlockTime(int blockIndex, BlockKind kind, Duration planned, Duration actual, Optional<String> skippedBecause) {
}
