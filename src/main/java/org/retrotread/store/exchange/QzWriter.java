package org.retrotread.store.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.CooldownBlock;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.IntervalBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.plan.Recovery;
import org.retrotread.session.plan.SteadyBlock;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.store.OwnerOnly;

/**
 * A powered plan as a QZ training programme (qdomyos-zwift's {@code <rows>} XML), so a home treadmill QZ
 * drives can run it: every block a row (or a {@code <repeat>} of work and recovery) at a forced speed and
 * the block's incline, with {@code zonehr="0"} as QZ's authoring guide asks of forced rows. A ramp of speed
 * is QZ's own {@code speedfrom}/{@code speedto}; a ramp that changes the grade is one row per step, since
 * QZ ramps speed only. What QZ has no word for (the kind of block, the handrail release, a ramp's steps,
 * the plan's limits) rides along in Retrotread's own namespace, which QZ ignores, so that reading the file
 * back gives the same plan.
 */
public final class QzWriter {

    private final XMLStreamWriter xml;
    private final QzWords words;

    private QzWriter(XMLStreamWriter xml, QzWords words) {
        this.xml = xml;
        this.words = words;
    }

    /** Writes the file whole or not at all, owner-only. A dead-mill plan has no speeds for QZ and is refused. */
    public static void write(Path target, Plan plan, QzWords words) throws IOException {
        if (plan.mode() != TreadmillMode.POWERED) {
            throw new IllegalArgumentException("a dead-mill plan has no belt speeds for QZ to set");
        }
        OwnerOnly.write(target, out -> write(out, plan, words));
    }

