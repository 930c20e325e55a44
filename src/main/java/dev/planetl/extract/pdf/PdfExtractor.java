package dev.planetl.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.Extractor;

/**
 * Reads a PDF's text layer into headings, paragraphs and tables with PDFBox.
 * <ul>
 *   <li>Text is rebuilt from glyph positions: lines from baselines, word spaces from gaps (see {@link TextLine}).</li>
 *   <li>Ruled tables come from the page's rules, merged cells included ({@link LatticeTableFinder}); tables drawn
 *       without rules from text alignment ({@link StreamTableFinder}).</li>
 *   <li>A table continued on the next page under its repeated header rows is one table ({@link SplitTableMerger}).</li>
 *   <li>Pages whose fonts give no Unicode text are left out and named in {@link Document#warnings()}; a document
 *       with no readable text at all is refused ({@link Reason#NO_TEXT}).</li>
 * </ul>
 * The input is copied to a temporary file (bounded by {@link PdfExtractorConfig#maxBytes()}) and read with a bounded
 * heap cache, so a large file cannot exhaust memory; documents over {@link PdfExtractorConfig#maxPages()} pages are
 * refused before any page is read. Stateless and thread-safe.
 */
public final class PdfExtractor implements Extractor {

    private final PdfExtractorConfig config;

    public PdfExtractor() {
        this(PdfExtractorConfig.defaults());
    }

    public PdfExtractor(PdfExtractorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Path file = null;
        try {
            file = Files.createTempFile("planetl-pdf-", ".pdf");
            long size = copyBounded(in, file, source);
            if (size == 0) {
                throw new ExtractionException(Reason.EMPTY, source + ": the file is empty");
            }
            return read(file, source);
        } catch (IOException e) {
            throw new ExtractionException(Reason.CORRUPT, source + ": could not be read: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system; the extraction result stands
                }
            }
        }
    }

    private long copyBounded(InputStream in, Path file, String source) throws IOException, ExtractionException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > config.maxBytes()) {
                    throw new ExtractionException(Reason.TOO_LARGE, source + ": larger than the PDF limit of "
                            + config.maxBytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private Document read(Path file, String source) throws ExtractionException {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(config.maxMainMemoryBytes());
        try (RandomAccessReadBufferedFile raf = new RandomAccessReadBufferedFile(file.toFile());
             PDDocument pdf = Loader.loadPDF(raf, "", memory.streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new ExtractionException(Reason.CORRUPT, source + ": no pages could be found in the PDF");
            }
            if (pages > config.maxPages()) {
                throw new ExtractionException(Reason.TOO_LARGE, source + ": " + pages
                        + " pages, more than the PDF limit of " + config.maxPages() + " pages");
            }
            return readPages(pdf, source);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(Reason.ENCRYPTED, source
                    + ": the PDF is password-protected; it cannot be read without its password", e);
        } catch (IOException | RuntimeException e) {
            throw PdfDamage.explain(file, source, e);
        } catch (StackOverflowError e) {
            throw new ExtractionException(Reason.HOSTILE, source + ": refused as hostile: its objects nest too deep "
                    + "to be read", new IOException("stack overflow while parsing"));
        }
    }

    private Document readPages(PDDocument pdf, String source) throws IOException, ExtractionException {
        PageReader reader = new PageReader();
        List<String> warnings = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        PageCounts counts = new PageCounts();
        new GlyphCollector().collect(pdf, (pageNumber, page, text) -> {
            if (text.mostlyUnmapped()) {
                counts.unmapped++;
                warnings.add(source + ": page " + pageNumber + ": " + text.unmapped() + " of " + text.shown()
                        + " glyphs have no Unicode mapping in their font; the page's text is left out");
                return;
            }
            if (text.glyphs().stream().allMatch(Glyph::isSpace)) {
                counts.empty++;
                warnings.add(source + ": page " + pageNumber + " has no text layer (blank or an image)");
                return;
            }
            if (text.unmapped() > 0) {
                warnings.add(source + ": page " + pageNumber + ": " + text.unmapped()
                        + " glyphs without a Unicode mapping were left out");
            }
            counts.withText++;
            if (text.drawingError() != null) {
                warnings.add(source + ": page " + pageNumber + ": its drawing could not be read ("
                        + describe(text.drawingError()) + "); its text is kept without tables");
                items.addAll(PageReader.textOnly(text.glyphs(), pageNumber));
                return;
            }
            try {
                items.addAll(reader.read(text.rules(), text.glyphs(), pageNumber, source, warnings));
            } catch (RuntimeException e) {
                // one broken drawing must not cost the rest of the document: the page's text is kept as lines
                warnings.add(source + ": page " + pageNumber + ": its drawing could not be read (" + describe(e)
                        + "); its text is kept without tables");
                items.addAll(PageReader.textOnly(text.glyphs(), pageNumber));
            }
        });
        if (counts.withText == 0) {
            throw new ExtractionException(Reason.NO_TEXT, source + ": no page has extractable text ("
                    + pdf.getNumberOfPages() + " pages: " + counts.unmapped
                    + " whose fonts have no Unicode mapping, " + counts.empty
                    + " without a text layer); it needs OCR or a better export");
        }
        List<Object> merged = new SplitTableMerger().merge(CellWraps.resolve(items));
        return new Document(metadata(pdf), new BlockBuilder().build(merged), warnings);
    }

    /** How the pages of one document turned out; local to one extraction. */
    private static final class PageCounts {
        private int withText;
        private int unmapped;
        private int empty;
    }

    private static DocumentMetadata metadata(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Map<String, String> extra = new HashMap<>();
        putIfPresent(extra, "author", info.getAuthor());
        putIfPresent(extra, "creator", info.getCreator());
        putIfPresent(extra, "pdfVersion", String.valueOf(pdf.getVersion()));
        String title = info.getTitle() == null || info.getTitle().isBlank() ? null : BlockBuilder.nfc(info.getTitle().strip());
        return new DocumentMetadata(DocumentFormat.PDF, "application/pdf", title, iso(info.getCreationDate()),
                pdf.getNumberOfPages(), info.getProducer(), extra);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, BlockBuilder.nfc(value.strip()));
        }
    }

    private static String iso(Calendar date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
