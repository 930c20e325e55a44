package dev.planetl.extract.text;

import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractorInput;
import dev.planetl.extract.Extractor;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads plain text as converters leave it: UTF-8 or CP949 bytes, tables as tab-separated (or clearly
 * space-aligned) lines, headings behind their numbering, page markers such as {@code - 3 -}, markdown
 * emphasis and stray HTML tags. See {@link TextDecoder}, {@link InlineMarkup}, {@link SourceLines},
 * {@link TabTableFinder}, {@link SpaceTableFinder}, {@link HeaderRows}, {@link HeadingRules} and
 * {@link TextLayout} for each rule.
 *
 * <p>Every block's {@link dev.planetl.extract.Provenance} carries its one-based line (and page where page
 * markers give one); every table cell carries the line of its row. Stateless and thread-safe.
 */
public final class TextExtractor implements Extractor {

    public static final String MEDIA_TYPE = "text/plain";

    public TextExtractor() {
        // stateless
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.TEXT;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        byte[] bytes = ExtractorInput.readAll(in, source);
        TextDecoder.DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT,
                    source + ": the file holds only white space, no text");
        }
        Map<String, String> extra = new HashMap<>();
        extra.put("charset", decoded.charset().name());
        DocumentMetadata metadata = new DocumentMetadata(DocumentFormat.TEXT, MEDIA_TYPE, null, null, null, null, extra);
        Document document = read(decoded.text(), metadata, decoded.warnings());
        if (document.blocks().isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT,
                    source + ": the file holds no text besides page markers and markup");
        }
        return document;
    }

    /**
     * Lays out text that is already decoded, for instance text another extractor pulled out of a file whose
     * own structure is lost. The text is NFC-normalised here.
     *
     * @param metadata the metadata to give the document, never null
     * @param warnings warnings gathered before this step, kept first
     */
    public Document read(String text, DocumentMetadata metadata, List<String> warnings) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return document(SourceLines.split(nfc), metadata, warnings);
    }

    /**
     * Lays out text whose pages are known, one string per page in order (a PDF's text layer): every block and
     * cell gets the page its line is on, {@code page = index + 1}; page markers such as {@code - 3 -} in the
     * text are dropped without changing the page; lines are numbered on through the pages. A table that goes on
     * over a page break with its header repeated is still one table, its cells keeping their own pages.
     */
    public Document readPages(List<String> pages, DocumentMetadata metadata, List<String> warnings) {
        List<String> nfc = pages.stream().map(p -> Normalizer.normalize(p, Normalizer.Form.NFC)).toList();
        return document(SourceLines.splitPages(nfc), metadata, warnings);
    }

    private static Document document(List<SourceLine> lines, DocumentMetadata metadata, List<String> warnings) {
        TextLayout.Result layout = TextLayout.layout(lines);
        List<String> all = new ArrayList<>(warnings);
        all.addAll(layout.warnings());
        return new Document(metadata, layout.blocks(), all);
    }
}
