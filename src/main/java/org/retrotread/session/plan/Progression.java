package org.retrotread.session.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Speed;

/**
 * What a client's plan with a progression runs at today, and the raise it proposes.
 *
 * <p>A level is a percentage above the baseline (raises add up, they do not compound: two raises of
 * 10 % run at 120 % of the baseline). The level moves only by sessions that ran, never by the calendar:
 * once the client has completed the plan's sessions a week at the current level (a session counts when
 * it ran, see {@link Run#counts}), the next level is <em>proposed</em>, and the clinician accepts it,
 * adjusts it or holds. Nothing is proposed after a session whose pain rose by 2 or more points (the
 * clinically important change, Farrar 2001); after a gap longer than the set gap the level is held, and
 * after twice that it steps back one raise, never forward. A handrail block's speed is never raised: it
 * is the walker's safe start. A dead-mill plan has no speeds to raise.
 *
 * @param ran      the level the session runs at, and its plan
 * @param outcome  what the rule found
 * @param reason   why, in words for the start screen, the console and the sheet
 * @param proposed the raise the rule offered, if it offered one
 * @param decision what the clinician did with it
 */
public record Progression(Level ran, Outcome outcome, Message reason, Optional<Level> proposed, Decision decision) {

    public enum Outcome {
        /** No session has run on this plan yet (or none since it last changed). */
        BASELINE,
        /** Sessions at this level are still being counted towards the next raise. */
        COUNTING,
        /** Enough sessions ran at this level: a raise is offered. */
        PROPOSED,
        HELD_FOR_PAIN,
        HELD_AFTER_GAP,
        STEPPED_BACK_AFTER_GAP,
        NOT_FOR_DEAD_MILL
    }

    /** What the clinician did with a proposed raise; NONE when none was proposed. */
    public enum Decision { NONE, ACCEPTED, ADJUSTED, HELD }

    /**
     * A level of the plan.
     *
     * @param percent the raise above the baseline, in %
     * @param plan    the plan at that level
     * @param capped  whether some speed stopped at the client's maximum
     */
    public record Level(double percent, Plan plan, boolean capped) {
    }

    /** The size of one raise; a clinician may pick another. */
    public record Rule(double raisePercent) {
        public static final Rule DEFAULT = new Rule(10);

        public Rule {
            if (!(raisePercent > 0 && raisePercent <= 50)) {
                throw new IllegalArgumentException("a raise must be above 0 and at most 50 %: " + raisePercent);
            }
        }
    }

    /**
     * A session the client ran on this plan.
     *
     * @param percent the level it ran at
     * @param at      when it ended (or opened, if it has no end)
     * @param counts  whether it ran enough to count (completed, or the set share of its planned time)
     */
    public record Run(double percent, Instant at, boolean counts, OptionalInt painBefore, OptionalInt painAfter) {
        boolean painRoseByTwoOrMore() {
            return painBefore.isPresent() && painAfter.isPresent() && painAfter.getAsInt() - painBefore.getAsInt() >= 2;
        }
    }

    /**
     * The clinic's settings for progression and adherence.
     *
     * @param gap              a break longer than this holds the level (twice as long steps it back)
     * @param runSharePercent  a session that did not complete counts as run when its active time reached this
     *                         share of the plan's planned time
     */
    public record Policy(Duration gap, int runSharePercent) {
        public static final Policy DEFAULT = new Policy(Duration.ofDays(7), 50);

        public Policy {
            if (gap.isNegative() || gap.isZero() || runSharePercent < 1 || runSharePercent > 100) {
                throw new IllegalArgumentException("a gap above zero and a share from 1 to 100 %: " + gap + ", " + runSharePercent);
            }
        }

        /** Whether a session counts as run: it completed, or ran the set share of its planned time. */
        public boolean ran(boolean completed, Duration active, Duration planned) {
            return completed || active.toMillis() * 100 >= planned.toMillis() * runSharePercent;
        }
    }

    public Plan plan() {
        return ran.plan();
    }

    /** What a session keeps of its progression: enough to say on its sheet what ran, what was proposed, and who decided. */
    /** Its message arguments are whole numbers as {@code long}, so a record read back from the store equals the one written. */
    public record Record(double percent, Outcome outcome, Decision decision, Optional<Double> proposedPercent, Message reason) {

        /** What to say of it, in order: why the rule did what it did, then what ran and who decided. */
        public List<Message> says() {
            return List.of(reason, Message.of("progression.decision." + decision.name(), percent, proposedPercent.orElse(percent)));
        }
    }

    public Record record() {
        return new Record(ran.percent(), outcome, decision, proposed.map(Level::percent), reason);
    }

    /**
     * The rule's finding before the clinician decides: the level to run without a raise, the raise it
     * offers (if any), and why.
     */
    public record Assessment(Level current, Optional<Level> proposal, Outcome outcome, Message reason, Plan baseline,
                             Optional<Speed> clientMax) {

        /** Runs without a decision: there was nothing to decide. */
        public Progression asIs() {
            if (proposal.isPresent()) {
                throw new IllegalStateException("a proposed raise needs the clinician's decision");
            }
            return new Progression(current, outcome, reason, Optional.empty(), Decision.NONE);
        }

        public Progression accept() {
            return new Progression(proposal.orElseThrow(), outcome, reason, proposal, Decision.ACCEPTED);
        }

        public Progression hold() {
            return new Progression(current, outcome, reason, proposal, Decision.HELD);
        }

        /** A smaller raise than proposed: {@code raisePercent} above the current level, more than 0, at most the proposal's. */
        public Progression adjust(double raisePercent) {
            double most = proposal.orElseThrow().percent() - current.percent();
            if (!(raisePercent > 0 && raisePercent <= most + 1e-9)) {
                throw new IllegalArgumentException("an adjusted raise is above 0 and at most " + most + " %: " + raisePercent);
            }
            return new Progression(level(baseline, current.percent() + raisePercent, clientMax), outcome, reason, proposal,
                    Decision.ADJUSTED);
        }

        /** The largest raise the clinician may choose, in % above the current level. */
        public double largestRaise() {
            return proposal.map(p -> p.percent() - current.percent()).orElse(0.0);
        }
    }

