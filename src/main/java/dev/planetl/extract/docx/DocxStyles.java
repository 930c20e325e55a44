package dev.planetl.extract.docx;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Stax;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading levels from paragraph styles ({@code word/styles.xml}): a style named {@code heading 1} …
 * {@code heading 9} is that level, {@code Title} is level 1. Style names, not ids, decide: Korean Word numbers
 * its style ids ({@code w:styleId="2"} named {@code heading 2}). A style id the part does not define is read
 * as a name. Without a styles part no style makes a heading.
 */
final class DocxStyles {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^\\s*heading\\s*([1-9])\\s*$");

    /** Style id to style name (null for a style without a name); null when the package has no styles part. */
    private final Map<String, String> names;

    private DocxStyles(Map<String, String> names) {
        this.names = names;
    }

    static DocxStyles none() {
        return new DocxStyles(null);
    }

    static DocxStyles read(byte[] bytes, String part, DocxXml xml) throws ExtractionException {
        Map<String, String> names = new HashMap<>();
        XMLStreamReader r = xml.open(bytes, part);
        try {
            String styleId = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event != XMLStreamConstants.START_ELEMENT || !DocxXml.isWord(r)) {
                    continue;
                }
                if (r.getLocalName().equals("style")) {
                    styleId = DocxXml.attr(r, "styleId");
                    if (styleId != null) {
                        names.putIfAbsent(styleId, null);
                    }
                } else if (r.getLocalName().equals("name") && styleId != null && names.get(styleId) == null) {
                    names.put(styleId, DocxXml.attr(r, "val"));
                } else if (r.getLocalName().equals("pPr") || r.getLocalName().equals("rPr")
                        || r.getLocalName().equals("tblPr")) {
                    Stax.skip(r);
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw xml.malformed(part, e.getMessage());
        }
        return new DocxStyles(names);
    }

    /** The heading level the paragraph's style gives it, or null. */
    Integer level(String styleId) {
        if (styleId == null || names == null) {
            return null;
        }
        String name = names.containsKey(styleId) ? names.get(styleId) : styleId;
        if (name == null) {
            return null;
        }
        Matcher m = HEADING_STYLE.matcher(name);
        if (m.matches()) {
            return Integer.valueOf(m.group(1));
        }
        return name.equalsIgnoreCase("title") ? 1 : null;
    }
}