    static void write(OutputStream out, Plan plan, QzWords words) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeComment(" " + safeComment(xmlText(words.comment())) + " ");
            xml.writeCharacters("\n");
            xml.writeStartElement("rows");
            xml.writeNamespace("retrotread", XmlSource.OURS);
            xml.writeAttribute(XmlSource.OURS, "plan", xmlText(plan.name()));
            xml.writeAttribute(XmlSource.OURS, "maxspeed", kmh(plan.limits().maxSpeed()));
            xml.writeAttribute(XmlSource.OURS, "maxstep", kmh(plan.limits().maxStep()));
            xml.writeAttribute(XmlSource.OURS, "perweek", Integer.toString(plan.sessionsPerWeek()));
            xml.writeAttribute(XmlSource.OURS, "railslevel", Boolean.toString(plan.railsLevel()));
            QzWriter writer = new QzWriter(xml, words);
            for (Block block : plan.blocks()) {
                writer.block(block);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            out.write('\n'); // after the root, where the writer keeps no text: a file ends with a line end
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void block(Block block) throws XMLStreamException {
        if (block instanceof HandrailBlock h) {
            openRow(1, "handrail", h.minimumTime(), h.target(), h.grade(), true);
            xml.writeAttribute(XmlSource.OURS, "release",
                    h.release() == HandrailBlock.Release.ON_CONFIRMATION ? "confirmation" : "stay");
            endRow(1, words.onRails());
        } else if (block instanceof SteadyBlock s) {
            openRow(1, "steady", s.duration(), s.target(), s.grade(), false);
        } else if (block instanceof CooldownBlock c) {
            openRow(1, "cooldown", c.duration(), c.target(), c.grade(), false);
        } else if (block instanceof RampBlock r) {
            ramp(r);
        } else {
            intervals((IntervalBlock) block);
        }
    }

    private void ramp(RampBlock r) throws XMLStreamException {
        if (!r.rampsGrade()) {
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("row");
            xml.writeAttribute("duration", clock(r.plannedDuration()));
            xml.writeAttribute("speedfrom", kmh(speed(r.from())));
            xml.writeAttribute("speedto", kmh(speed(r.to())));
            xml.writeAttribute("inclination", percent(r.gradeFrom()));
            forced();
            xml.writeAttribute(XmlSource.OURS, "block", "ramp");
            rampHints(r);
            return;
        }
        List<Target> speeds = r.stepTargets();
        List<Grade> grades = r.stepGrades();
        for (int i = 0; i < speeds.size(); i++) {
            openRow(1, "ramp-step", r.stepDuration(), speeds.get(i), grades.get(i), false);
            if (i == 0) {
                xml.writeAttribute(XmlSource.OURS, "steps", Integer.toString(speeds.size()));
                rampHints(r);
            }
        }
    }

    private void rampHints(RampBlock r) throws XMLStreamException {
        xml.writeAttribute(XmlSource.OURS, "step", kmh(speed(r.step())));
        xml.writeAttribute(XmlSource.OURS, "stepduration", Long.toString(r.stepDuration().toSeconds()));
        xml.writeAttribute(XmlSource.OURS, "gradestep", percent(r.gradeStep()));
    }

    private void intervals(IntervalBlock i) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("repeat");
        xml.writeAttribute("times", Integer.toString(i.repeats()));
        xml.writeAttribute(XmlSource.OURS, "block", "intervals");
        String recovery = i.recovery() instanceof Recovery.Backward ? "backward"
                : i.recovery() instanceof Recovery.Stand ? "stand" : "forward";
        xml.writeAttribute(XmlSource.OURS, "recovery", recovery);
        openRow(2, "work", i.workDuration(), i.workTarget(), i.grade(), false);
        String message = switch (recovery) {
            case "stand" -> words.stand();
            case "forward" -> words.forward();
            default -> null;
        };
        openRow(2, "recovery", i.recoveryDuration(), i.recovery().targetIfAny().orElse(null), i.grade(), message != null);
        endRow(2, message);
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /**
     * Starts a row, left open for more attributes: an empty tag, or (with {@code message}) one that
     * {@link #endRow} closes after its text event. {@code target} null keeps the belt as it is.
     */
    private void openRow(int depth, String kind, Duration duration, Target target, Grade grade, boolean message)
            throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        if (message) {
            xml.writeStartElement("row");
        } else {
            xml.writeEmptyElement("row");
        }
        xml.writeAttribute("duration", clock(duration));
        if (target != null) {
            xml.writeAttribute("speed", kmh(speed(target)));
        }
        xml.writeAttribute("inclination", percent(grade));
        if (target != null) {
            forced();
        }
        xml.writeAttribute(XmlSource.OURS, "block", kind);
    }

    /** QZ shows {@code message} on screen as the row starts; then the row is closed. */
    private void endRow(int depth, String message) throws XMLStreamException {
        if (message == null) {
            return;
        }
        xml.writeCharacters("\n" + "  ".repeat(depth + 1));
        xml.writeEmptyElement("textevent");
        xml.writeAttribute("timeoffset", "0");
        xml.writeAttribute("message", xmlText(message));
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeEndElement();
    }

    private void forced() throws XMLStreamException {
        xml.writeAttribute("forcespeed", "1");
        xml.writeAttribute("zonehr", "0");
    }

    private static Speed speed(Target target) {
        return ((Target.AtSpeed) target).speed();
    }

    /** Kilometres an hour to the micrometre per second an mph speed needs, trailing zeros dropped. */
    static String kmh(Speed speed) {
        return BigDecimal.valueOf(speed.kmh()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String percent(Grade grade) {
        return BigDecimal.valueOf(grade.tenthsOfPercent(), 1).stripTrailingZeros().toPlainString();
    }

    static String clock(Duration d) {
        long seconds = Math.round(d.toMillis() / 1000.0);
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Text XML 1.0 can hold: a control character (which no writer escapes, and no reader accepts) becomes U+FFFD. */
    static String xmlText(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    }

    /** A comment may not hold "--" (XML's rule): a plan name with one is written with a space between. */
    private static String safeComment(String text) {
        String safe = text;
        while (safe.contains("--")) {
            safe = safe.replace("--", "- -");
        }
        return safe.endsWith("-") ? safe + " " : safe;
    }
}
