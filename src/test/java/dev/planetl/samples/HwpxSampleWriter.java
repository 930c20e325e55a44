package dev.planetl.samples;

import dev.planetl.samples.SampleDocument.Grid;
import dev.planetl.samples.SampleDocument.GridCellSpec;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HeightRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.LineWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TablePageBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextFlowSide;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VerticalAlign2;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.WidthRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a {@link SampleDocument} as an HWPX (OWPML) package with hwpxlib, starting from hwpxlib's blank
 * document. Every {@code hp:tc} carries its {@code hp:cellAddr} and {@code hp:cellSpan}; header cells get
 * {@code header="1"} and the table {@code repeatHeader="1"}. Used by the tests and by {@link HwpRenderingGenerator}.
 */
public final class HwpxSampleWriter {

    private static final long TEXT_WIDTH = 42520;
    private static final long ROW_HEIGHT = 2268;
    private int nextId = 1_000_000;

    public byte[] write(SampleDocument document) throws Exception {
        HWPXFile hwpx = BlankFileMaker.make();
        if (hwpx.contentHPFFile().metaData() != null && hwpx.contentHPFFile().metaData().title() != null) {
            hwpx.contentHPFFile().metaData().title().addText(document.title());
        }
        SectionXMLFile section = hwpx.sectionXMLFileList().get(0);
        for (SampleDocument.Block block : document.blocks()) {
            if (block instanceof SampleDocument.Para para) {
                Run run = newPara(section.addNewPara());
                addText(run, para.text());
            } else if (block instanceof Grid grid) {
                Run run = newPara(section.addNewPara());
                fillTable(run.addNewTable(), grid);
                run.addNewT();
            }
        }
        return HWPXWriter.toBytes(hwpx);
    }

    private Run newPara(Para p) {
        p.idAnd(Integer.toString(nextId++)).paraPrIDRefAnd("3").styleIDRefAnd("0")
                .pageBreakAnd(false).columnBreakAnd(false).mergedAnd(false);
        Run run = p.addNewRun();
        run.charPrIDRef("0");
        return run;
    }

    private static void addText(Run run, String text) {
        T t = run.addNewT();
        String[] pieces = text.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                t.addNewTab();
            }
            if (!pieces[i].isEmpty()) {
                t.addNewText().text(pieces[i]);
            }
        }
    }

    private void fillTable(Table table, Grid grid) {
        long columnWidth = TEXT_WIDTH / Math.max(1, grid.columns());
        boolean hasHeader = grid.cells().stream().anyMatch(GridCellSpec::header);
        table.idAnd(Integer.toString(nextId++)).zOrderAnd(0).numberingTypeAnd(NumberingType.TABLE)
                .textWrapAnd(TextWrapMethod.TOP_AND_BOTTOM).textFlowAnd(TextFlowSide.BOTH_SIDES).lockAnd(false)
                .pageBreakAnd(TablePageBreak.CELL).repeatHeaderAnd(hasHeader)
                .rowCntAnd((short) grid.rows()).colCntAnd((short) grid.columns())
                .cellSpacingAnd(0).borderFillIDRefAnd("1").noAdjustAnd(false);
        table.createSZ();
        table.sz().widthAnd(columnWidth * grid.columns()).widthRelToAnd(WidthRelTo.ABSOLUTE)
                .heightAnd(ROW_HEIGHT * grid.rows()).heightRelToAnd(HeightRelTo.ABSOLUTE).protectAnd(false);
        table.createPos();
        table.pos().treatAsCharAnd(false).affectLSpacingAnd(false).flowWithTextAnd(true).allowOverlapAnd(false)
                .holdAnchorAndSOAnd(false).vertRelToAnd(VertRelTo.PARA).horzRelToAnd(HorzRelTo.COLUMN)
                .vertAlignAnd(VertAlign.TOP).horzAlignAnd(HorzAlign.LEFT).vertOffsetAnd(0L).horzOffsetAnd(0L);
        table.createOutMargin();
        table.outMargin().set(283L, 283L, 283L, 283L);
        table.createInMargin();
        table.inMargin().set(510L, 510L, 141L, 141L);

        List<GridCellSpec> cells = new ArrayList<>(grid.cells());
        cells.sort(Comparator.comparingInt(GridCellSpec::row).thenComparingInt(GridCellSpec::column));
        for (int r = 0; r < grid.rows(); r++) {
            Tr tr = table.addNewTr();
            for (GridCellSpec spec : cells) {
                if (spec.row() == r) {
                    addCell(tr.addNewTc(), spec, columnWidth);
                }
            }
        }
    }

    private void addCell(Tc tc, GridCellSpec spec, long columnWidth) {
        tc.nameAnd("").headerAnd(spec.header()).hasMarginAnd(false).protectAnd(false).editableAnd(false)
                .dirtyAnd(false).borderFillIDRefAnd("1");
        tc.createSubList();
        tc.subList().idAnd("").textDirectionAnd(TextDirection.HORIZONTAL).lineWrapAnd(LineWrapMethod.BREAK)
                .vertAlignAnd(VerticalAlign2.CENTER).linkListIDRefAnd("0").linkListNextIDRefAnd("0")
                .textWidthAnd(0).textHeightAnd(0).hasTextRefAnd(false).hasNumRefAnd(false);
        Run run = newPara(tc.subList().addNewPara());
        addText(run, spec.text());
        if (spec.inner() != null) {
            Run holder = newPara(tc.subList().addNewPara());
            fillTable(holder.addNewTable(), spec.inner());
            holder.addNewT();
        }
        tc.createCellAddr();
        tc.cellAddr().colAddrAnd((short) spec.column()).rowAddrAnd((short) spec.row());
        tc.createCellSpan();
        tc.cellSpan().colSpanAnd((short) spec.columnSpan()).rowSpanAnd((short) spec.rowSpan());
        tc.createCellSz();
        tc.cellSz().set(columnWidth * spec.columnSpan(), ROW_HEIGHT * spec.rowSpan());
        tc.createCellMargin();
        tc.cellMargin().set(510L, 510L, 141L, 141L);
    }
}
