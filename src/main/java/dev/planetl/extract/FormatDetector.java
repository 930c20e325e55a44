package dev.planetl.extract;

import dev.planetl.extract.docx.DocxRelations;
import dev.planetl.extract.text.TextDecoder;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells a file's format from its content with Tika's container-aware {@link DefaultDetector}; the file name is
 * never given to Tika, so a {@code .docx} that holds text is text.
 *
 * <p>What Tika lacks is added here:
 * <ul>
 *   <li>HWP 5: Tika names an OLE2 file it cannot place {@code application/x-tika-msoffice}; one with a
 *       {@code FileHeader} stream that starts {@code HWP Document File} is HWP ({@code application/x-hwp-v5}).</li>
 *   <li>HWPX: Tika reads the {@code mimetype} entry ({@code application/hwp+zip}); a zip without it that holds
 *       {@code Contents/section0.xml} is HWPX too.</li>
 *   <li>Legacy Korean text: Tika's text detector knows ASCII and UTF-8 only and calls CP949 text
 *       {@code application/octet-stream}; bytes whose first {@value #TEXT_SNIFF_BYTES} decode as CP949 without
 *       an error or a control character (other than tab, line feed, carriage return, form feed) are text.</li>
 *   <li>HTML fragments: text whose first tag is an HTML element ({@code <table>}, {@code <p>} …) is HTML, though
 *       Tika, seeing no {@code <html>}, says text/plain. A caption such as {@code < 분야별 실적 >} is no tag.</li>
 * </ul>
 * A PDF, an HWP 5, an HWPX or a Word (DOCX, DOCM) file is told by its signature without Tika
 * ({@link #bySignature}). Tika's detector is built on the first other file (loading its MIME database and container detectors takes 0.6–0.8 s in a
 * cold JVM), so that a run with nothing to read never pays for it, and once a JVM: every instance shares it (the
 * warm-ups' own extractions, say, no longer build a second). Thread-safe.
 */
public final class FormatDetector {

    /** What a file is. */
    public record Detection(DocumentFormat format, String mediaType) {
    }

    public static final String HWP_V5 = "application/x-hwp-v5";
    public static final String HWPX = "application/hwp+zip";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DOCM = "application/vnd.ms-word.document.macroenabled.12";
    private static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroenabled.main+xml";
    /** The most of {@code _rels/.rels} or {@code [Content_Types].xml} the signature path reads. */
    private static final int PACKAGE_PART_BYTES = 1 << 20;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*<(?:!doctype\\s+html|html|head|body|table|p|div|h[1-6]|ul|ol|section|article)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 1024;
    private static final int TEXT_SNIFF_BYTES = 64 * 1024;
    private static final Charset KOREAN = TextDecoder.KOREAN;

    /** Tika's detector, immutable and thread-safe, so one serves every instance of a JVM; built on first need. */
    private static final class Tika {
        static final Detector DETECTOR = new DefaultDetector();
    }

    public FormatDetector() {
    }

    /**
     * @throws IOException when the file cannot be read
     */
    public Detection detect(Path file) throws IOException {
        Detection signed = bySignature(file);
        return signed != null ? signed : detectWithTika(file);
    }

    /**
     * The formats a signature settles without Tika, named as Tika's path below names them: a PDF ({@code %PDF-} at
     * the first byte, Tika's own rule), an HWP 5 compound file (an OLE2 header and a {@code FileHeader} stream that
     * starts {@code HWP Document File}), an HWPX package (a zip whose {@code mimetype} entry says
     * {@code application/hwp+zip}, with no OOXML {@code [Content_Types].xml}), a Word document (an OOXML package
     * whose main part is a Word or macro-enabled Word document, {@link #wordDocument}). A run of such files never
     * builds Tika's detector (0.6–0.8 s in each cold extraction child). Anything else, or damaged, is Tika's; null then.
     */
    Detection bySignature(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        return switch (FileMagic.valueOf(head)) {
            // POI's magic is %PDF; Tika's, which names a PDF here, is %PDF-
            case PDF -> new String(head, StandardCharsets.ISO_8859_1).startsWith("%PDF-")
                    ? new Detection(DocumentFormat.PDF, "application/pdf") : null;
            case OLE2 -> isHwp5(file) ? new Detection(DocumentFormat.HWP, HWP_V5) : null;
            case OOXML -> byPackage(file);
            default -> null;
        };
    }

    /**
     * A zip package told by its own declarations, the zip opened once: HWPX (a {@code mimetype} entry saying
     * {@code application/hwp+zip} and no OOXML {@code [Content_Types].xml}), or a Word document as Tika's OOXML
     * detector tells it: the package's main part, the target of the {@code officeDocument} relationship in
     * {@code _rels/.rels} (resolved as the DOCX extractor resolves it), has the content type of a Word document
     * (DOCX) or of a macro-enabled one (DOCM) in {@code [Content_Types].xml}. Null for anything else (a template, a
     * spreadsheet, a package with both declarations, a part that will not parse), which Tika then names.
     */
    private static Detection byPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return HWPX.equals(declaredMimetype(zip)) ? new Detection(DocumentFormat.HWPX, HWPX) : null;
            }
            return zip.getEntry("mimetype") == null ? wordDocument(zip) : null;
        } catch (IOException | XMLStreamException | RuntimeException notPackage) {
            return null;
        }
    }

    private static Detection wordDocument(ZipFile zip) throws IOException, XMLStreamException {
        String main = null;
        boolean seen = false;
        for (Map<String, String> rel : elements(zip, "_rels/.rels", "Relationship")) {
            if (rel.getOrDefault("Type", "").endsWith("/relationships/officeDocument")) {
                if (seen) {
                    return null; // two main parts: Tika's to judge
                }
                seen = true;
                main = DocxRelations.resolve("", rel.getOrDefault("Target", ""));
            }
        }
        if (main == null) {
            return null;
        }
        for (Map<String, String> override : elements(zip, "[Content_Types].xml", "Override")) {
            if (main.equals(DocxRelations.resolve("", override.getOrDefault("PartName", "")))) {
                return switch (override.getOrDefault("ContentType", "").toLowerCase(Locale.ROOT)) {
                    case WORD_MAIN -> new Detection(DocumentFormat.DOCX, DOCX);
                    case WORD_MACRO_MAIN -> new Detection(DocumentFormat.DOCX, DOCM);
                    default -> null;
                };
            }
        }
        return null;
    }

    /** The attributes of each {@code name} element of a package's small XML part; none when the part is absent. */
    private static List<Map<String, String>> elements(ZipFile zip, String entry, String name)
            throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            return List.of();
        }
        byte[] xml;
        try (InputStream in = zip.getInputStream(e)) {
            xml = in.readNBytes(PACKAGE_PART_BYTES + 1);
        }
        if (xml.length > PACKAGE_PART_BYTES) {
            return List.of(); // no real package's list of parts is this long: Tika's to judge
        }
        XMLStreamReader r = Stax.lockedDownFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        List<Map<String, String>> found = new ArrayList<>();
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(name)) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    found.add(attributes);
                }
            }
        } finally {
            r.close();
        }
        return found;
    }

    /** What a zip's {@code mimetype} entry says (ODF's and HWPX's way of naming a package), or null without one. */
    private static String declaredMimetype(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
        }
    }

    /** The detection by Tika's detector and the additions above, without the signature path (tests compare them). */
    Detection detectWithTika(Path file) throws IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = Tika.DETECTOR.detect(in, new Metadata());
        }
        String base = type.getBaseType().toString().toLowerCase(Locale.ROOT);
        return switch (base) {
            case "application/pdf" -> new Detection(DocumentFormat.PDF, base);
            case HWP_V5 -> new Detection(DocumentFormat.HWP, base);
            case "application/x-tika-msoffice" -> isHwp5(file) || isDamagedHwp(file)
                    ? new Detection(DocumentFormat.HWP, HWP_V5) : new Detection(DocumentFormat.OTHER, base);
            case HWPX -> new Detection(DocumentFormat.HWPX, base);
            case "application/zip" -> isHwpx(file)
                    ? new Detection(DocumentFormat.HWPX, HWPX) : new Detection(DocumentFormat.OTHER, base);
            case DOCX, DOCM -> new Detection(DocumentFormat.DOCX, base);
            case "text/html", "application/xhtml+xml" -> new Detection(DocumentFormat.HTML, base);
            case "text/plain" -> startsWithHtml(file)
                    ? new Detection(DocumentFormat.HTML, "text/html") : new Detection(DocumentFormat.TEXT, base);
            case "application/octet-stream" -> isLegacyKoreanText(file)
                    ? new Detection(DocumentFormat.TEXT, "text/plain") : new Detection(DocumentFormat.OTHER, base);
            default -> new Detection(DocumentFormat.OTHER, base);
        };
    }

    private static boolean isHwp5(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntry("FileHeader")) {
                return false;
            }
            try (DocumentInputStream header = root.createDocumentInputStream("FileHeader")) {
                byte[] signature = header.readNBytes(17);
                return new String(signature, StandardCharsets.US_ASCII).equals("HWP Document File");
            }
        } catch (IOException | RuntimeException notOle2) {
            return false;
        }
    }

    /**
     * A compound file that POI cannot open (cut short, its sector chain broken) but that names itself HWP, by the
     * signature of its FileHeader stream somewhere in its bytes or by its name: its reader, not Tika's, says what
     * is wrong with it.
     */
    private static boolean isDamagedHwp(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return false;
        } catch (IOException | RuntimeException damaged) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".hwp") || containsHwpSignature(file);
        }
    }

    private static boolean containsHwpSignature(Path file) {
        byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 20);
            outer:
            for (int i = 0; i + signature.length <= head.length; i++) {
                for (int j = 0; j < signature.length; j++) {
                    if (head[i + j] != signature[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isHwpx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return HWPX.equals(declaredMimetype(zip)) || zip.getEntry("Contents/section0.xml") != null;
        } catch (IOException | RuntimeException notZip) {
            return false;
        }
    }

    private static boolean isLegacyKoreanText(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(TEXT_SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        CharsetDecoder decoder = KOREAN.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        // endOfInput=false: a character cut by the sniff window is not an error
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), chars, false);
        if (result.isError()) {
            return false;
        }
        chars.flip();
        boolean korean = false;
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
            korean |= c >= 0xAC00 && c <= 0xD7A3;
        }
        return korean;
    }

    private static boolean startsWithHtml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(SNIFF_BYTES);
            int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            String head = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
            return HTML_START.matcher(head).find();
        } catch (IOException e) {
            return false;
        }
    }
}
