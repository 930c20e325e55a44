package dev.planetl.extract.docx;

import dev.planetl.extract.ExtractionException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The internal targets of one part's relationships ({@code _rels/.rels}, {@code word/_rels/document.xml.rels}),
 * by the last segment of the relationship type ({@code officeDocument}, {@code styles}, {@code core-properties}),
 * resolved to package paths. A target that leaves the package root ({@code ../../x}) or is external resolves to
 * nothing.
 */
public final class DocxRelations {

    private final Map<String, String> byType;

    private DocxRelations(Map<String, String> byType) {
        this.byType = byType;
    }

    /**
     * @param part the part whose relationships are read ({@code ""} for the package itself)
     * @return its relationships; none when the package has no relationship part for it
     */
    static DocxRelations of(DocxPackage pkg, DocxXml xml, String part) throws ExtractionException {
        int slash = part.lastIndexOf('/');
        String dir = slash < 0 ? "" : part.substring(0, slash + 1);
        String relsPath = dir + "_rels/" + part.substring(slash + 1) + ".rels";
        byte[] bytes = pkg.part(relsPath);
        Map<String, String> byType = new HashMap<>();
        if (bytes == null) {
            return new DocxRelations(byType);
        }
        XMLStreamReader r = xml.open(bytes, relsPath);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String type = DocxXml.attr(r, "Type");
                    String target = DocxXml.attr(r, "Target");
                    if (type != null && target != null && !"External".equals(DocxXml.attr(r, "TargetMode"))) {
                        String path = resolve(dir, target);
                        if (path != null) {
                            byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), path);
                        }
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw xml.malformed(relsPath, e.getMessage());
        }
        return new DocxRelations(byType);
    }

    /** The target of the first relationship of this type, else the conventional path. */
    String target(String type, String conventional) {
        return byType.getOrDefault(type, conventional);
    }

    /**
     * {@code target}, percent-decoded, as a package path (no leading slash) from the folder {@code dir}; null when
     * it leaves the package root or does not decode. Format detection resolves the main part's name with it too.
     */
    public static String resolve(String dir, String target) {
        String path;
        try {
            String decoded = java.net.URLDecoder.decode(target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            path = decoded.startsWith("/") ? decoded.substring(1) : dir + decoded;
        } catch (IllegalArgumentException e) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
