package dev.planetl.extract.hwp;

import dev.planetl.extract.Provenance;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlContainer;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlRectangle;
import kr.dogfoot.hwplib.object.bodytext.control.gso.GsoControl;
import kr.dogfoot.hwplib.object.bodytext.control.table.Cell;
import kr.dogfoot.hwplib.object.bodytext.control.table.ListHeaderForCell;
import kr.dogfoot.hwplib.object.bodytext.control.table.Row;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPChar;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPCharType;
import kr.dogfoot.hwplib.tool.textextractor.paraHead.ParaHeadMaker;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Walks hwplib's body text in reading order: the text of each paragraph up to a table becomes a paragraph,
 * the table becomes a {@link dev.planetl.extract.Table}, the text after it another paragraph. Text boxes
 * (rectangles with text, common as summary boxes) are read as body paragraphs; headers, footers,
 * footnotes and fields are left out. A number or bullet Hangul prints in front of a paragraph from its
 * outline or numbering style (not typed in the text) is computed with hwplib's ParaHeadMaker and put in
 * front of the text, as a reader sees it. One instance per extraction; not thread-safe.
 */
final class HwpBodyWalker {

    /** Nesting past this depth (tables in text boxes in tables …) is not followed: a hostile file could loop. */
    private static final int MAX_DEPTH = 16;

    private final BlockSink sink;
    private final ParaHeadMaker heads;
    private final ParagraphHeads<Paragraph> paragraphHeads;
    private int ordinal;

    HwpBodyWalker(BlockSink sink, HWPFile hwp) {
        this.sink = sink;
        this.heads = new ParaHeadMaker(hwp);
        this.paragraphHeads = new ParagraphHeads<>(sink, heads::paraHeadString);
    }

    void section(Section section) {
        heads.startSection(section);
        for (Paragraph p : section.getParagraphs()) {
            ordinal++;
            bodyParagraph(p, 0);
        }
        heads.endSection();
    }

    private void bodyParagraph(Paragraph p, int depth) {
        StringBuilder text = new StringBuilder();
        if (depth == 0) {
            text.append(paragraphHeads.head(p));
        }
        eachChar(p, (ch, control) -> {
            if (ch.getType() != HWPCharType.ControlExtend) {
                appendChar(text, ch, '\t');
            } else if (control instanceof ControlTable table && depth < MAX_DEPTH) {
                sink.paragraph(text.toString(), ordinal);
                text.setLength(0);
                table(table, depth);
            } else if (control instanceof GsoControl gso && depth < MAX_DEPTH) {
                sink.paragraph(text.toString(), ordinal);
                text.setLength(0);
                gsoBody(gso, depth + 1);
            }
        });
        sink.paragraph(text.toString(), ordinal);
    }

    private void gsoBody(GsoControl gso, int depth) {
        if (gso instanceof ControlRectangle rect && rect.getTextBox() != null) {
            for (Paragraph q : paragraphs(rect.getTextBox().getParagraphList())) {
                bodyParagraph(q, depth);
            }
        } else if (gso instanceof ControlContainer container && container.getChildControlList() != null) {
            for (GsoControl child : container.getChildControlList()) {
                gsoBody(child, depth + 1);
            }
        }
    }

    private void table(ControlTable table, int depth) {
        int index = sink.nextTableIndex();
        List<GridCell> cells = new ArrayList<>();
        for (Row row : table.getRowList()) {
            for (Cell cell : row.getCellList()) {
                ListHeaderForCell h = cell.getListHeader();
                cells.add(new GridCell(h.getRowIndex(), h.getColIndex(), h.getRowSpan(), h.getColSpan(),
                        cellText(cell.getParagraphList(), depth + 1),
                        h.getProperty() != null && h.getProperty().isTitleCell()));
            }
        }
        kr.dogfoot.hwplib.object.bodytext.control.table.Table record = table.getTable();
        sink.table(TableGrid.build(index, record.getRowCount(), record.getColumnCount(), cells,
                Provenance.ofLine(null, ordinal), sink.source(), sink::warn));
    }

    /** A cell's paragraphs joined by a space; a table or text box inside the cell contributes its text. */
    private String cellText(ParagraphList list, int depth) {
        List<String> parts = new ArrayList<>();
        for (Paragraph p : paragraphs(list)) {
            StringBuilder text = new StringBuilder();
            eachChar(p, (ch, control) -> {
                if (ch.getType() != HWPCharType.ControlExtend) {
                    appendChar(text, ch, ' ');
                } else if (depth < MAX_DEPTH) {
                    appendNested(text, control, depth);
                }
            });
            String s = text.toString().strip();
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return String.join(" ", parts);
    }

    private void appendNested(StringBuilder text, Control control, int depth) {
        String nested = "";
        if (control instanceof ControlTable inner) {
            List<String> parts = new ArrayList<>();
            for (Row row : inner.getRowList()) {
                for (Cell cell : row.getCellList()) {
                    String s = cellText(cell.getParagraphList(), depth + 1);
                    if (!s.isEmpty()) {
                        parts.add(s);
                    }
                }
            }
            nested = String.join(" ", parts);
        } else if (control instanceof ControlRectangle rect && rect.getTextBox() != null) {
            nested = cellText(rect.getTextBox().getParagraphList(), depth + 1);
        } else if (control instanceof ControlContainer container && container.getChildControlList() != null) {
            List<String> parts = new ArrayList<>();
            for (GsoControl child : container.getChildControlList()) {
                StringBuilder sb = new StringBuilder();
                appendNested(sb, child, depth + 1);
                if (!sb.isEmpty()) {
                    parts.add(sb.toString().strip());
                }
            }
            nested = String.join(" ", parts);
        }
        if (!nested.isEmpty()) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(nested).append(' ');
        }
    }

    /** Normal characters as they are; tab as {@code tab}; line break, no-break and fixed-width space as a space. */
    private static void appendChar(StringBuilder text, HWPChar ch, char tab) {
        int code = ch.getCode();
        switch (ch.getType()) {
            case Normal -> text.append((char) code);
            case ControlChar -> {
                if (code == 10 || code == 30 || code == 31) {
                    text.append(' ');
                } else if (code == 24) {
                    text.append('-');
                }
            }
            case ControlInline -> {
                if (code == 9) {
                    text.append(tab);
                }
            }
            default -> {
            }
        }
    }

    /**
     * A paragraph's characters in order, each extended-control character with the control it stands for (the
     * paragraph's controls are listed in the order of those characters; null past the list's end or for any other
     * character).
     */
    private static void eachChar(Paragraph p, BiConsumer<HWPChar, Control> visit) {
        List<Control> controls = p.getControlList() == null ? List.of() : p.getControlList();
        int extended = 0;
        for (HWPChar ch : chars(p)) {
            Control control = null;
            if (ch.getType() == HWPCharType.ControlExtend) {
                control = extended < controls.size() ? controls.get(extended) : null;
                extended++;
            }
            visit.accept(ch, control);
        }
    }

    private static List<HWPChar> chars(Paragraph p) {
        return p.getText() == null || p.getText().getCharList() == null ? List.of() : p.getText().getCharList();
    }

    private static Paragraph[] paragraphs(ParagraphList list) {
        return list == null || list.getParagraphs() == null ? new Paragraph[0] : list.getParagraphs();
    }
}
