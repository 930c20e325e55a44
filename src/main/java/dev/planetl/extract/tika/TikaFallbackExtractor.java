package dev.planetl.extract.tika;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Extractor;
import dev.planetl.extract.html.HtmlExtractor;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads whatever else Tika knows (RTF, ODT, DOC, XML …) for {@link DocumentFormat#OTHER}: Tika's
 * {@link AutoDetectParser} writes XHTML, which is read with the HTML rules ({@link HtmlExtractor}), so Tika's
 * {@code <p>} become paragraphs and its {@code <table>} tables. Embedded documents are not opened.
 *
 * <p>At most {@code writeLimit} characters are taken (default {@value #DEFAULT_WRITE_LIMIT}); past it the text is
 * cut and a warning says so. Tika's XML parsers run with external entities off. Stateless and thread-safe.
 *
 * <p>The {@link AutoDetectParser} is built on the first file that needs it: building it loads every Tika parser
 * (seconds), which a run of PDF, HWP and the other formats planetl reads itself never uses.
 */
public final class TikaFallbackExtractor implements Extractor {

    public static final int DEFAULT_WRITE_LIMIT = 10_000_000;

    private final int writeLimit;
    private volatile AutoDetectParser parser;

    public TikaFallbackExtractor() {
        this(DEFAULT_WRITE_LIMIT);
    }

    /** @param writeLimit most characters of text taken from one file */
    public TikaFallbackExtractor(int writeLimit) {
        if (writeLimit < 1) {
            throw new IllegalArgumentException("write limit must be positive: " + writeLimit);
        }
        this.writeLimit = writeLimit;
    }

    private AutoDetectParser parser() {
        AutoDetectParser built = parser;
        if (built == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new AutoDetectParser();
                }
                built = parser;
            }
        }
        return built;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.OTHER;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        WriteOutContentHandler limited = new WriteOutContentHandler(xhtml, writeLimit);
        Metadata metadata = new Metadata();
        List<String> warnings = new ArrayList<>();
        try {
            parser().parse(in, limited, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw corrupt(source, e);
            }
            warnings.add("the text was cut after " + writeLimit + " characters (write limit)");
        } catch (ZeroByteFileException e) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, source + ": the file is empty", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    source + ": the document is password-protected", e);
        } catch (TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                warnings.add("the text was cut after " + writeLimit + " characters (write limit)");
            } else {
                throw corrupt(source, e);
            }
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    source + ": the file could not be read (" + firstLine(e.getMessage()) + ")", e);
        }
        String markup = Normalizer.normalize(xhtml.toString(), Normalizer.Form.NFC);
        List<Block> blocks = HtmlExtractor.blocksOfGeneratedMarkup(markup);
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (blocks.isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT,
                    source + ": no text could be found in it (" + (type == null ? "unknown type" : type) + ")");
        }
        return new Document(metadata(metadata, type), blocks, warnings);
    }

    private static DocumentMetadata metadata(Metadata m, String type) {
        Map<String, String> extra = new HashMap<>();
        put(extra, "author", m.get(TikaCoreProperties.CREATOR));
        put(extra, "language", m.get(TikaCoreProperties.LANGUAGE));
        put(extra, "modified", m.get(TikaCoreProperties.MODIFIED));
        String pages = m.get(PagedText.N_PAGES) != null ? m.get(PagedText.N_PAGES) : m.get(Office.PAGE_COUNT);
        Integer pageCount = null;
        try {
            pageCount = pages == null ? null : Integer.valueOf(pages.strip());
        } catch (NumberFormatException ignored) {
            extra.put("pages", pages);
        }
        String producer = m.get(TikaCoreProperties.CREATOR_TOOL);
        return new DocumentMetadata(DocumentFormat.OTHER, type == null ? "application/octet-stream" : type,
                nfc(m.get(TikaCoreProperties.TITLE)), m.get(TikaCoreProperties.CREATED), pageCount, nfc(producer), extra);
    }

    private static void put(Map<String, String> extra, String key, String value) {
        if (value != null && !value.isBlank()) {
            extra.put(key, nfc(value.strip()));
        }
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static ExtractionException corrupt(String source, Exception e) {
        return new ExtractionException(ExtractionException.Reason.CORRUPT,
                source + ": Tika could not read it (" + firstLine(e.getMessage()) + ")", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
