package dev.planetl.samples;

import dev.planetl.samples.SampleDocument.Grid;
import dev.planetl.samples.SampleDocument.GridCellSpec;
import dev.planetl.samples.SampleDocument.Para;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.ControlType;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.CtrlHeaderGso;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.HeightCriterion;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.HorzRelTo;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.ObjectNumberSort;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.RelativeArrange;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.TextFlowMethod;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.TextHorzArrange;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.VertRelTo;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.WidthCriterion;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.sectiondefine.TextDirection;
import kr.dogfoot.hwplib.object.bodytext.control.gso.textbox.LineChange;
import kr.dogfoot.hwplib.object.bodytext.control.gso.textbox.TextVerticalAlignment;
import kr.dogfoot.hwplib.object.bodytext.control.table.Cell;
import kr.dogfoot.hwplib.object.bodytext.control.table.DivideAtPageBoundary;
import kr.dogfoot.hwplib.object.bodytext.control.table.ListHeaderForCell;
import kr.dogfoot.hwplib.object.bodytext.control.table.Row;
import kr.dogfoot.hwplib.object.bodytext.control.table.Table;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.header.ParaHeader;
import kr.dogfoot.hwplib.object.bodytext.paragraph.lineseg.LineSegItem;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPChar;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPCharControlInline;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.ParaText;
import kr.dogfoot.hwplib.object.docinfo.BorderFill;
import kr.dogfoot.hwplib.object.docinfo.borderfill.BackSlashDiagonalShape;
import kr.dogfoot.hwplib.object.docinfo.borderfill.BorderThickness;
import kr.dogfoot.hwplib.object.docinfo.borderfill.BorderType;
import kr.dogfoot.hwplib.object.docinfo.borderfill.SlashDiagonalShape;
import kr.dogfoot.hwplib.object.docinfo.borderfill.fillinfo.PatternFill;
import kr.dogfoot.hwplib.object.docinfo.borderfill.fillinfo.PatternType;
import kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwplib.writer.HWPWriter;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a {@link SampleDocument} as an HWP 5 file with hwplib, starting from hwplib's blank document.
 * Each table cell carries its own row/column address and span in its list header, as Hangul writes them;
 * header cells are marked as title cells. Used by the tests and by {@link HwpRenderingGenerator}.
 */
public final class HwpSampleWriter {

    private static final long PAGE_TEXT_WIDTH = mm(150);
    private static final long ROW_HEIGHT = mm(8);
    private static final int BODY_PARA_SHAPE = 3;
    private static final short BODY_STYLE = 0;

    private HWPFile hwp;
    private int tableBorderFill;
    private int cellBorderFill;

    public byte[] write(SampleDocument document) throws Exception {
        hwp = BlankFileMaker.make();
        hwp.getSummaryInformation();
        tableBorderFill = addBorderFill(BorderType.None);
        cellBorderFill = addBorderFill(BorderType.Solid);
        Section section = hwp.getBodyText().getSectionList().get(0);
        for (SampleDocument.Block block : document.blocks()) {
            if (block instanceof Para para) {
                Paragraph p = newParagraph(section.addNewParagraph());
                addText(p, para.text());
                finish(p);
            } else if (block instanceof Grid grid) {
                Paragraph p = newParagraph(section.addNewParagraph());
                p.createText();
                p.getText().addExtendCharForTable();
                ControlTable table = (ControlTable) p.addNewControl(ControlType.Table);
                fillTable(table, grid);
                finish(p);
            }
        }
        Paragraph[] paragraphs = section.getParagraphs();
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i].getHeader().setLastInList(i == paragraphs.length - 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HWPWriter.toStream(hwp, out);
        return out.toByteArray();
    }