    /**
     * @param runs      the client's sessions on this plan since its baseline, oldest first
     * @param now       the moment the session is being prepared
     * @param clientMax the client's maximum speed, which no level passes
     */
    public static Assessment assess(Plan baseline, Rule rule, Policy policy, List<Run> runs, Instant now, Optional<Speed> clientMax) {
        if (baseline.mode() == TreadmillMode.UNPOWERED) {
            return new Assessment(new Level(0, baseline, false), Optional.empty(), Outcome.NOT_FOR_DEAD_MILL,
                    Message.of("progression.deadMill"), baseline, clientMax);
        }
        List<Run> counted = runs.stream().filter(Run::counts).toList();
        if (counted.isEmpty()) {
            return assessment(baseline, 0, Optional.empty(), Outcome.BASELINE, Message.of("progression.baseline"), clientMax);
        }
        Run last = counted.get(counted.size() - 1);
        double at = last.percent();
        long daysAway = Duration.between(last.at(), now).toDays();
        if (Duration.between(last.at(), now).compareTo(policy.gap().multipliedBy(2)) > 0 && at > 0) {
            double back = Math.max(0, at - rule.raisePercent());
            return assessment(baseline, back, Optional.empty(), Outcome.STEPPED_BACK_AFTER_GAP,
                    Message.of("progression.steppedBack", daysAway, Math.round(back)), clientMax);
        }
        if (Duration.between(last.at(), now).compareTo(policy.gap()) > 0) {
            return assessment(baseline, at, Optional.empty(), Outcome.HELD_AFTER_GAP,
                    Message.of("progression.heldAfterGap", daysAway, Math.round(at)), clientMax);
        }
        if (last.painRoseByTwoOrMore()) {
            return assessment(baseline, at, Optional.empty(), Outcome.HELD_FOR_PAIN,
                    Message.of("progression.held", (long) last.painBefore().getAsInt(), (long) last.painAfter().getAsInt()), clientMax);
        }
        int atThisLevel = 0;
        for (int i = counted.size() - 1; i >= 0 && Math.abs(counted.get(i).percent() - at) < 1e-9; i--) {
            atThisLevel++;
        }
        int needed = baseline.sessionsPerWeek();
        if (atThisLevel < needed) {
            return assessment(baseline, at, Optional.empty(), Outcome.COUNTING,
                    Message.of("progression.counting", (long) atThisLevel, (long) needed, Math.round(at)), clientMax);
        }
        double next = at + rule.raisePercent();
        return assessment(baseline, at, Optional.of(next), Outcome.PROPOSED,
                Message.of("progression.proposed", (long) atThisLevel, Math.round(at), Math.round(next)), clientMax);
    }

    private static Assessment assessment(Plan baseline, double percent, Optional<Double> proposal, Outcome outcome, Message reason,
                                         Optional<Speed> clientMax) {
        return new Assessment(level(baseline, percent, clientMax), proposal.map(p -> level(baseline, p, clientMax)), outcome, reason,
                baseline, clientMax);
    }

    /** The plan {@code percent} above its baseline, every speed but the handrail's raised, none past the client's maximum. */
    static Level level(Plan baseline, double percent, Optional<Speed> clientMax) {
        if (percent <= 0) {
            return new Level(0, baseline, false);
        }
        Scaler scaler = new Scaler(1 + percent / 100, clientMax);
        List<Block> blocks = new ArrayList<>();
        baseline.blocks().forEach(b -> blocks.add(scaler.block(b)));
        Speed fastest = Speed.min(Bounds.FASTEST_TARGET, new Speed(Math.max(baseline.limits().maxSpeed().metresPerSecond(),
                scaler.fastest.metresPerSecond())));
        return new Level(percent, baseline.withBlocks(blocks, new PlanLimits(fastest, baseline.limits().maxStep())), scaler.capped);
    }

    /** Multiplies every speed but the handrail's by the level's factor, capping at the client's maximum. */
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
                return h; // the walker's safe start: never faster than the clinician wrote it
            }
            if (b instanceof SteadyBlock s) {
                return new SteadyBlock(s.duration(), target(s.target()), s.grade());
            }
            if (b instanceof CooldownBlock c) {
                return new CooldownBlock(c.duration(), target(c.target()), c.grade());
            }
            if (b instanceof IntervalBlock i) {
                return new IntervalBlock(i.repeats(), i.workDuration(), target(i.workTarget()), i.recoveryDuration(), recovery(i.recovery()),
                        i.grade());
            }
            RampBlock r = (RampBlock) b;
            Target from = target(r.from());
            Target to = target(r.to());
            // A cap can flatten a ramp (both ends at the maximum): it becomes a steady stretch of the same length,
            // unless its grade still climbs. The grades are the clinician's and are never raised.
            return from.equals(to) && !r.rampsGrade() ? new SteadyBlock(r.plannedDuration(), to, r.gradeTo())
                    : new RampBlock(from, to, r.step(), r.stepDuration(), r.gradeFrom(), r.gradeTo(), r.gradeStep());
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
            raised = Speed.ofKmh(Math.round(raised.kmh() * 10 + 1e-9) / 10.0); // 3.75 is 3.8, whatever the binary fraction
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
