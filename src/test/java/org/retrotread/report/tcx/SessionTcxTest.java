package org.retrotread.report.tcx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrotread.report.SheetFixturesAccess;
import org.retrotread.report.SheetInput;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * TCX files written from sessions run through the real engine, checked by the JDK's XML validator against Garmin's
 * own schema (a copy in the test resources, with its origin), and read back: laps and track points reach the
 * session's active time and distance.
 */
class SessionTcxTest {

    static List<SheetInput> sessions() {
        return List.of(SheetFixturesAccess.knee(), SheetFixturesAccess.uphill(), SheetFixturesAccess.deadMill(),
                SheetFixturesAccess.unfinished());
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void everyExportIsValidAgainstGarminsSchemaAndSumsToTheSession(SheetInput session) throws Exception {
        byte[] tcx = SessionTcx.write(session, "0.1.0");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("TrainingCenterDatabasev2.xsd")).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(tcx))); // throws, with line and column, if not valid

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(tcx));
        SessionSummary summary = session.summary();
        List<Element> laps = elements(doc.getDocumentElement(), "Lap");
        double seconds = 0;
        double metres = 0;
        for (Element lap : laps) {
            seconds += Double.parseDouble(child(lap, "TotalTimeSeconds"));
            metres += Double.parseDouble(child(lap, "DistanceMeters"));
        }
        assertThat(seconds).isCloseTo(summary.activeTime().toNanos() / 1e9, Offset.offset(0.01));
        double walked = summary.backwardDistance().metres() + summary.forwardDistance().metres();
        assertThat(metres).isCloseTo(walked, Offset.offset(0.01));
        List<Element> points = elements(doc.getDocumentElement(), "Trackpoint");
        assertThat(points).hasSizeBetween((int) Math.floor(seconds), (int) Math.ceil(seconds));
        assertThat(Double.parseDouble(child(points.get(points.size() - 1), "DistanceMeters"))).isCloseTo(walked, Offset.offset(0.01));
        assertThat(elements(doc.getDocumentElement(), "Position")).isEmpty(); // a treadmill goes nowhere
        Element creator = elements(doc.getDocumentElement(), "Creator").get(0);
        assertThat(child(creator, "Name")).isEqualTo("Retrotread");
        assertThat(((Element) doc.getElementsByTagNameNS(SessionTcx.NAMESPACE, "Activity").item(0)).getAttribute("Sport"))
                .isEqualTo("Other"); // walking backward, not a run
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void heartRatesAppearWhereTheyWereTakenAndCaloriesWhereThereIsAnEstimate(SheetInput session) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(SessionTcx.write(session, "0.1.0")));
        List<String> rates = new ArrayList<>();
        for (Element point : elements(doc.getDocumentElement(), "Trackpoint")) {
            elements(point, "HeartRateBpm").forEach(h -> rates.add(child(h, "Value")));
        }
        assertThat(rates).hasSize(session.summary().heartRate().readings().size());
        long calories = elements(doc.getDocumentElement(), "Lap").stream().mapToLong(l -> Long.parseLong(child(l, "Calories"))).sum();
        assertThat(calories).isCloseTo(session.summary().energy() instanceof EnergyEstimate.Estimated e
                ? Math.round(e.energy().kilocalories()) : 0L, Offset.offset(2L));
    }

    private static List<Element> elements(Element in, String name) {
        NodeList list = in.getElementsByTagNameNS(SessionTcx.NAMESPACE, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String child(Element parent, String name) {
        return elements(parent, name).get(0).getTextContent();
    }

    /** The committed sample (docs/samples/session.tcx, made by docs/samples/make.sh) is valid too. */
    @Test
    void theCommittedSampleIsValidAgainstGarminsSchema() throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(getClass().getResource("TrainingCenterDatabasev2.xsd"))
                .newValidator().validate(new StreamSource(Path.of("docs/samples/session.tcx").toFile()));
    }
}
