package dev.planetl.extract.docx;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Extractor;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.text.TextRules;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The former DOCX reader, kept beside {@link DocxExtractor} to compare their documents. Reads DOCX with Apache POI (XWPF): the body's paragraphs and tables in order.
 *
 * <ul>
 *   <li>A paragraph in a heading style ({@code heading 1} … {@code heading 9}, {@code Title}) or with an outline
 *       level is a {@link Heading} at that level, its printed numbering split off when it has one. Any other
 *       paragraph that is a numbered line by the text rules ({@code 1-1 …}, {@code Ⅳ. …}) is a heading at its
 *       scheme's level, as in text; the rest are paragraphs. Numbers Word draws from list definitions are not
 *       in the text and are not rebuilt.</li>
 *   <li>Tables: see {@link PoiDocxTables}. A table whose cells hold tables is layout, as in HTML: its cells' content
 *       is read as ordinary blocks and only the inner tables become tables.</li>
 *   <li>Page headers, footers, footnotes and comments are not read.</li>
 *   <li>Provenance: DOCX has no lines or fixed pages, so {@code line} is the block's ordinal in the body.</li>
 *   <li>Core properties give title, created and producer; author, subject, keywords and the like go to
 *       {@code extra}; the page count is the one the file's extended properties claim.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class PoiDocxExtractor implements Extractor {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^\\s*heading\\s*([1-9])\\s*$");

    PoiDocxExtractor() {
        // stateless
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        try (XWPFDocument docx = new XWPFDocument(in)) {
            Walk walk = new Walk(docx);
            walk.body(docx.getBodyElements());
            if (walk.blocks.isEmpty()) {
                throw new ExtractionException(ExtractionException.Reason.NO_TEXT,
                        source + ": the DOCX document holds no text");
            }
            return new Document(metadata(docx), walk.blocks);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ExtractionException(ExtractionException.Reason.UNSUPPORTED_FORMAT, source
                    + ": an old binary Word (.doc) file or an encrypted document, not DOCX", e);
        } catch (NotOfficeXmlFileException | POIXMLException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT, source
                    + ": the DOCX package is damaged (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ExtractionException(ExtractionException.Reason.HOSTILE, source
                        + ": refused as a possible zip bomb while unpacking (" + firstLine(e.getMessage()) + ")", e);
            }
            throw new ExtractionException(ExtractionException.Reason.CORRUPT, source
                    + ": the DOCX package cannot be read (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** The body walk: blocks in order with their ordinal. */
    private static final class Walk {
        final XWPFDocument docx;
        final List<Block> blocks = new ArrayList<>();
        int ordinal;
        int tables;

        Walk(XWPFDocument docx) {
            this.docx = docx;
        }

        void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    text(sdt.getContent().getText());
                }
            }
        }

        void paragraph(XWPFParagraph p) {
            String text = TextRules.clean(nfc(p.getText()).replace('\n', ' '));
            if (text.isEmpty()) {
                return;
            }
            Provenance at = Provenance.ofLine(null, ++ordinal);
            Integer styleLevel = headingLevel(p);
            Optional<TextRules.NumberedHeading> numbered = TextRules.numberedHeading(text)
                    .filter(n -> !n.words().isEmpty());
            if (styleLevel != null) {
                blocks.add(numbered.map(n -> new Heading(styleLevel, n.numbering(), n.words(), at))
                        .orElseGet(() -> new Heading(styleLevel, "", text, at)));
            } else {
                blocks.add(numbered.map(n -> (Block) new Heading(n.level(), n.numbering(), n.words(), at))
                        .orElseGet(() -> new Paragraph(text, at)));
            }
        }

        void text(String raw) {
            for (String line : nfc(raw).split("\\R")) {
                String text = TextRules.clean(line);
                if (!text.isEmpty()) {
                    blocks.add(new Paragraph(text, Provenance.ofLine(null, ++ordinal)));
                }
            }
        }

        void table(XWPFTable table) {
            boolean layout = table.getRows().stream().flatMap(r -> r.getTableCells().stream())
                    .anyMatch(c -> !c.getTables().isEmpty());
            if (layout) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements());
                    }
                }
                return;
            }
            if (table.getRows().isEmpty()) {
                return;
            }
            blocks.add(PoiDocxTables.toTable(tables++, table, Provenance.ofLine(null, ++ordinal)));
        }

        private Integer headingLevel(XWPFParagraph p) {
            String styleId = p.getStyleID();
            if (styleId != null && docx.getStyles() != null) {
                XWPFStyle style = docx.getStyles().getStyle(styleId);
                String name = style == null ? styleId : style.getName();
                if (name != null) {
                    Matcher m = HEADING_STYLE.matcher(name);
                    if (m.matches()) {
                        return Integer.valueOf(m.group(1));
                    }
                    if (name.equalsIgnoreCase("title")) {
                        return 1;
                    }
                }
            }
            var pPr = p.getCTP().getPPr();
            if (pPr != null && pPr.isSetOutlineLvl()) {
                int level = pPr.getOutlineLvl().getVal().intValue();
                return level >= 0 && level < 9 ? level + 1 : null;
            }
            return null;
        }
    }

    private static DocumentMetadata metadata(XWPFDocument docx) {
        POIXMLProperties properties = docx.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Map<String, String> extra = new HashMap<>();
        put(extra, "author", core.getCreator());
        put(extra, "lastModifiedBy", core.getLastModifiedByUser());
        put(extra, "subject", core.getSubject());
        put(extra, "keywords", core.getKeywords());
        put(extra, "description", core.getDescription());
        put(extra, "category", core.getCategory());
        if (core.getModified() != null) {
            extra.put("modified", DateTimeFormatter.ISO_INSTANT.format(core.getModified().toInstant()));
        }
        String created = core.getCreated() == null ? null
                : DateTimeFormatter.ISO_INSTANT.format(core.getCreated().toInstant());
        var app = properties.getExtendedProperties();
        String producer = app == null ? null : blankToNull(app.getApplication());
        Integer pages = app == null || app.getPages() <= 0 ? null : app.getPages();
        return new DocumentMetadata(DocumentFormat.DOCX, MEDIA_TYPE, blankToNull(nfc(core.getTitle())), created, pages,
                producer, extra);
    }

    private static void put(Map<String, String> extra, String key, String value) {
        String v = blankToNull(nfc(value));
        if (v != null) {
            extra.put(key, v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
