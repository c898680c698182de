package org.retrotread.store.exchange;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.retrotread.session.text.Message;
import org.retrotread.store.PlanFileProblem;
import org.retrotread.store.PlanFiles;

/**
 * Another tool's XML file, read without trusting it: at most a plan file's size, no DTD and no outside
 * entities (so a file cannot make the reader fetch or expand anything), and every refusal on its line.
 * Only start and end tags are seen; text, comments and processing instructions pass by.
 */
final class XmlSource {

    /** Retrotread's own attributes in a QZ programme, which QZ ignores: what the plan means beyond QZ's rows. */
    static final String OURS = "urn:retrotread:qz:1";

    /** A plain decimal, as both formats write numbers; "1e3", "7,0", "NaN" and 400 digits are not numbers here. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,6}(\\.\\d{1,9})?");

    private final XMLStreamReader reader;
    private final String file;

    private XmlSource(XMLStreamReader reader, String file) {
        this.reader = reader;
        this.file = file;
    }

    static XmlSource open(Path path) throws PlanFileProblem {
        byte[] bytes = PlanFiles.bytes(path);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            return new XmlSource(factory.createXMLStreamReader(new ByteArrayInputStream(bytes)), path.toString());
        } catch (XMLStreamException e) {
            throw new PlanFileProblem(Message.of("planFile.notXml", path.toString(), brief(e)));
        }
    }

    /** The next start or end tag ({@link XMLStreamConstants}), or the end of the document. */
    int next() throws PlanFileProblem {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw new PlanFileProblem(Message.of("planFile.atLine", line(),
                    Message.of("planFile.notXml", file, brief(e))));
        }
    }

    /** The text inside the tag just started (a ZWO's name or sport), whitespace trimmed. */
    String text() throws PlanFileProblem {
        try {
            return reader.getElementText().strip();
        } catch (XMLStreamException e) {
            throw refusal("planFile.notXml", file, brief(e));
        }
    }

    String name() {
        return reader.getLocalName();
    }

    String file() {
        return file;
    }

    int line() {
        return reader.getLocation().getLineNumber();
    }

    /** The tag's attributes in no namespace (the format's own), by name as written, in document order. */
    Map<String, String> attributes() {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if (namespace == null || namespace.isEmpty()) {
                all.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
        return all;
    }

    /** One of Retrotread's own attributes on this tag. */
    Optional<String> ours(String localName) {
        return Optional.ofNullable(reader.getAttributeValue(OURS, localName));
    }

    /** A number written as a plain decimal, or a refusal naming the attribute and what it held. */
    double number(String attribute, String raw) throws PlanFileProblem {
        return decimal(raw).orElseThrow(() -> refusal("planFile.xml.notNumber", attribute, quoted(raw)));
    }

    /** {@code raw} as a plain decimal, or empty when it is not one. */
    static Optional<Double> decimal(String raw) {
        String value = raw.strip();
        return DECIMAL.matcher(value).matches() ? Optional.of(Double.parseDouble(value)) : Optional.empty();
    }

    /** At most twenty characters of what a file held, for a sentence that quotes it. */
    static String quoted(String raw) {
        return raw.length() > 20 ? raw.substring(0, 20) + "\u2026" : raw;
    }

    /** A refusal of the whole file, placed on the current line. */
    PlanFileProblem refusal(String key, Object... args) {
        return refusal(Message.of(key, args));
    }

    PlanFileProblem refusal(Message reason) {
        return new PlanFileProblem(Message.of("planFile.atLine", line(), reason));
    }

    private static String brief(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int detail = message.indexOf("Message: ");
        return detail >= 0 ? message.substring(detail + "Message: ".length()) : message;
    }
}
