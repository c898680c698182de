package org.retrotread.report.tcx;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.retrotread.report.SheetInput;
import org.retrotread.session.SessionState;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.summary.ActiveSeconds;
import org.retrotread.session.summary.BlockTime;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.units.HeartRate;

/**
 * A finished session as a Training Center XML activity (Garmin's TCX, version 2), which Garmin Connect, Strava and
 * most training logs import: one lap per block walked, a track point each second of active time (no positions: a
 * treadmill goes nowhere), the distance so far, the speed (Garmin's activity extension), and the heart rate at the
 * second one was taken. Written as the sheet is, from the session as its corrections make it (decision 23).
 */
public final class SessionTcx {

    static final String NAMESPACE = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    static final String EXTENSION = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private SessionTcx() {
    }

    /**
     * @param version this Retrotread's version ("0.1.0"), written in the file's Creator
     */
    public static byte[] write(SheetInput in, String version) {
        Corrected corrected = in.corrected();
        List<SessionEvent> events = corrected.events();
        SessionSummary summary = corrected.summary();
        SessionState end = SessionState.replay(in.plan(), events);
        List<ActiveSeconds.Second> seconds = ActiveSeconds.of(in.plan(), events);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NAMESPACE);
            x.writeStartElement(NAMESPACE, "TrainingCenterDatabase");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeNamespace("xsi", XSI);
            x.writeNamespace("ns3", EXTENSION);
            x.writeStartElement(NAMESPACE, "Activities");
            x.writeStartElement(NAMESPACE, "Activity");
            boolean run = summary.backwardRun();
            x.writeAttribute("Sport", run ? "Running" : "Other");
            text(x, "Id", time(end.wallClockStart().orElse(in.record().openedAt())));
            List<List<ActiveSeconds.Second>> laps = ActiveSeconds.byBlock(seconds);
            double kcal = summary.energy() instanceof EnergyEstimate.Estimated e ? e.energy().kilocalories() : 0;
            ActiveSeconds.Second before = null;
            for (List<ActiveSeconds.Second> lap : laps) {
                lap(x, lap, Optional.ofNullable(before), blockTime(summary, lap.get(0).blockIndex()), end, kcal, summary.activeTime());
                before = lap.get(lap.size() - 1);
            }
            text(x, "Notes", "Retrotread: backward walking on a treadmill (" + in.plan().name() + ")");
            creator(x, version);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the TCX file could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static Duration blockTime(SessionSummary summary, int block) {
        return summary.blocks().stream().filter(b -> b.blockIndex() == block).map(BlockTime::actual).findFirst().orElse(Duration.ZERO);
    }

    /**
     * A lap: its time is the block's active time, its distance what the track points cover, its calories the block's
     * share (by time) of the session's estimate, or 0 where there is none (the schema requires the element).
     */
    private static void lap(XMLStreamWriter x, List<ActiveSeconds.Second> lap, Optional<ActiveSeconds.Second> before, Duration time,
                            SessionState end, double kcal, Duration active) throws XMLStreamException {
        ActiveSeconds.Second first = lap.get(0);
        ActiveSeconds.Second last = lap.get(lap.size() - 1);
        // The lap began where the one before ended (active time), less than a second before its first point.
        Duration startActive = before.map(ActiveSeconds.Second::active).orElse(Duration.ZERO);
        Instant lapStart = end.wallClockAt(first.at().minus(first.active().minus(startActive))).orElseThrow();
        x.writeStartElement(NAMESPACE, "Lap");
        x.writeAttribute("StartTime", time(lapStart));
        text(x, "TotalTimeSeconds", number(time.toNanos() / 1e9));
        text(x, "DistanceMeters", number(last.metres() - before.map(ActiveSeconds.Second::metres).orElse(0.0)));
        OptionalDouble fastest = lap.stream().flatMap(s -> s.speed().stream()).mapToDouble(s -> s.metresPerSecond()).max();
        if (fastest.isPresent()) {
            text(x, "MaximumSpeed", number(fastest.getAsDouble()));
        }
        long calories = active.isZero() ? 0 : Math.round(kcal * time.toNanos() / (double) active.toNanos());
        text(x, "Calories", String.valueOf(Math.min(65_535, calories)));
        List<HeartRate> rates = lap.stream().flatMap(s -> s.heartRate().stream()).toList();
        if (!rates.isEmpty()) {
            bpm(x, "AverageHeartRateBpm", (int) Math.round(rates.stream().mapToInt(HeartRate::beatsPerMinute).average().orElseThrow()));
            bpm(x, "MaximumHeartRateBpm", rates.stream().mapToInt(HeartRate::beatsPerMinute).max().orElseThrow());
        }
        text(x, "Intensity", "Active");
        text(x, "TriggerMethod", "Manual");
        x.writeStartElement(NAMESPACE, "Track");
        for (ActiveSeconds.Second s : lap) {
            point(x, s, end);
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void point(XMLStreamWriter x, ActiveSeconds.Second s, SessionState end) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, "Trackpoint");
        text(x, "Time", time(end.wallClockAt(s.at()).orElseThrow()));
        text(x, "DistanceMeters", number(s.metres()));
        Optional<HeartRate> rate = s.heartRate();
        if (rate.isPresent()) {
            bpm(x, "HeartRateBpm", rate.get().beatsPerMinute());
        }
        if (s.speed().isPresent()) {
            x.writeStartElement(NAMESPACE, "Extensions");
            x.writeStartElement(EXTENSION, "TPX");
            x.writeStartElement(EXTENSION, "Speed");
            x.writeCharacters(number(s.speed().get().metresPerSecond()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Who made the file: Retrotread and its version, as the schema's Device_t (its unit and product numbers 0). */
    private static void creator(XMLStreamWriter x, String version) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, "Creator");
        x.writeAttribute("xsi", XSI, "type", "Device_t");
        text(x, "Name", "Retrotread");
        text(x, "UnitId", "0");
        text(x, "ProductID", "0");
        String[] parts = (version + ".0.0.0").split("\\.");
        x.writeStartElement(NAMESPACE, "Version");
        text(x, "VersionMajor", whole(parts[0]));
        text(x, "VersionMinor", whole(parts[1]));
        text(x, "BuildMajor", whole(parts[2]));
        text(x, "BuildMinor", "0");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String whole(String part) {
        String digits = part.replaceAll("\\D.*", "");
        return digits.isEmpty() ? "0" : String.valueOf(Math.min(65_535, Integer.parseInt(digits.length() > 5 ? "65535" : digits)));
    }

    private static void bpm(XMLStreamWriter x, String name, int value) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, name);
        text(x, "Value", String.valueOf(value));
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
