package dev.planetl.extract.docx;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.Stax;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * The locked-down streaming XML reader every DOCX part is read with, and the few moves the readers share.
 *
 * <p>No DTD is processed and no external entity resolved; a part that declares a DOCTYPE is refused as
 * {@link Reason#HOSTILE} (WordprocessingML never needs one), as {@code HwpxPackageCheck} refuses it in HWPX.
 * The size of what is read is bounded by {@link DocxPackage}'s inflation cap. One instance per document.
 */
final class DocxXml {

    private final XMLInputFactory factory;
    private final String source;

    DocxXml(String source) {
        this.source = source;
        this.factory = Stax.lockedDownFactory();
    }

    /** A reader standing on the part's root element. */
    XMLStreamReader open(byte[] xml, String part) throws ExtractionException {
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ExtractionException(Reason.HOSTILE, source + ": part " + part + " declares a DOCTYPE"
                            + " (document type definition); DOCX never needs one and it can make the XML parser read"
                            + " other files or expand entities without bound, so the file is refused");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return r;
                }
            }
            throw malformed(part, "it has no root element");
        } catch (XMLStreamException e) {
            throw malformed(part, e.getMessage());
        }
    }

    ExtractionException malformed(String part, String why) {
        return new ExtractionException(Reason.CORRUPT, source + ": the DOCX package is damaged (part " + part
                + " is not well-formed XML: " + firstLine(why) + ")");
    }

    /** An attribute by its local name, whatever its namespace prefix ({@code w:val}, {@code val}). */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** WordprocessingML's main namespace, transitional or strict. */
    static boolean isWord(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return "http://schemas.openxmlformats.org/wordprocessingml/2006/main".equals(ns)
                || "http://purl.oclc.org/ooxml/wordprocessingml/main".equals(ns);
    }

    /** An on/off property: absent value is on; {@code true}, {@code on}, {@code 1} are on. */
    static boolean onOff(String value) {
        return value == null || value.equals("true") || value.equals("on") || value.equals("1");
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
