package org.retrotread.store.exchange;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Speed;
import org.retrotread.store.PlanFileProblem;

/**
 * Reads a Zwift workout ({@code .zwo}) for a run into a plan for the editor. The steps a treadmill session
 * can follow ({@code SteadyState}, {@code Warmup}, {@code Cooldown}, {@code Ramp}, {@code IntervalsT}) become
 * blocks ({@link ZwoBlocks}); others ({@code FreeRide}, {@code MaxEffort}) are listed and left out. A bike
 * workout, or one whose steps are distances, is refused whole with the reason.
 */
public final class ZwoReader {

    private ZwoReader() {
    }

    /**
     * @param referencePace the speed a {@code Power} of 1.0 means; empty until the person has said it
     * @throws ReferencePaceNeeded when a step gives its speed only as a share of that pace and none was given
     */
    public static ImportedPlan read(Path file, Optional<Speed> referencePace)
            throws PlanFileProblem, ReferencePaceNeeded {
        XmlSource xml = XmlSource.open(file);
        if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.name().equalsIgnoreCase("workout_file")) {
            throw new PlanFileProblem(Message.of("planFile.zwo.notWorkout", xml.file()));
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.zwo$", "");
        String sport = "";
        String durationType = "";
        List<ZwoStep> steps = new ArrayList<>();
        boolean inWorkout = false;
        for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
            String tag = xml.name().toLowerCase(Locale.ROOT);
            if (event == XMLStreamConstants.END_ELEMENT) {
                inWorkout &= !tag.equals("workout");
            } else if (inWorkout) {
                steps.add(step(xml, steps.size() + 1));
            } else if (tag.equals("workout")) {
                inWorkout = true;
            } else if (tag.equals("name")) {
                String text = xml.text();
                name = text.isEmpty() ? name : text;
            } else if (tag.equals("sporttype")) {
                sport = xml.text();
            } else if (tag.equals("durationtype")) {
                durationType = xml.text();
            }
        }
        if (!sport.toLowerCase(Locale.ROOT).contains("run")) {
            throw new PlanFileProblem(Message.of("planFile.zwo.bike", xml.file(), sport.isEmpty() ? "bike" : sport));
        }
        if (durationType.toLowerCase(Locale.ROOT).contains("distance")) {
            throw new PlanFileProblem(Message.of("planFile.zwo.byDistance", xml.file()));
        }
        Optional<ZwoStep> shares = steps.stream().filter(ZwoStep::needsPace).findFirst();
        if (shares.isPresent() && referencePace.isEmpty()) {
            throw new ReferencePaceNeeded(shares.get().pace());
        }
        return ZwoBlocks.assemble(name, steps, referencePace);
    }

    /** A step's tag and attributes, and whether it holds on-screen messages (read to its end tag). */
    private static ZwoStep step(XmlSource xml, int number) throws PlanFileProblem {
        String tag = xml.name();
        int line = xml.line();
        var attributes = xml.attributes();
        boolean textEvent = false;
        for (int event = xml.next(); !(event == XMLStreamConstants.END_ELEMENT && xml.name().equals(tag)); event = xml.next()) {
            textEvent |= event == XMLStreamConstants.START_ELEMENT && xml.name().equalsIgnoreCase("textevent");
        }
        return new ZwoStep(tag, line, number, attributes, textEvent);
    }

    /** A duration in seconds as Zwift writes it ("300", sometimes "300.0"). */
    static Duration seconds(ZwoStep step, String attribute) throws PlanFileProblem {
        double seconds = number(step, attribute).orElseThrow(() -> new PlanFileProblem(step.at(
                Message.of("planFile.xml.missing", attribute))));
        return Duration.ofSeconds(Math.round(seconds));
    }

    static Optional<Double> number(ZwoStep step, String attribute) throws PlanFileProblem {
        Optional<String> raw = step.get(attribute);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> value = XmlSource.decimal(raw.get());
        if (value.isEmpty() || value.get() < 0 && !attribute.equalsIgnoreCase("Incline")) {
            throw new PlanFileProblem(step.at(Message.of("planFile.xml.notNumber", attribute, XmlSource.quoted(raw.get()))));
        }
        return value;
    }
}
