package dev.planetl.extract.hwpx;

import dev.planetl.extract.Provenance;
import dev.planetl.extract.hwp.BlockSink;
import dev.planetl.extract.hwp.GridCell;
import dev.planetl.extract.hwp.ParagraphHeads;
import dev.planetl.extract.hwp.TableGrid;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.TItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Container;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.drawingobject.DrawingObject;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.shapecomponent.ShapeComponent;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.FWSpace;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Hyphen;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.LineBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NBSpace;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NormalText;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Tab;

import kr.dogfoot.hwpxlib.tool.textextractor.paraHead.ParaHeadMaker;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the OWPML body (hp:p → hp:run → hp:t / hp:tbl / drawing objects) in reading order, the HWPX
 * counterpart of the HWP walker: text up to a table is a paragraph, the table ({@code hp:tc} placed by its
 * {@code hp:cellAddr} and {@code hp:cellSpan}) a table, text boxes are read as body paragraphs; headers,
 * footers and footnotes ({@code hp:ctrl}) are left out. A number or bullet Hangul prints from a paragraph's
 * outline or numbering style is computed with hwpxlib's ParaHeadMaker and put in front of the text.
 * One instance per extraction; not thread-safe.
 */
final class HwpxBodyWalker {

    private static final int MAX_DEPTH = 16;

    private final BlockSink sink;
    private final ParaHeadMaker heads;
    private final ParagraphHeads<Para> paragraphHeads;
    private int ordinal;

    HwpxBodyWalker(BlockSink sink, HWPXFile hwpx) {
        this.sink = sink;
        this.heads = new ParaHeadMaker(hwpx);
        this.paragraphHeads = new ParagraphHeads<>(sink, heads::make);
    }

    void section(ParaListCore section) {
        heads.startSection();
        for (Para p : section.paras()) {
            ordinal++;
            bodyParagraph(p, 0);
        }
        heads.endSection();
    }

    private void bodyParagraph(Para p, int depth) {
        StringBuilder text = new StringBuilder();
        if (depth == 0) {
            text.append(paragraphHeads.head(p));
        }
        for (Run run : p.runs()) {
            for (RunItem item : run.runItems()) {
                if (item instanceof T t) {
                    appendT(text, t, '\t');
                } else if (item instanceof Table table && depth < MAX_DEPTH) {
                    sink.paragraph(text.toString(), ordinal);
                    text.setLength(0);
                    table(table, depth);
                } else if (item instanceof ShapeComponent<?> shape && depth < MAX_DEPTH) {
                    sink.paragraph(text.toString(), ordinal);
                    text.setLength(0);
                    shapeBody(shape, depth + 1);
                }
            }
        }
        sink.paragraph(text.toString(), ordinal);
    }

    private void shapeBody(ShapeComponent<?> shape, int depth) {
        if (shape instanceof DrawingObject<?> drawing && drawing.drawText() != null
                && drawing.drawText().subList() != null) {
            for (Para q : drawing.drawText().subList().paras()) {
                bodyParagraph(q, depth);
            }
        } else if (shape instanceof Container container && depth < MAX_DEPTH) {
            for (ShapeComponent<?> child : container.children()) {
                shapeBody(child, depth + 1);
            }
        }
    }

    private void table(Table table, int depth) {
        int index = sink.nextTableIndex();
        List<GridCell> cells = new ArrayList<>();
        for (Tr tr : table.trs()) {
            for (Tc tc : tr.tcs()) {
                if (tc.cellAddr() == null || tc.cellAddr().rowAddr() == null || tc.cellAddr().colAddr() == null) {
                    sink.warn(sink.source() + ": table " + index + " has a cell without hp:cellAddr; its text \""
                            + cellText(tc.subList(), depth + 1) + "\" is left out");
                    continue;
                }
                int rowSpan = tc.cellSpan() == null || tc.cellSpan().rowSpan() == null ? 1 : tc.cellSpan().rowSpan();
                int colSpan = tc.cellSpan() == null || tc.cellSpan().colSpan() == null ? 1 : tc.cellSpan().colSpan();
                cells.add(new GridCell(tc.cellAddr().rowAddr(), tc.cellAddr().colAddr(), rowSpan, colSpan,
                        cellText(tc.subList(), depth + 1), Boolean.TRUE.equals(tc.header())));
            }
        }
        int rows = table.rowCnt() == null ? 0 : table.rowCnt();
        int columns = table.colCnt() == null ? 0 : table.colCnt();
        sink.table(TableGrid.build(index, rows, columns, cells, Provenance.ofLine(null, ordinal),
                sink.source(), sink::warn));
    }

    /** A cell's paragraphs joined by a space; tables and text boxes inside contribute their text. */
    private String cellText(SubList list, int depth) {
        if (list == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Para p : list.paras()) {
            StringBuilder text = new StringBuilder();
            for (Run run : p.runs()) {
                for (RunItem item : run.runItems()) {
                    if (item instanceof T t) {
                        appendT(text, t, ' ');
                    } else if (depth < MAX_DEPTH) {
                        appendNested(text, item, depth);
                    }
                }
            }
            String s = text.toString().strip();
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return String.join(" ", parts);
    }

    private void appendNested(StringBuilder text, Object item, int depth) {
        List<String> parts = new ArrayList<>();
        if (item instanceof Table inner) {
            for (Tr tr : inner.trs()) {
                for (Tc tc : tr.tcs()) {
                    parts.add(cellText(tc.subList(), depth + 1));
                }
            }
        } else if (item instanceof DrawingObject<?> drawing && drawing.drawText() != null) {
            parts.add(cellText(drawing.drawText().subList(), depth + 1));
        } else if (item instanceof Container container) {
            for (ShapeComponent<?> child : container.children()) {
                StringBuilder sb = new StringBuilder();
                appendNested(sb, child, depth + 1);
                parts.add(sb.toString());
            }
        }
        String nested = String.join(" ", parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (!nested.isEmpty()) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(nested).append(' ');
        }
    }

    private static void appendT(StringBuilder text, T t, char tab) {
        if (t.isOnlyText()) {
            text.append(t.onlyText());
            return;
        }
        if (t.items() == null) {
            return;
        }
        for (TItem item : t.items()) {
            if (item instanceof NormalText normal) {
                text.append(normal.text() == null ? "" : normal.text());
            } else if (item instanceof Tab) {
                text.append(tab);
            } else if (item instanceof LineBreak || item instanceof NBSpace || item instanceof FWSpace) {
                text.append(' ');
            } else if (item instanceof Hyphen) {
                text.append('-');
            }
        }
    }
}
