package dev.planetl.extract;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The streaming XML (StAX) set-up the package readers share (DOCX parts, HWPX sections): their XML comes from
 * untrusted files, so no reader of theirs may process a DTD or resolve an external entity (XXE, entity bombs).
 */
public final class Stax {

    private Stax() {
    }

    /**
     * A new factory of the JDK's own implementation (no provider found on the class path can swap in a reader that
     * ignores these settings): no DTD, no external entities, namespace aware, text coalesced into one event.
     * A factory is not thread-safe to configure; one per reader.
     */
    public static XMLInputFactory lockedDownFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Reads past the end of the element the reader stands on (at its start tag), children and all. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }
}
