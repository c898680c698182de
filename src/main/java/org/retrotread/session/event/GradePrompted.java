package org.retrotread.session.event;

import java.time.Duration;
import org.retrotread.session.units.Grade;

/**
 * The console asked the operator to set the deck to {@code grade}, as a segment of the plan began.
 *
 * @param capped true when the plan asked for more (or less) and the prompt was brought within the
 *               treadmill's range or the client's maximum
 */
public record GradePrompted(long seq, Duration at, Grade grade, boolean capped) implements SessionEvent {
}
