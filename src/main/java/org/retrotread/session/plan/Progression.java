package org.retrotread.session.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Speed;

/**
 * A weekly progression of a client's plan: each week every speed goes up by a set percentage of the
 * baseline (10 % by default, as in the stroke trial in the domain notes), never past the client's
 * maximum, and is held, not raised, when the last session's pain rose by 2 or more points (the
 * clinically important change, Farrar 2001).
 *
 * <p>Raises are a percentage of the baseline, not compounded: week 3 at 10 % is 130 % of the
 * baseline. A dead-mill plan has no speeds to raise, so it is left as it is.
 *
 * @param week    the week level the plan is at (0 = the baseline)
 * @param outcome what the rule did and so what the console says
 * @param plan    the plan to run
 * @param reason  why, in words for the console and the record
 */
public record Progression(int week, Outcome outcome, Plan plan, Message reason) {

    public enum Outcome { BASELINE, RAISED, CAPPED, HELD_FOR_PAIN, NOT_FOR_DEAD_MILL }

    /** The percentage a week adds; a clinician may pick another. */
    public record Rule(double weeklyRaisePercent) {
        public static final Rule DEFAULT = new Rule(10);

        public Rule {
            if (!(weeklyRaisePercent > 0 && weeklyRaisePercent <= 50)) {
                throw new IllegalArgumentException("a weekly raise must be above 0 and at most 50 %: " + weeklyRaisePercent);
            }
        }
    }

    /** Pain before and after the last session (0-10). */
    public record Pain(int before, int after) {
        boolean roseByTwoOrMore() {
            return after - before >= 2;
        }
    }

    /**
     * @param weeksSinceBaseline whole weeks since the plan's baseline was set
     * @param weekLastRun        the week level the client last ran at
     * @param lastSession        pain before and after the last session, if both were recorded
     */
    public static Progression of(Plan baseline, Rule rule, int weeksSinceBaseline, int weekLastRun, Optional<Pain> lastSession,
                                 Optional<Speed> clientMax) {
        if (baseline.mode() == TreadmillMode.UNPOWERED) {
            return new Progression(0, Outcome.NOT_FOR_DEAD_MILL, baseline, Message.of("progression.deadMill"));
        }
        boolean hold = weeksSinceBaseline > weekLastRun && lastSession.map(Pain::roseByTwoOrMore).orElse(false);
        int week = hold ? weekLastRun : weeksSinceBaseline;
        if (week <= 0) {
            return new Progression(0, hold ? Outcome.HELD_FOR_PAIN : Outcome.BASELINE, baseline,
                    hold ? held(lastSession.get()) : Message.of("progression.baseline"));
        }
        double factor = 1 + week * rule.weeklyRaisePercent() / 100;
        Scaler scaler = new Scaler(factor, clientMax);
        List<Block> blocks = new ArrayList<>();
        baseline.blocks().forEach(b -> blocks.add(scaler.block(b)));
        Speed fastest = Speed.min(Bounds.FASTEST_TARGET, new Speed(Math.max(baseline.limits().maxSpeed().metresPerSecond(),
                scaler.fastest.metresPerSecond())));
        Plan raised = baseline.withBlocks(blocks, new PlanLimits(fastest, baseline.limits().maxStep()));
        long percent = Math.round(week * rule.weeklyRaisePercent());
        if (hold) {
            return new Progression(week, Outcome.HELD_FOR_PAIN, raised, held(lastSession.get()));
        }
        if (scaler.capped) {
            return new Progression(week, Outcome.CAPPED, raised, Message.of("progression.capped", week, percent, clientMax.get()));
        }
        return new Progression(week, Outcome.RAISED, raised, Message.of("progression.raised", week, percent));
    }

    private static Message held(Pain pain) {
        return Message.of("progression.held", pain.before(), pain.after());
    }

    /** Multiplies every speed by the week's factor, capping at the client's maximum. */
    private static final class Scaler {
        private final double factor;
        private final Optional<Speed> cap;
        private boolean capped;
        private Speed fastest = Speed.ZERO;

        Scaler(double factor, Optional<Speed> cap) {
            this.factor = factor;
            this.cap = cap;
        }

        Block block(Block b) {
            if (b instanceof HandrailBlock h) {
                return new HandrailBlock(h.minimumTime(), target(h.target()), h.release());
            }
            if (b instanceof SteadyBlock s) {
                return new SteadyBlock(s.duration(), target(s.target()));
            }
            if (b instanceof CooldownBlock c) {
                return new CooldownBlock(c.duration(), target(c.target()));
            }
            if (b instanceof IntervalBlock i) {
                return new IntervalBlock(i.repeats(), i.workDuration(), target(i.workTarget()), i.recoveryDuration(), recovery(i.recovery()));
            }
            RampBlock r = (RampBlock) b;
            Target from = target(r.from());
            Target to = target(r.to());
            // A cap can flatten a ramp (both ends at the maximum): it becomes a steady stretch of the same length.
            return from.equals(to) ? new SteadyBlock(r.plannedDuration(), to) : new RampBlock(from, to, r.step(), r.stepDuration());
        }

        private Recovery recovery(Recovery r) {
            if (r instanceof Recovery.Backward b) {
                return new Recovery.Backward(target(b.speedOrEffort()));
            }
            if (r instanceof Recovery.ForwardWalk f) {
                return new Recovery.ForwardWalk(target(f.speedOrEffort()));
            }
            return r;
        }

        private Target target(Target t) {
            Speed raised = new Speed(((Target.AtSpeed) t).speed().metresPerSecond() * factor);
            // Rounded to the display's tenth of a km/h: a treadmill cannot be set to 2.2000000001.
            raised = Speed.ofKmh(Math.round(raised.kmh() * 10) / 10.0);
            if (cap.isPresent() && raised.exceeds(cap.get())) {
                raised = cap.get();
                capped = true;
            }
            raised = Speed.min(raised, Bounds.FASTEST_TARGET); // no plan may ask for more, client maximum or not
            if (raised.exceeds(fastest)) {
                fastest = raised;
            }
            return new Target.AtSpeed(raised);
        }
    }
}
