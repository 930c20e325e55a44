package dev.planetl.extract.html;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractorInput;
import dev.planetl.extract.Extractor;
import dev.planetl.extract.text.TextDecoder;
import org.jsoup.parser.Parser;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HTML with jsoup into headings, paragraphs and tables ({@link HtmlBlocks}, {@link HtmlTables}).
 *
 * <p>Bytes become text by the charset the page declares in its first {@value #SNIFF} bytes
 * ({@code <meta charset>}), else as {@link TextDecoder} reads text (BOM, UTF-8, CP949); never the platform's.
 * jsoup's HTML parser has no DTD processing: {@code <!ENTITY>} declarations are not read and an entity it does
 * not know stays literal text, so an external entity never pulls in a file. Stateless and thread-safe.
 */
public final class HtmlExtractor implements Extractor {

    static final int SNIFF = 4096;
    /** Real pages nest a table in a cell two or three deep; a hundred levels is no document. */
    static final int MAX_TABLE_NESTING = 100;
    private static final Pattern TABLE_TAG = Pattern.compile("<(/?)table\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)",
            Pattern.CASE_INSENSITIVE);

    public HtmlExtractor() {
        // stateless
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        byte[] bytes = ExtractorInput.readAll(in, source);
        Map<String, String> extra = new HashMap<>();
        String html = decode(bytes, extra);
        int nesting = tableNesting(html);
        if (nesting > MAX_TABLE_NESTING) {
            // the parser keeps only the outer levels of so deep a tree: the page's text would be lost silently
            throw new ExtractionException(ExtractionException.Reason.HOSTILE, source + ": refused as hostile: its "
                    + "tables are nested " + nesting + " deep (more than " + MAX_TABLE_NESTING + ")");
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document page = parser.parseInput(html, "");
        List<Block> blocks = HtmlBlocks.walk(page.body());
        if (blocks.isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT, source + ": the HTML page holds no text");
        }
        String title = page.title().isBlank() ? null : page.title().strip();
        return new Document(new DocumentMetadata(DocumentFormat.HTML, "text/html", title, null, null, null, extra),
                blocks);
    }

    /**
     * Blocks of markup generated from another format (Tika's XHTML), numbered 1, 2, 3 … since the markup's
     * lines mean nothing; the same rules as for HTML files.
     */
    public static List<Block> blocksOfGeneratedMarkup(String xhtml) {
        org.jsoup.nodes.Document page = Parser.htmlParser().parseInput(xhtml, "");
        return HtmlBlocks.walk(page.body(), false);
    }

    /** How deep {@code <table>} elements nest in the markup, read from the tags themselves. */
    static int tableNesting(String html) {
        Matcher m = TABLE_TAG.matcher(html);
        int depth = 0;
        int max = 0;
        while (m.find()) {
            depth = m.group(1).isEmpty() ? depth + 1 : Math.max(0, depth - 1);
            max = Math.max(max, depth);
        }
        return max;
    }

    private static String decode(byte[] bytes, Map<String, String> extra) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                if (declared.name().equals("EUC-KR") || m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("ks_c")) {
                    declared = TextDecoder.KOREAN; // pages that say EUC-KR are written in its superset CP949
                }
                extra.put("charset", declared.name());
                return Normalizer.normalize(new String(bytes, declared), Normalizer.Form.NFC);
            } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException unknown) {
                extra.put("declaredCharset", m.group(1));
            }
        }
        TextDecoder.DecodedText decoded = TextDecoder.decode(bytes);
        extra.put("charset", decoded.charset().name());
        return decoded.text();
    }
}
