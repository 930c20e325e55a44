package dev.planetl.extract.docx;

import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Stax;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Metadata from the core properties ({@code docProps/core.xml}: title, created; author, subject, keywords and the
 * like to {@code extra}) and the extended ones ({@code docProps/app.xml}: the producing application and the page
 * count it claims). Dates are W3CDTF, written as ISO instants to the millisecond; one without a zone is UTC.
 */
final class DocxProperties {

    private static final Map<String, String> EXTRA = Map.of("creator", "author", "lastModifiedBy", "lastModifiedBy",
            "subject", "subject", "keywords", "keywords", "description", "description", "category", "category");

    private DocxProperties() {
    }

    static DocumentMetadata read(byte[] core, String corePart, byte[] app, String appPart, DocxXml xml)
            throws ExtractionException {
        Map<String, String> values = new HashMap<>();
        leaves(core, corePart, xml, values);
        Map<String, String> extended = new HashMap<>();
        leaves(app, appPart, xml, extended);
        Map<String, String> extra = new HashMap<>();
        EXTRA.forEach((element, key) -> {
            String v = blankToNull(nfc(values.get(element)));
            if (v != null) {
                extra.put(key, v);
            }
        });
        String modified = instant(values.get("modified"));
        if (modified != null) {
            extra.put("modified", modified);
        }
        return new DocumentMetadata(DocumentFormat.DOCX, DocxExtractor.MEDIA_TYPE, blankToNull(nfc(values.get("title"))),
                instant(values.get("created")), pages(extended.get("Pages")), blankToNull(extended.get("Application")),
                extra);
    }

    /** The text of the root's child elements by local name; the first of each name counts. */
    private static void leaves(byte[] bytes, String part, DocxXml xml, Map<String, String> into)
            throws ExtractionException {
        if (bytes == null) {
            return;
        }
        XMLStreamReader r = xml.open(bytes, part);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    String text = leafText(r);
                    if (text != null) {
                        into.putIfAbsent(name, text);
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw xml.malformed(part, e.getMessage());
        }
    }

    /** An element's text when it holds only text (null for one holding elements, which is read past). */
    private static String leafText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                Stax.skip(r);
                return null;
            }
        }
    }

    private static Integer pages(String value) {
        try {
            int pages = value == null ? 0 : Integer.parseInt(value.strip());
            return pages > 0 ? pages : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String instant(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                at = LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    at = LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