    private void fillTable(ControlTable table, Grid grid) throws Exception {
        long columnWidth = PAGE_TEXT_WIDTH / Math.max(1, grid.columns());
        CtrlHeaderGso h = table.getHeader();
        h.getProperty().setLikeWord(false);
        h.getProperty().setApplyLineSpace(false);
        h.getProperty().setVertRelTo(VertRelTo.Para);
        h.getProperty().setVertRelativeArrange(RelativeArrange.TopOrLeft);
        h.getProperty().setHorzRelTo(HorzRelTo.Para);
        h.getProperty().setHorzRelativeArrange(RelativeArrange.TopOrLeft);
        h.getProperty().setVertRelToParaLimit(true);
        h.getProperty().setAllowOverlap(false);
        h.getProperty().setWidthCriterion(WidthCriterion.Absolute);
        h.getProperty().setHeightCriterion(HeightCriterion.Absolute);
        h.getProperty().setProtectSize(false);
        h.getProperty().setTextFlowMethod(TextFlowMethod.TakePlace);
        h.getProperty().setTextHorzArrange(TextHorzArrange.BothSides);
        h.getProperty().setObjectNumberSort(ObjectNumberSort.Table);
        h.setxOffset(0);
        h.setyOffset(0);
        h.setWidth(columnWidth * grid.columns());
        h.setHeight(ROW_HEIGHT * grid.rows());
        h.setzOrder(0);

        Table record = table.getTable();
        record.getProperty().setDivideAtPageBoundary(DivideAtPageBoundary.DivideByCell);
        boolean hasHeader = grid.cells().stream().anyMatch(GridCellSpec::header);
        record.getProperty().setAutoRepeatTitleRow(hasHeader);
        record.setRowCount(grid.rows());
        record.setColumnCount(grid.columns());
        record.setCellSpacing(0);
        record.setLeftInnerMargin(510);
        record.setRightInnerMargin(510);
        record.setTopInnerMargin(141);
        record.setBottomInnerMargin(141);
        record.setBorderFillId(tableBorderFill);

        List<GridCellSpec> cells = new ArrayList<>(grid.cells());
        cells.sort(Comparator.comparingInt(GridCellSpec::row).thenComparingInt(GridCellSpec::column));
        for (int r = 0; r < grid.rows(); r++) {
            Row row = table.addNewRow();
            int count = 0;
            for (GridCellSpec spec : cells) {
                if (spec.row() == r) {
                    addCell(row.addNewCell(), spec, columnWidth);
                    count++;
                }
            }
            record.getCellCountOfRowList().add(count);
        }
    }

    private void addCell(Cell cell, GridCellSpec spec, long columnWidth) throws Exception {
        ListHeaderForCell lh = cell.getListHeader();
        lh.setParaCount(1);
        lh.getProperty().setTextDirection(TextDirection.Horizontal);
        lh.getProperty().setLineChange(LineChange.Normal);
        lh.getProperty().setTextVerticalAlignment(TextVerticalAlignment.Center);
        lh.getProperty().setProtectCell(false);
        lh.getProperty().setEditableAtFormMode(false);
        lh.getProperty().setTitleCell(spec.header());
        lh.setColIndex(spec.column());
        lh.setRowIndex(spec.row());
        lh.setColSpan(spec.columnSpan());
        lh.setRowSpan(spec.rowSpan());
        lh.setWidth(columnWidth * spec.columnSpan());
        lh.setHeight(ROW_HEIGHT * spec.rowSpan());
        lh.setLeftMargin(510);
        lh.setRightMargin(510);
        lh.setTopMargin(141);
        lh.setBottomMargin(141);
        lh.setBorderFillId(cellBorderFill);
        lh.setTextWidth(columnWidth * spec.columnSpan() - 1020);
        lh.setFieldName("");
        Paragraph p = newParagraph(cell.getParagraphList().addNewParagraph());
        addText(p, spec.text());
        finish(p);
        if (spec.inner() != null) {
            lh.setParaCount(2);
            Paragraph holder = newParagraph(cell.getParagraphList().addNewParagraph());
            holder.createText();
            holder.getText().addExtendCharForTable();
            fillTable((ControlTable) holder.addNewControl(ControlType.Table), spec.inner());
            finish(holder);
        }
        Paragraph[] inCell = cell.getParagraphList().getParagraphs();
        inCell[inCell.length - 1].getHeader().setLastInList(true);
    }

