package org.retrotread.session;

import java.util.Optional;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Speed;

/**
 * The speed limits in force for one session, and the check of a speed the operator enters.
 *
 * <p>Above the treadmill's maximum is always refused (it cannot be true). Above the client's or the
 * plan's maximum is refused on a powered treadmill, where the operator sets the belt; on a dead mill
 * the speed is a reading of what the walker did, so it is recorded once the operator confirms it.
 * A jump larger than the plan's maximum step is most often a typing slip (25 for 2.5), so it asks.
 */
public record SpeedLimits(Speed planMax, Optional<Speed> clientMax, Speed treadmillMax, Speed maxStep) {

    public static SpeedLimits of(Plan plan, SessionContext context) {
        return new SpeedLimits(plan.limits().maxSpeed(), context.clientMaxSpeed(), context.treadmillMaxSpeed(),
                plan.limits().maxStep());
    }

    /** The fastest speed the console will ever prompt for. */
    public Speed ceiling() {
        Speed lowest = Speed.min(planMax, treadmillMax);
        return clientMax.map(c -> Speed.min(c, lowest)).orElse(lowest);
    }

    /**
     * The speed the console shows and prompts for when a plan asks for {@code planned}: the plan's speed,
     * capped at the {@link #ceiling()}. The one rule for the engine's prompt and every target on screen.
     */
    public Speed shown(Speed planned) {
        return Speed.min(planned, ceiling());
    }

    /**
     * Checks a speed; empty means it may be recorded.
     *
     * @param observation true on a dead mill, where speeds are readings, not settings
     * @param confirmed   the operator already answered yes to this speed's question
     */
    public Optional<CommandResult> check(Speed speed, Optional<Speed> current, boolean observation, boolean confirmed) {
        if (speed.exceeds(treadmillMax)) {
            return refuse("speed.error.aboveTreadmill", treadmillMax);
        }
        if (clientMax.isPresent() && speed.exceeds(clientMax.get())) {
            return aboveLimit(observation, confirmed, "speed.error.aboveClient", clientMax.get());
        }
        if (speed.exceeds(planMax)) {
            return aboveLimit(observation, confirmed, "speed.error.abovePlan", planMax);
        }
        boolean bigJump = current.isPresent() && speed.distanceTo(current.get()).exceeds(maxStep);
        if (bigJump && !observation && !confirmed) {
            return Optional.of(new CommandResult.NeedsConfirmation(
                    Message.of("speed.confirm.bigJump", current.get(), speed, maxStep)));
        }
        return Optional.empty();
    }

    private static Optional<CommandResult> aboveLimit(boolean observation, boolean confirmed, String key, Speed limit) {
        if (!observation) {
            return refuse(key, limit);
        }
        return confirmed ? Optional.empty()
                : Optional.of(new CommandResult.NeedsConfirmation(Message.of("speed.confirm.observedAboveLimit", limit)));
    }

    private static Optional<CommandResult> refuse(String key, Speed limit) {
        return Optional.of(new CommandResult.Refused(Message.of(key, limit)));
    }
}
