package dev.planetl.extract.hwpx;

import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.Extractor;
import dev.planetl.extract.hwp.BlockSink;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.Meta;
import kr.dogfoot.hwpxlib.object.content.context_hpf.MetaData;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.reader.HWPXReader;

import javax.xml.stream.XMLStreamException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads HWPX (OWPML, the zipped XML Hangul format) with hwpxlib: body paragraphs in order, headings with
 * their numbering split off, tables placed by each {@code hp:tc}'s {@code hp:cellAddr} and {@code hp:cellSpan}.
 *
 * <p>hwpxlib parses with a default SAX parser that resolves external entities, so every package is first
 * checked by {@link HwpxPackageCheck}: a DOCTYPE anywhere is refused as {@link Reason#HOSTILE}, inflation
 * past {@code maxInflatedBytes} as {@link Reason#TOO_LARGE}, an encrypted package as {@link Reason#ENCRYPTED}.
 * hwpxlib reads only from a file, so the bytes go to a temporary file that is deleted afterwards. A package
 * hwpxlib cannot read (it stops at elements it does not know) is read from its section XML by
 * {@link HwpxSectionStream}, with a warning; it is refused only when that fails too.
 * Stateless and thread-safe.
 */
public final class HwpxExtractor implements Extractor {

    static final String MEDIA_TYPE = "application/hwp+zip";
    /** Default cap on the bytes all entries inflate to together. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 512L * 1024 * 1024;
    /** Default cap on the number of entries in the package. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private static final Pattern SECTION = Pattern.compile("Contents/section(\\d{1,4})\\.xml");

    private final HwpxPackageCheck check;

    public HwpxExtractor() {
        this(DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param maxInflatedBytes cap on the bytes all entries inflate to together
     * @param maxEntries cap on the number of zip entries
     */
    public HwpxExtractor(long maxInflatedBytes, int maxEntries) {
        this.check = new HwpxPackageCheck(maxInflatedBytes, maxEntries);
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HWPX;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        Path temp = null;
        try {
            temp = Files.createTempFile("planetl-hwpx-", ".hwpx");
            long size;
            try {
                size = Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new ExtractionException(Reason.CORRUPT, source + " could not be read: " + e.getMessage(), e);
            }
            if (size == 0) {
                throw new ExtractionException(Reason.EMPTY, source + " is empty (0 bytes)");
            }
            check.check(temp.toFile(), source);
            HWPXFile hwpx;
            try {
                hwpx = HWPXReader.fromFile(temp.toFile());
            } catch (Exception | StackOverflowError e) {
                return streamed(temp.toFile(), source, e);
            }
            return toDocument(hwpx, source);
        } catch (IOException e) {
            throw new ExtractionException(Reason.CORRUPT, source + " could not be staged for reading: "
                    + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary directory is cleaned by the system; nothing of the document depends on it.
                }
            }
        }
    }

    /**
     * The document read from its section XML by {@link HwpxSectionStream}, for a package hwpxlib cannot read;
     * refused only when that fails too or finds no text.
     */
    /** A library's failure in words: its message, the class name only when it has none. */
    private static String cause(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
    }

    private static Document streamed(File file, String source, Throwable hwpxlibFailure) throws ExtractionException {
        BlockSink sink = new BlockSink(source);
        sink.warn(source + ": hwpxlib could not read the package (" + cause(hwpxlibFailure) + "); its section XML was read"
                + " directly, without the outline numbers Hangul computes from paragraph styles");
        HwpxSectionStream reader = new HwpxSectionStream(sink);
        try (ZipFile zip = new ZipFile(file, StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> sections = zip.stream().filter(e -> SECTION.matcher(e.getName()).matches())
                    .sorted(Comparator.comparingInt(HwpxExtractor::sectionNumber)).toList();
            if (sections.isEmpty()) {
                throw new ExtractionException(Reason.CORRUPT, source + " is a damaged HWPX file: it holds no body "
                        + "text (no Contents/section*.xml) and its package cannot be read (" + cause(hwpxlibFailure)
                        + ")", hwpxlibFailure);
            }
            for (ZipEntry section : sections) {
                try (InputStream in = zip.getInputStream(section)) {
                    reader.section(in);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            e.addSuppressed(hwpxlibFailure);
            throw new ExtractionException(Reason.CORRUPT, source + " is a damaged HWPX file: neither hwpxlib ("
                    + hwpxlibFailure + ") nor a streaming read of its section XML (" + e + ") could read it", e);
        }
        if (sink.blocks().isEmpty()) {
            throw new ExtractionException(Reason.NO_TEXT, source + " is an HWPX file without any body text");
        }
        DocumentMetadata metadata = new DocumentMetadata(DocumentFormat.HWPX, MEDIA_TYPE, null, null, null, null,
                Map.of("reader", "section XML (hwpxlib failed)"));
        return new Document(metadata, sink.blocks(), sink.warnings());
    }

    private static int sectionNumber(ZipEntry entry) {
        java.util.regex.Matcher m = SECTION.matcher(entry.getName());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static Document toDocument(HWPXFile hwpx, String source) throws ExtractionException {
        BlockSink sink = new BlockSink(source);
        HwpxBodyWalker walker = new HwpxBodyWalker(sink, hwpx);
        try {
            for (SectionXMLFile section : hwpx.sectionXMLFileList().items()) {
                walker.section(section);
            }
        } catch (RuntimeException e) {
            throw new ExtractionException(Reason.CORRUPT, source + " has an HWPX body whose structure is"
                    + " inconsistent (" + e + ")", e);
        }
        if (sink.blocks().isEmpty()) {
            throw new ExtractionException(Reason.NO_TEXT, source + " is an HWPX file without any body text");
        }
        return new Document(metadata(hwpx), sink.blocks(), sink.warnings());
    }

    private static DocumentMetadata metadata(HWPXFile hwpx) {
        Map<String, String> extra = new LinkedHashMap<>();
        String title = null;
        String created = null;
        MetaData meta = hwpx.contentHPFFile() == null ? null : hwpx.contentHPFFile().metaData();
        if (meta != null) {
            title = meta.title() == null ? null : clean(meta.title().text());
            for (Meta m : meta.metas()) {
                String name = m.name() == null ? "" : m.name().toLowerCase(Locale.ROOT);
                String value = clean(m.text() != null && !m.text().isBlank() ? m.text() : m.content());
                if (value == null) {
                    continue;
                }
                switch (name) {
                    case "createddate" -> created = value;
                    case "creator" -> extra.put("author", value);
                    case "lastsaveby" -> extra.put("lastAuthor", value);
                    case "modifieddate" -> extra.put("modified", value);
                    case "subject", "description", "keyword" -> extra.put(name, value);
                    default -> {
                    }
                }
            }
        }
        String producer = null;
        if (hwpx.versionXMLFile() != null && hwpx.versionXMLFile().application() != null) {
            producer = clean(hwpx.versionXMLFile().application() + " " + nullToEmpty(hwpx.versionXMLFile().appVersion()));
        }
        return new DocumentMetadata(DocumentFormat.HWPX, MEDIA_TYPE, title, created, null, producer, extra);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