    private static Paragraph newParagraph(Paragraph p) {
        ParaHeader ph = p.getHeader();
        ph.setLastInList(false);
        ph.setParaShapeId(BODY_PARA_SHAPE);
        ph.setStyleId(BODY_STYLE);
        ph.getDivideSort().setDivideSection(false);
        ph.getDivideSort().setDivideMultiColumn(false);
        ph.getDivideSort().setDividePage(false);
        ph.getDivideSort().setDivideColumn(false);
        ph.setCharShapeCount(1);
        ph.setRangeTagCount(0);
        ph.setLineAlignCount(1);
        ph.setInstanceID(0);
        ph.setIsMergedByTrack(0);
        return p;
    }

    /** Adds text; a tab becomes HWP's inline tab control (code 9), not a normal character. */
    private static void addText(Paragraph p, String text) throws Exception {
        if (p.getText() == null) {
            p.createText();
        }
        ParaText pt = p.getText();
        String[] pieces = text.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                HWPCharControlInline tab = pt.addNewInlineControlChar();
                setCode(tab, 9);
                tab.setAddition(new byte[12]);
            }
            for (int k = 0; k < pieces[i].length(); k++) {
                pt.addNewNormalChar().setCode(pieces[i].charAt(k));
            }
        }
    }

    private static void finish(Paragraph p) throws Exception {
        if (p.getText() == null) {
            p.createText();
        }
        // addString("") appends the paragraph-end character (13) hwplib expects at the end of the text.
        p.getText().addString("");
        p.createCharShape();
        p.getCharShape().addParaCharShape(0, 0);
        p.createLineSeg();
        LineSegItem line = p.getLineSeg().addNewLineSegItem();
        line.setTextStartPosition(0);
        line.setLineVerticalPosition(0);
        line.setLineHeight(1000);
        line.setTextPartHeight(1000);
        line.setDistanceBaseLineToLineVerticalPosition(850);
        line.setLineSpace(600);
        line.setStartPositionFromColumn(0);
        line.setSegmentWidth((int) PAGE_TEXT_WIDTH);
        line.getTag().setFirstSegmentAtLine(true);
        line.getTag().setLastSegmentAtLine(true);
    }

    private static void setCode(HWPChar ch, int code) throws ReflectiveOperationException {
        // hwplib offers no public setter for an inline control's code; the field is the one its reader fills.
        Field f = HWPChar.class.getDeclaredField("code");
        f.setAccessible(true);
        f.setInt(ch, code);
    }

    private int addBorderFill(BorderType type) {
        BorderFill bf = hwp.getDocInfo().addNewBorderFill();
        bf.getProperty().set3DEffect(false);
        bf.getProperty().setShadowEffect(false);
        bf.getProperty().setSlashDiagonalShape(SlashDiagonalShape.None);
        bf.getProperty().setBackSlashDiagonalShape(BackSlashDiagonalShape.None);
        for (var border : List.of(bf.getLeftBorder(), bf.getRightBorder(), bf.getTopBorder(), bf.getBottomBorder())) {
            border.setType(type);
            border.setThickness(BorderThickness.MM0_12);
            border.getColor().setValue(0x0);
        }
        bf.getDiagonalBorder().setType(BorderType.None);
        bf.getDiagonalBorder().setThickness(BorderThickness.MM0_12);
        bf.getDiagonalBorder().getColor().setValue(0x0);
        bf.getFillInfo().getType().setPatternFill(true);
        bf.getFillInfo().createPatternFill();
        PatternFill pf = bf.getFillInfo().getPatternFill();
        pf.setPatternType(PatternType.None);
        pf.getBackColor().setValue(-1);
        pf.getPatternColor().setValue(0);
        return hwp.getDocInfo().getBorderFillList().size();
    }

    private static long mm(double mm) {
        return (long) (mm * 72000.0 / 25.4 + 0.5);
    }
}
