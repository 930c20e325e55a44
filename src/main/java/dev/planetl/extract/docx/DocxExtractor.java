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
import dev.planetl.extract.docx.DocxBody.Item;
import dev.planetl.extract.docx.DocxBody.Para;
import dev.planetl.extract.docx.DocxBody.Plain;
import dev.planetl.extract.docx.DocxBody.RawCell;
import dev.planetl.extract.docx.DocxBody.RawRow;
import dev.planetl.extract.docx.DocxBody.RawTable;
import dev.planetl.extract.text.TextRules;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads DOCX by streaming its XML, as HWPX is read: the package's parts ({@link DocxPackage}), the styles
 * ({@link DocxStyles}), then the body's paragraphs and tables in order ({@link DocxBody}).
 *
 * <ul>
 *   <li>A paragraph in a heading style ({@code heading 1} … {@code heading 9}, {@code Title}) or with an outline
 *       level is a {@link Heading} at that level, its printed numbering split off when it has one. Any other
 *       paragraph that is a numbered line by the text rules ({@code 1-1 …}, {@code Ⅳ. …}) is a heading at its
 *       scheme's level, as in text; the rest are paragraphs. Numbers Word draws from list definitions
 *       ({@code word/numbering.xml}) are not in the text and are not rebuilt.</li>
 *   <li>Tables: see {@link DocxTables}. A table whose cells hold tables is layout, as in HTML: its cells' content
 *       is read as ordinary blocks and only the inner tables become tables.</li>
 *   <li>Block-level content controls (a table of contents, a form) are read as plain paragraphs, one a line.</li>
 *   <li>Page headers, footers, footnotes, comments and text boxes are not read.</li>
 *   <li>Provenance: DOCX has no lines or fixed pages, so {@code line} is the block's ordinal in the body.</li>
 *   <li>Core properties give title, created and producer; author, subject, keywords and the like go to
 *       {@code extra}; the page count is the one the file's extended properties claim.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DocxExtractor implements Extractor {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Default cap on the bytes all entries of the package inflate to together. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 256L * 1024 * 1024;

    private final long maxInflatedBytes;

    public DocxExtractor() {
        this(DEFAULT_MAX_INFLATED_BYTES);
    }

    /** @param maxInflatedBytes cap on the bytes all entries inflate to together; past it the file is HOSTILE */
    public DocxExtractor(long maxInflatedBytes) {
        this.maxInflatedBytes = maxInflatedBytes;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public Document extract(InputStream in, String source) throws ExtractionException {
        DocxPackage pkg = DocxPackage.read(in, source, maxInflatedBytes);
        DocxXml xml = new DocxXml(source);
        DocxRelations root = DocxRelations.of(pkg, xml, "");
        String main = root.target("officeDocument", "word/document.xml");
        byte[] body = pkg.part(main);
        if (body == null) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT, source
                    + ": the DOCX package is damaged (it holds no main document part " + main + ")");
        }
        String stylesPart = DocxRelations.of(pkg, xml, main).target("styles", null);
        byte[] stylesXml = pkg.part(stylesPart);
        DocxStyles styles = stylesXml == null ? DocxStyles.none() : DocxStyles.read(stylesXml, stylesPart, xml);
        List<Item> items;
        XMLStreamReader r = xml.open(body, main);
        try {
            items = new DocxBody(styles).read(r);
        } catch (XMLStreamException e) {
            throw xml.malformed(main, e.getMessage());
        } catch (ExtractionException e) {
            throw new ExtractionException(e.reason(), source + ": the DOCX package is damaged (" + e.getMessage()
                    + ")", e);
        }
        Walk walk = new Walk();
        walk.items(items);
        if (walk.blocks.isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT,
                    source + ": the DOCX document holds no text");
        }
        String core = root.target("core-properties", "docProps/core.xml");
        String app = root.target("extended-properties", "docProps/app.xml");
        DocumentMetadata metadata = DocxProperties.read(pkg.part(core), core, pkg.part(app), app, xml);
        return new Document(metadata, walk.blocks);
    }

    /** The body's items to blocks in order, with their ordinal. */
    private static final class Walk {
        final List<Block> blocks = new ArrayList<>();
        int ordinal;
        int tables;

        void items(List<Item> items) {
            for (Item item : items) {
                if (item instanceof Para p) {
                    paragraph(p);
                } else if (item instanceof Plain p) {
                    text(p.text());
                } else if (item instanceof RawTable t) {
                    table(t);
                }
            }
        }

        void paragraph(Para p) {
            String text = TextRules.clean(nfc(p.text()).replace('\n', ' '));
            if (text.isEmpty()) {
                return;
            }
            Provenance at = Provenance.ofLine(null, ++ordinal);
            Integer styleLevel = p.level();
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

        void table(RawTable table) {
            if (DocxTables.holdsTables(table)) {
                for (RawRow row : table.rows()) {
                    for (RawCell cell : row.cells()) {
                        items(cell.content());
                    }
                }
                return;
            }
            if (table.rows().isEmpty()) {
                return;
            }
            blocks.add(DocxTables.toTable(tables++, table, Provenance.ofLine(null, ++ordinal)));
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
