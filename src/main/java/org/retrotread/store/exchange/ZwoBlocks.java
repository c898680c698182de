package org.retrotread.store.exchange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.InvalidPlanException;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.store.PlanFileProblem;

/**
 * A Zwift run's steps made blocks. A speed is either {@code Speed} in metres a second (and, by the same pattern,
 * {@code SpeedLow}/{@code SpeedHigh} and {@code OnSpeed}/{@code OffSpeed}), or a share of the
 * reference pace ({@code Power}, {@code PowerLow}/{@code PowerHigh}, {@code OnPower}/{@code OffPower}),
 * kept to the 0.1 km/h a person types; {@code Incline} is a fraction up to 0.4 (Zwift's) or else a percentage.
 */
final class ZwoBlocks {

    private static final double KMH_PER_METRE_PER_SECOND = 3.6;

    private final Optional<Speed> pace;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Message> notes = new ArrayList<>();
    private boolean rounded;
    private int textEvents;

    private ZwoBlocks(Optional<Speed> pace) {
        this.pace = pace;
    }

    static ImportedPlan assemble(String name, List<ZwoStep> steps, Optional<Speed> pace) throws PlanFileProblem {
        ZwoBlocks b = new ZwoBlocks(pace);
        for (ZwoStep step : steps) {
            b.textEvents += step.textEvent() ? 1 : 0;
            try {
                b.step(step);
            } catch (InvalidPlanException e) {
                throw ImportedPlan.refusal(step::at, e);
            }
        }
        if (b.rounded) {
            b.notes.add(0, pace.map(p -> Message.of("planFile.zwo.fromPace", p)).orElse(Message.of("planFile.zwo.roundedSpeeds")));
        }
        if (b.textEvents > 0) {
            b.notes.add(Message.of("planFile.qz.textEvents", b.textEvents));
        }
        return ImportedPlan.checked(name, "Zwift", b.blocks, b.notes, Optional.empty());
    }

    private void step(ZwoStep step) throws PlanFileProblem {
        step.get("Cadence").ifPresent(c -> notes.add(step.at(Message.of("planFile.qz.cadence", "Cadence=" + c))));
        switch (step.kind()) {
            case "steadystate" -> blocks.add(new SteadyBlock(ZwoReader.seconds(step, "Duration"),
                    new Target.AtSpeed(speed(step, "Power")), grade(step)));
            case "warmup", "ramp", "cooldown" -> ramp(step);
            case "intervalst" -> blocks.add(new IntervalBlock(repeats(step), ZwoReader.seconds(step, "OnDuration"),
                    new Target.AtSpeed(speed(step, "OnPower")), ZwoReader.seconds(step, "OffDuration"),
                    new Recovery.Backward(new Target.AtSpeed(speed(step, "OffPower"))), grade(step)));
            default -> notes.add(step.at(Message.of("planFile.zwo.stepNotRun", step.tag())));
        }
    }

    private void ramp(ZwoStep step) throws PlanFileProblem {
        Duration duration = ZwoReader.seconds(step, "Duration");
        boolean ramps = step.has("PowerLow") || step.has("SpeedLow");
        Speed from = speed(step, ramps ? "PowerLow" : "Power");
        Speed to = ramps ? speed(step, "PowerHigh") : from;
        Grade grade = grade(step);
        if (from.sameAs(to) && step.kind().equals("cooldown")) {
            blocks.add(new CooldownBlock(duration, new Target.AtSpeed(from), grade));
            return;
        }
        SteppedRamp.Stepped stepped = SteppedRamp.of(from, to, duration, grade);
        blocks.add(stepped.block());
        if (stepped.note() != null) {
            notes.add(step.at(stepped.note()));
        }
    }

    /**
     * A speed in m/s when the step gives one ({@code SpeedLow} for {@code PowerLow}, {@code OnSpeed} for
     * {@code OnPower}..., else {@code Speed}), or else {@code shareAttribute} times the reference pace.
     */
    private Speed speed(ZwoStep step, String shareAttribute) throws PlanFileProblem {
        String own = shareAttribute.replace("Power", "Speed");
        Optional<Double> metresPerSecond = ZwoReader.number(step, step.has(own) ? own : "Speed");
        double kmh;
        if (metresPerSecond.isPresent()) {
            kmh = metresPerSecond.get() * KMH_PER_METRE_PER_SECOND;
        } else {
            double share = ZwoReader.number(step, shareAttribute).orElseThrow(() -> new PlanFileProblem(step.at(
                    Message.of("planFile.xml.missing", shareAttribute))));
            kmh = share * pace.orElseThrow().kmh();
        }
        double tenths = Math.round(kmh * 10) / 10.0;
        rounded |= Math.abs(tenths - kmh) > 1e-6;
        return Speed.ofKmh(tenths);
    }

    private Grade grade(ZwoStep step) throws PlanFileProblem {
        Optional<Double> incline = ZwoReader.number(step, "Incline");
        if (incline.isEmpty()) {
            return Grade.LEVEL;
        }
        double percent = Math.abs(incline.get()) <= 0.4 ? incline.get() * 100 : incline.get();
        List<Message> rounded = new ArrayList<>();
        Grade grade = Grades.percent("Incline", step.get("Incline").get(), percent, rounded,
                m -> new PlanFileProblem(step.at(m)));
        rounded.forEach(n -> notes.add(step.at(n)));
        return grade;
    }

    private static int repeats(ZwoStep step) throws PlanFileProblem {
        double repeats = ZwoReader.number(step, "Repeat").orElse(1.0);
        if (repeats != Math.rint(repeats)) {
            throw new PlanFileProblem(step.at(Message.of("planFile.qz.timesOutOfRange", step.get("Repeat").get())));
        }
        return (int) repeats;
    }
}
