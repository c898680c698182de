package org.retrotread.session.event;

import java.time.Duration;
import org.retrotread.session.units.Speed;

/**
 * The console asked the operator to set the belt to {@code speed} (powered mode only).
 *
 * @param capped true when the plan asked for more and the prompt was lowered to the client's or
 *               treadmill's maximum
 */
public record SpeedPrompted(long seq, Duration at, Speed speed, boolean capped) implements SessionEvent {
}
