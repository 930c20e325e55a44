package dev.planetl.extract.docx;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Stax;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code word/document.xml} with a streaming XML reader into the body's items in order: paragraphs (their
 * text and the heading level their style or outline level gives), the text of block-level content controls, and
 * tables as rows of cells with their grid properties and content (nested tables included).
 *
 * <p>A paragraph's text is its runs' {@code w:t}, a tab for {@code w:tab}, a line break for {@code w:br} and
 * {@code w:cr}, through hyperlinks, fields, inserted runs, smart tags and inline content controls. Left out, as POI
 * leaves them out: deleted runs ({@code w:del}), field codes ({@code w:instrText}), drawings and text boxes,
 * footnote marks. Elements it does not know are walked through for their content. One instance per document; not
 * thread-safe.
 */
final class DocxBody {

    /** Tables nested deeper than this are a damaged or hostile body; no plan nests a table in more than a few. */
    static final int MAX_DEPTH = 32;

    private static final Set<String> LEFT_OUT = Set.of("del", "moveFrom", "instrText", "delText", "delInstrText",
            "drawing", "pict", "object", "footnoteReference", "endnoteReference", "rPr", "sdtPr", "sdtEndPr",
            "txbxContent", "fldData", "sectPr", "tblPr", "tblPrEx", "bookmarkStart", "commentReference");

    /** A body item: what the extractor turns into blocks. */
    sealed interface Item permits Para, Plain, RawTable {
    }

    /** A paragraph's raw text and the heading level its style or outline level gives it (null: none). */
    record Para(String text, Integer level) implements Item {
    }

    /** Text of a block-level content control (a table of contents, a form): lines read as plain paragraphs. */
    record Plain(String text) implements Item {
    }

    record RawCell(int gridSpan, boolean continues, List<Item> content) {
    }

    record RawRow(int gridBefore, boolean header, List<RawCell> cells) {
    }

    /** A table as written: the grid's column count ({@code w:tblGrid}) and its rows. */
    record RawTable(int gridColumns, List<RawRow> rows) implements Item {
    }

    private final DocxStyles styles;

    DocxBody(DocxStyles styles) {
        this.styles = styles;
    }

