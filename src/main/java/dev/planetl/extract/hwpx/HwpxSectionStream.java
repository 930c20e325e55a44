package dev.planetl.extract.hwpx;

import dev.planetl.extract.Provenance;
import dev.planetl.extract.Stax;
import dev.planetl.extract.hwp.BlockSink;
import dev.planetl.extract.hwp.GridCell;
import dev.planetl.extract.hwp.TableGrid;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one OWPML section ({@code Contents/sectionN.xml}) with a streaming XML reader, for the packages hwpxlib
 * cannot read (it stops at an element it does not know): paragraphs in order, tables placed by each
 * {@code hp:tc}'s {@code hp:cellAddr} and {@code hp:cellSpan}, text boxes and captions as body paragraphs;
 * headers, footers and notes left out, as {@link HwpxBodyWalker} does. Elements it does not know are walked
 * through for their text. The outline numbers Hangul computes from paragraph styles need hwpxlib's model and
 * are not put in front of the text.
 *
 * <p>The reader resolves no DTD and no external entity; the package has passed {@link HwpxPackageCheck} (no
 * DOCTYPE, inflation capped) before. One instance per document; not thread-safe.
 */
final class HwpxSectionStream {

    private static final Set<String> LEFT_OUT = Set.of("header", "footer", "footNote", "endNote", "secPr");
    private static final int MAX_DEPTH = 16;

    private final BlockSink sink;
    private final XMLInputFactory factory;
    private int ordinal;

    HwpxSectionStream(BlockSink sink) {
        this.sink = sink;
        this.factory = Stax.lockedDownFactory();
    }

    void section(InputStream xml) throws XMLStreamException, IOException {
        XMLStreamReader r = factory.createXMLStreamReader(xml, "UTF-8");
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("p")) {
                    ordinal++;
                    bodyParagraph(r, 0);
                }
            }
        } finally {
            r.close();
        }
    }

    /** At the start of an {@code hp:p}; reads to its end. */
    private void bodyParagraph(XMLStreamReader r, int depth) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int open = 1;
        while (open > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t")) {
                    appendT(r, text, '\t');
                } else if (name.equals("tbl") && depth < MAX_DEPTH) {
                    sink.paragraph(text.toString(), ordinal);
                    text.setLength(0);
                    table(r, depth);
                } else if (name.equals("p") && depth < MAX_DEPTH) {
                    sink.paragraph(text.toString(), ordinal);
                    text.setLength(0);
                    bodyParagraph(r, depth + 1);
                } else if (LEFT_OUT.contains(name) || depth >= MAX_DEPTH && (name.equals("tbl") || name.equals("p"))) {
                    Stax.skip(r);
                } else {
                    open++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
        sink.paragraph(text.toString(), ordinal);
    }

    /** At the start of an {@code hp:tbl}; reads to its end. */
    private void table(XMLStreamReader r, int depth) throws XMLStreamException {
        int index = sink.nextTableIndex();
        int rows = intAttribute(r, "rowCnt", 0);
        int columns = intAttribute(r, "colCnt", 0);
        List<GridCell> cells = new ArrayList<>();
        int open = 1;
        while (open > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("tc")) {
                    cell(r, index, depth, cells);
                } else if (LEFT_OUT.contains(r.getLocalName())) {
                    Stax.skip(r);
                } else {
                    open++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
        sink.table(TableGrid.build(index, rows, columns, cells, Provenance.ofLine(null, ordinal), sink.source(),
                sink::warn));
    }

    /** At the start of an {@code hp:tc}: its address, span and text (nested tables' text inline). */
    private void cell(XMLStreamReader r, int table, int depth, List<GridCell> cells) throws XMLStreamException {
        boolean title = "1".equals(r.getAttributeValue(null, "header"));
        Integer row = null;
        Integer column = null;
        int rowSpan = 1;
        int colSpan = 1;
        List<String> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int open = 1;
        while (open > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t")) {
                    appendT(r, text, ' ');
                } else if (LEFT_OUT.contains(name) || depth >= MAX_DEPTH && name.equals("tbl")) {
                    Stax.skip(r);
                } else {
                    if (name.equals("cellAddr") && open == 1) {
                        row = intAttribute(r, "rowAddr", -1);
                        column = intAttribute(r, "colAddr", -1);
                    } else if (name.equals("cellSpan") && open == 1) {
                        rowSpan = intAttribute(r, "rowSpan", 1);
                        colSpan = intAttribute(r, "colSpan", 1);
                    }
                    open++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
                if (r.getLocalName().equals("p")) {
                    String s = text.toString().strip();
                    if (!s.isEmpty()) {
                        parts.add(s);
                    }
                    text.setLength(0);
                }
            }
        }
        String cellText = String.join(" ", parts);
        if (row == null || row < 0 || column == null || column < 0) {
            sink.warn(sink.source() + ": table " + table + " has a cell without hp:cellAddr; its text \"" + cellText
                    + "\" is left out");
            return;
        }
        cells.add(new GridCell(row, column, rowSpan, colSpan, cellText, title));
    }

    /** At the start of an {@code hp:t}: its text, tab as {@code tab}, line breaks and special spaces as a space. */
    private static void appendT(XMLStreamReader r, StringBuilder text, char tab) throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (open == 1) {
                    text.append(r.getText());
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "tab" -> text.append(tab);
                    case "lineBreak", "nbSpace", "fwSpace" -> text.append(' ');
                    case "hyphen" -> text.append('-');
                    default -> {
                    }
                }
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    private static int intAttribute(XMLStreamReader r, String name, int otherwise) {
        String value = r.getAttributeValue(null, name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
