package org.retrotread.store.exchange;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.store.PlanFileProblem;

/**
 * Reads a QZ training programme ({@code <rows>} of {@code <row>} and {@code <repeat times="N">}, as QZ's
 * {@code train-programs-examples/README.md} describes it) into rows, refusing the whole file at the first
 * thing that cannot be read (no duration, a speed that is not a number, a repeat inside a repeat), and
 * listing row by row what can be read but not run. {@link QzBlocks} makes the rows blocks.
 */
public final class QzReader {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d):([0-5]\\d)");
    /** QZ's attributes for things a hand-set treadmill session has no part in, with the note each gets. */
    private static final Map<String, String> NOT_RUN = notRun();
    private static final List<String> HINTS = List.of("block", "release", "steps", "step", "stepduration", "gradestep",
            "recovery");

    private final XmlSource xml;
    private int rows;

    private QzReader(XmlSource xml) {
        this.xml = xml;
    }

    /** The programme in {@code file} as a plan for the editor, or the reason it was refused. */
    public static ImportedPlan read(Path file) throws PlanFileProblem {
        XmlSource xml = XmlSource.open(file);
        if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.name().equals("rows")) {
            throw new PlanFileProblem(Message.of("planFile.qz.notProgramme", xml.file()));
        }
        Map<String, String> planHints = new LinkedHashMap<>();
        for (String hint : List.of("plan", "maxspeed", "maxstep", "perweek", "railslevel")) {
            xml.ours(hint).ifPresent(v -> planHints.put(hint, v));
        }
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.xml$", "");
        List<QzBlocks.Item> items = new QzReader(xml).items();
        return QzBlocks.assemble(planHints.getOrDefault("plan", stem), items, planHints);
    }

    private List<QzBlocks.Item> items() throws PlanFileProblem {
        List<QzBlocks.Item> items = new ArrayList<>();
        List<QzRow> repeated = null;
        int times = 0;
        int repeatLine = 0;
        Map<String, String> repeatHints = Map.of();
        for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
            boolean start = event == XMLStreamConstants.START_ELEMENT;
            if (start && xml.name().equals("repeat")) {
                if (repeated != null) {
                    throw xml.refusal("planFile.qz.nestedRepeat");
                }
                repeated = new ArrayList<>();
                repeatLine = xml.line();
                times = times();
                repeatHints = hints();
            } else if (!start && xml.name().equals("repeat")) {
                items.add(new QzBlocks.Item(repeatLine, times, repeated, repeatHints));
                repeated = null;
            } else if (start && xml.name().equals("row")) {
                QzRow row = row();
                if (repeated != null) {
                    repeated.add(row);
                } else {
                    items.add(new QzBlocks.Item(row.line(), 1, List.of(row), Map.of()));
                }
            }
        }
        return items;
    }

    private int times() throws PlanFileProblem {
        String raw = xml.attributes().get("times");
        if (raw == null) {
            throw xml.refusal("planFile.qz.noTimes");
        }
        double times = xml.number("times", raw);
        if (times != Math.rint(times) || times < 1 || times > 1000) {
            throw xml.refusal("planFile.qz.timesOutOfRange", raw);
        }
        return (int) times;
    }

    private Map<String, String> hints() {
        Map<String, String> hints = new LinkedHashMap<>();
        HINTS.forEach(h -> xml.ours(h).ifPresent(v -> hints.put(h, v)));
        return hints;
    }

    private QzRow row() throws PlanFileProblem {
        int line = xml.line();
        int step = ++rows;
        Map<String, String> a = xml.attributes();
        Map<String, String> hints = hints();
        String clock = a.get("duration");
        if (clock == null) {
            throw new PlanFileProblem(Message.of("planFile.atStep", line, step, Message.of("planFile.qz.noDuration")));
        }
        Matcher m = CLOCK.matcher(clock.strip());
        if (!m.matches()) {
            throw new PlanFileProblem(Message.of("planFile.atStep", line, step, Message.of("planFile.qz.badDuration", clock)));
        }
        Duration duration = Duration.ofSeconds(Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60
                + Long.parseLong(m.group(3)));
        Optional<Speed> speed = a.containsKey("speed") ? Optional.of(speed("speed", a.get("speed"))) : Optional.empty();
        Optional<List<Speed>> ramp = a.containsKey("speedfrom") && a.containsKey("speedto")
                ? Optional.of(List.of(speed("speedfrom", a.get("speedfrom")), speed("speedto", a.get("speedto"))))
                : Optional.empty();
        List<Message> ignored = new ArrayList<>();
        Grade grade = a.containsKey("inclination") ? Grades.read(xml, "inclination", a.get("inclination"), ignored)
                : Grade.LEVEL;
        boolean runnable = speed.isPresent() || ramp.isPresent();
        if (a.containsKey("distance")) {
            ignored.add(Message.of("planFile.qz.byDistance", a.get("distance")));
            runnable = false;
        }
        Map<String, List<String>> notRun = new LinkedHashMap<>();
        a.forEach((name, value) -> {
            String key = NOT_RUN.get(name);
            if (key != null && !(name.equals("zonehr") && value.strip().equals("0"))) {
                notRun.computeIfAbsent(key, k -> new ArrayList<>()).add(name + "=" + value);
            }
        });
        notRun.forEach((key, values) -> ignored.add(Message.of(key, String.join(", ", values))));
        boolean textEvent = false;
        for (int event = xml.next(); !(event == XMLStreamConstants.END_ELEMENT && xml.name().equals("row")); event = xml.next()) {
            textEvent |= event == XMLStreamConstants.START_ELEMENT && xml.name().equals("textevent");
        }
        return new QzRow(line, step, duration, speed, ramp, grade, ignored, runnable, hints, textEvent);
    }

    private Speed speed(String attribute, String raw) throws PlanFileProblem {
        double kmh = xml.number(attribute, raw);
        if (kmh < 0) {
            throw xml.refusal("planFile.xml.negative", attribute, raw);
        }
        return Speed.ofKmh(kmh);
    }

    private static Map<String, String> notRun() {
        Map<String, String> all = new LinkedHashMap<>();
        for (String hr : List.of("zonehr", "hrmin", "hrmax", "hrabove", "hrbelow", "looptimehr", "minspeed", "maxspeed")) {
            all.put(hr, "planFile.qz.heartRate");
        }
        for (String power : List.of("power", "powerzone", "powerfrom", "powerto", "powerzonefrom", "powerzoneto", "mets",
                "pace_intensity")) {
            all.put(power, "planFile.qz.power");
        }
        for (String bike : List.of("cadence", "lower_cadence", "upper_cadence", "resistance", "lower_resistance",
                "upper_resistance", "maxresistance", "requested_peloton_resistance", "lower_requested_peloton_resistance",
                "upper_requested_peloton_resistance")) {
            all.put(bike, "planFile.qz.cadence");
        }
        all.put("fanspeed", "planFile.qz.fan");
        for (String place : List.of("latitude", "longitude", "altitude", "azimuth")) {
            all.put(place, "planFile.qz.route");
        }
        return all;
    }
}