    /** The items of the body; the reader stands on the root element and is read to its end. */
    List<Item> read(XMLStreamReader r) throws XMLStreamException, ExtractionException {
        List<Item> items = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && DocxXml.isWord(r) && r.getLocalName().equals("body")) {
                blocks(r, items, 0, null);
            }
        }
        return items;
    }

    /**
     * The child elements of the element a reader stands on, read to its end: children outside WordprocessingML or
     * left out are read past unseen. Each name {@link #next} gives is either read past by the caller, to its end tag,
     * or walked into ({@link #walkInto}), its own children then coming as if they were this element's.
     */
    private static final class Children {
        private final XMLStreamReader r;
        private int open = 1;

        Children(XMLStreamReader r) {
            this.r = r;
        }

        /** The local name of the next child to read, the reader on its start tag; null at the element's end. */
        String next() throws XMLStreamException {
            while (open > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    open--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (!DocxXml.isWord(r) || LEFT_OUT.contains(name)) {
                        Stax.skip(r);
                    } else {
                        return name;
                    }
                }
            }
            return null;
        }

        /** The child just given is not read by the caller: its children are walked through for their content. */
        void walkInto() {
            open++;
        }
    }

    /** The cell properties being read, when {@link #blocks} reads a table cell. */
    private static final class CellProps {
        int gridSpan = 1;
        boolean continues;
    }

    /** Reads the children of the element the reader stands on, to its end. */
    private void blocks(XMLStreamReader r, List<Item> items, int depth, CellProps cell)
            throws XMLStreamException, ExtractionException {
        Children children = new Children(r);
        for (String name = children.next(); name != null; name = children.next()) {
            if (name.equals("p")) {
                items.add(paragraph(r));
            } else if (name.equals("tbl")) {
                items.add(table(r, depth + 1));
            } else if (name.equals("sdt")) {
                List<Item> inner = new ArrayList<>();
                blocks(r, inner, depth, null);
                StringBuilder text = new StringBuilder();
                flatten(inner, text);
                items.add(new Plain(text.toString()));
            } else if (name.equals("tcPr") && cell != null) {
                cellProperties(r, cell);
            } else {
                children.walkInto();
            }
        }
    }

    /** Text lines of a content control's items; a table's rows as lines of tab-separated cells. */
    private static void flatten(List<Item> items, StringBuilder text) {
        for (Item item : items) {
            if (item instanceof Para p) {
                text.append(p.text()).append('\n');
            } else if (item instanceof Plain p) {
                text.append(p.text()).append('\n');
            } else if (item instanceof RawTable t) {
                for (RawRow row : t.rows()) {
                    for (RawCell c : row.cells()) {
                        StringBuilder cellText = new StringBuilder();
                        flatten(c.content(), cellText);
                        text.append(cellText.toString().replace('\n', ' ').strip()).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
    }

    private Para paragraph(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        String styleId = null;
        Integer outline = null;
        Children children = new Children(r);
        for (String name = children.next(); name != null; name = children.next()) {
            if (name.equals("p") || name.equals("tbl")) {
                Stax.skip(r);
            } else if (name.equals("pPr")) {
                String[] props = paragraphProperties(r);
                styleId = props[0];
                outline = outlineLevel(props[1]);
            } else if (name.equals("t")) {
                text.append(r.getElementText());
            } else if (name.equals("tab") || name.equals("ptab")) {
                text.append('\t');
                Stax.skip(r);
            } else if (name.equals("br") || name.equals("cr")) {
                text.append('\n');
                Stax.skip(r);
            } else {
                children.walkInto();
            }
        }
        Integer level = styles.level(styleId);
        return new Para(text.toString(), level != null ? level : outline);
    }

    /** {@code w:pStyle} and {@code w:outlineLvl} among the direct children of {@code w:pPr}. */
    private static String[] paragraphProperties(XMLStreamReader r) throws XMLStreamException {
        String[] props = new String[2];
        for (String[] child = next(r); child != null; child = next(r)) {
            if (child[0].equals("pStyle")) {
                props[0] = child[1];
            } else if (child[0].equals("outlineLvl")) {
                props[1] = child[1];
            }
        }
        return props;
    }

    /** Level 1–9 from an outline level 0–8; 9 (body text) and anything unreadable are none. */
    private static Integer outlineLevel(String value) {
        try {
            int level = value == null ? -1 : Integer.parseInt(value.strip());
            return level >= 0 && level < 9 ? level + 1 : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private RawTable table(XMLStreamReader r, int depth) throws XMLStreamException, ExtractionException {
        if (depth > MAX_DEPTH) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT, "tables nested more than "
                    + MAX_DEPTH + " deep");
        }
        int gridColumns = 0;
        List<RawRow> rows = new ArrayList<>();
        Children children = new Children(r);
        for (String name = children.next(); name != null; name = children.next()) {
            if (name.equals("tblGrid")) {
                for (String[] child = next(r); child != null; child = next(r)) {
                    gridColumns += child[0].equals("gridCol") ? 1 : 0;
                }
            } else if (name.equals("tr")) {
                rows.add(row(r, depth));
            } else {
                children.walkInto();
            }
        }
        return new RawTable(gridColumns, rows);
    }

    private RawRow row(XMLStreamReader r, int depth) throws XMLStreamException, ExtractionException {
        int gridBefore = 0;
        boolean seenGridBefore = false;
        boolean header = false;
        List<RawCell> cells = new ArrayList<>();
        Children children = new Children(r);
        for (String name = children.next(); name != null; name = children.next()) {
            if (name.equals("trPr")) {
                for (String[] child = next(r); child != null; child = next(r)) {
                    if (child[0].equals("gridBefore") && !seenGridBefore) {
                        gridBefore = DocxTables.number(child[1]);
                        seenGridBefore = true;
                    } else if (child[0].equals("tblHeader")) {
                        header = DocxXml.onOff(child[1]);
                    }
                }
            } else if (name.equals("tc")) {
                CellProps props = new CellProps();
                List<Item> content = new ArrayList<>();
                blocks(r, content, depth, props);
                cells.add(new RawCell(props.gridSpan, props.continues, content));
            } else {
                children.walkInto();
            }
        }
        return new RawRow(gridBefore, header, cells);
    }

    private static void cellProperties(XMLStreamReader r, CellProps cell) throws XMLStreamException {
        for (String[] child = next(r); child != null; child = next(r)) {
            if (child[0].equals("gridSpan")) {
                cell.gridSpan = Math.max(1, DocxTables.number(child[1]));
            } else if (child[0].equals("vMerge")) {
                cell.continues = child[1] == null || child[1].equals("continue");
            }
        }
    }

    /**
     * The next direct child of the properties element the reader stands in, as its local name and {@code w:val},
     * read past; null at the element's end. Children of children (a tracked change's former properties) are
     * read past unseen.
     */
    private static String[] next(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return null;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String[] child = {DocxXml.isWord(r) ? r.getLocalName() : "", DocxXml.attr(r, "val")};
                Stax.skip(r);
                return child;
            }
        }
    }
}
