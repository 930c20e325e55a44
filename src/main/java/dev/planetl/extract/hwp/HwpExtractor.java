package dev.planetl.extract.hwp;

import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractorInput;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.Extractor;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.SummaryInformation;
import kr.dogfoot.hwplib.reader.HWPReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads HWP 5 (the binary Hangul format) with hwplib: body paragraphs in order, headings with their numbering
 * split off, tables placed by each cell's own address and span.
 *
 * <p>Password-protected, distribution (배포용) and DRM documents are refused with
 * {@link Reason#ENCRYPTED} from the flags of their FileHeader, before hwplib parses anything.
 * A damaged file fails with {@link Reason#CORRUPT}: the record framing of every stream is checked first
 * ({@link HwpRecordCheck}), because hwplib loops without end on some damaged records, and hwplib then runs on
 * a thread of its own with a time limit ({@link Reason#TIMEOUT} past it). A drawing object, embedded object or
 * control hwplib cannot read costs that object, not the document: it is cut out ({@link HwpLenientRepair})
 * and named in the document's warnings; the file fails only when hwplib cannot read it even so. Stateless and thread-safe; the stream
 * is read whole (the caller has checked its size).
 */
public final class HwpExtractor implements Extractor {

    static final String MEDIA_TYPE = "application/x-hwp-v5";
    /** Default time hwplib may take to read one file. */
    public static final Duration DEFAULT_PARSE_LIMIT = Duration.ofSeconds(60);
    /** Default cap on the bytes one stream (a section) may inflate to. */
    public static final long DEFAULT_MAX_STREAM_BYTES = 256L * 1024 * 1024;

    private final Duration parseLimit;
    private final HwpRecordCheck recordCheck;
    private final HwpLenientRepair repair;
    private final Parser parser;

    /** Reads an HWP file's bytes into hwplib's model; a seam so the time limit can be shown to hold. */
    @FunctionalInterface
    interface Parser {
        HWPFile parse(byte[] file) throws Exception;
    }

    public HwpExtractor() {
        this(DEFAULT_PARSE_LIMIT, DEFAULT_MAX_STREAM_BYTES);
    }

    /**
     * @param parseLimit how long hwplib may take to read one file
     * @param maxStreamBytes cap on the bytes one compressed stream may inflate to
     */
    public HwpExtractor(Duration parseLimit, long maxStreamBytes) {
        this(parseLimit, maxStreamBytes, file -> HWPReader.fromInputStream(new ByteArrayInputStream(file)));
    }

    HwpExtractor(Duration parseLimit, long maxStreamBytes, Parser parser) {
        this.parseLimit = parseLimit;
        this.recordCheck = new HwpRecordCheck(maxStreamBytes);
        this.repair = new HwpLenientRepair(maxStreamBytes);
        this.parser = parser;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HWP;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        byte[] bytes = ExtractorInput.readAll(in, source);
        HwpFileHeader header = HwpFileHeader.read(bytes, source);
        refuseProtected(header, source);
        recordCheck.check(bytes, header.compressed(), source);
        Parsed parsed = parse(bytes, header, source);
        HWPFile hwp = parsed.hwp();
        BlockSink sink = new BlockSink(source);
        parsed.warnings().forEach(sink::warn);
        HwpBodyWalker walker = new HwpBodyWalker(sink, hwp);
        try {
            for (Section section : hwp.getBodyText().getSectionList()) {
                walker.section(section);
            }
        } catch (RuntimeException e) {
            throw new ExtractionException(Reason.CORRUPT, source + " has a body hwplib read but whose structure is"
                    + " inconsistent (" + e + ")", e);
        }
        if (sink.blocks().isEmpty()) {
            throw new ExtractionException(Reason.NO_TEXT, source + " is an HWP file without any body text");
        }
        return new Document(metadata(hwp, header), sink.blocks(), sink.warnings());
    }

    private static void refuseProtected(HwpFileHeader header, String source) throws ExtractionException {
        if (header.passwordProtected()) {
            throw new ExtractionException(Reason.ENCRYPTED, source + " is a password-protected HWP file;"
                    + " open it in Hangul, save it without a password and run again");
        }
        if (header.distribution()) {
            throw new ExtractionException(Reason.ENCRYPTED, source + " is a distribution-protected (배포용) HWP file"
                    + " whose text is encrypted; ask its author for the original, or save it as an ordinary"
                    + " document in Hangul, and run again");
        }
        if (header.drm()) {
            throw new ExtractionException(Reason.ENCRYPTED, source + " is a DRM-protected HWP file;"
                    + " save it without DRM and run again");
        }
    }

    /** hwplib's model of the file, and the objects cut out of it for hwplib to read the rest. */
    private record Parsed(HWPFile hwp, List<String> warnings) {
    }

    /**
     * hwplib on the whole file; when it fails, again on the file without the controls it cannot read
     * ({@link HwpLenientRepair}). The first failure is the one reported when no control is to blame.
     */
    private Parsed parseLeniently(byte[] bytes, HwpFileHeader header, String source) throws Exception {
        try {
            return new Parsed(parser.parse(bytes), List.of());
        } catch (Exception first) {
            HwpLenientRepair.Result repaired;
            try {
                repaired = repair.repair(bytes, header, source);
            } catch (Exception | StackOverflowError e) {
                first.addSuppressed(e);
                throw first;
            }
            if (repaired.warnings().isEmpty()) {
                throw first;
            }
            try {
                return new Parsed(parser.parse(repaired.file()), repaired.warnings());
            } catch (Exception second) {
                first.addSuppressed(second);
                throw first;
            }
        }
    }

    private Parsed parse(byte[] bytes, HwpFileHeader header, String source) throws ExtractionException {
        FutureTask<Parsed> task = new FutureTask<>(() -> parseLeniently(bytes, header, source));
        Thread reader = new Thread(task, "hwplib-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return task.get(parseLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reader.interrupt();
            throw new ExtractionException(Reason.TIMEOUT, source + " could not be read within " + parseLimit.toSeconds()
                    + " s: hwplib does not finish on it, most likely because the file is damaged", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ExtractionException(Reason.CORRUPT, source + " is a damaged HWP file: hwplib could not read"
                    + " its records (" + cause + ")", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            throw new ExtractionException(Reason.TIMEOUT, source + ": reading was interrupted", e);
        }
    }

    private static DocumentMetadata metadata(HWPFile hwp, HwpFileHeader header) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("hwpVersion", header.versionText());
        String title = null;
        String created = null;
        SummaryInformation summary = hwp.getSummaryInformation();
        if (summary != null) {
            try {
            title = blankToNull(summary.getTitle());
            created = iso(summary.getCreateDateTime());
            putIfPresent(extra, "author", summary.getAuthor());
            putIfPresent(extra, "subject", summary.getSubject());
            putIfPresent(extra, "lastAuthor", summary.getLastAuthor());
            putIfPresent(extra, "modified", iso(summary.getLastSaveDateTime()));
            } catch (RuntimeException e) {
                // A summary property of an unexpected type: the metadata is optional, the body is what counts.
                extra.put("summaryError", e.toString());
            }
        }
        return new DocumentMetadata(DocumentFormat.HWP, MEDIA_TYPE, title, created, null,
                "HWP " + header.versionText(), extra);
    }

    private static void putIfPresent(Map<String, String> extra, String key, String value) {
        String v = blankToNull(value);
        if (v != null) {
            extra.put(key, v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }
}
