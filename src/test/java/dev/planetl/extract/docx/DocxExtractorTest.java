package dev.planetl.extract.docx;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class DocxExtractorTest {

    private final DocxExtractor extractor = new DocxExtractor();

    @Test
    void headingStylesOutlineLevelsAndNumberedLinesBecomeHeadings() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        addStyle(doc, "Heading1", "heading 1");
        addStyle(doc, "2", "heading 2"); // Korean Word names its style ids by number
        paragraph(doc, "Ⅳ. '20년도 재정투자계획").setStyle("Heading1");
        paragraph(doc, "부처별 추진계획").setStyle("2");
        paragraph(doc, "개요").getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(2));
        paragraph(doc, "1-1 선도적 산업데이터 플랫폼 프로젝트 추진");
        paragraph(doc, "- 데이터 기반 혁신성장을 위한 플랫폼 구체화");

        Document result = extract(doc);

        assertThat(result.blocks()).filteredOn(Heading.class::isInstance).map(Heading.class::cast)
                .extracting(Heading::level, Heading::numbering, Heading::text).containsExactly(
                        tuple(1, "Ⅳ.", "'20년도 재정투자계획"), tuple(2, "", "부처별 추진계획"), tuple(3, "", "개요"),
                        tuple(3, "1-1", "선도적 산업데이터 플랫폼 프로젝트 추진"));
        assertThat(result.blocks()).filteredOn(Paragraph.class::isInstance).extracting(Block::text)
                .containsExactly("- 데이터 기반 혁신성장을 위한 플랫폼 구체화");
        assertThat(result.blocks()).extracting(b -> b.provenance().line()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void gridSpanAndVerticalMergeAreHonouredAndRepeatedRowsAreHeaders() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable table = doc.createTable(4, 4);
        fill(table.getRow(0), "부처", "'20년", "", "계");
        fill(table.getRow(1), "", "R&D", "비R&D", "");
        fill(table.getRow(2), "산업부", "1,000", "500", "1,500");
        fill(table.getRow(3), "과기부", "700", "300", "1,000");
        vMerge(table.getRow(0).getCell(0), STMerge.RESTART);
        vMerge(table.getRow(1).getCell(0), STMerge.CONTINUE);
        vMerge(table.getRow(0).getCell(3), STMerge.RESTART);
        vMerge(table.getRow(1).getCell(3), null); // a bare <w:vMerge/> continues too
        table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        table.getRow(0).removeCell(2);
        table.getRow(0).setRepeatHeader(true);
        table.getRow(1).setRepeatHeader(true);

        Table t = extract(doc).tables().findFirst().orElseThrow();

        assertThat(t.rowCount()).isEqualTo(4);
        assertThat(t.columnCount()).isEqualTo(4);
        assertThat(t.headerRows()).isEqualTo(2);
        assertThat(t.cells()).extracting(Cell::row, Cell::column, Cell::rowSpan, Cell::columnSpan, Cell::text)
                .contains(tuple(0, 0, 2, 1, "부처"), tuple(0, 1, 1, 2, "'20년"), tuple(0, 3, 2, 1, "계"),
                        tuple(1, 1, 1, 1, "R&D"), tuple(1, 2, 1, 1, "비R&D"));
        assertThat(t.cellAt(1, 0)).map(Cell::text).contains("부처");
        assertThat(t.row(2)).containsExactly("산업부", "1,000", "500", "1,500");
        assertThat(t.cells()).as("3 + 2 + 4 + 4: merged continuations are no cells of their own").hasSize(13);
    }

    @Test
    void tableWithoutRepeatedHeaderUsesTheTextRule() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable table = doc.createTable(2, 2);
        fill(table.getRow(0), "구분", "금액");
        fill(table.getRow(1), "산업부", "9,283.40");

        assertThat(extract(doc).tables().findFirst().orElseThrow().headerRows()).isEqualTo(1);
    }

    @Test
    void tableHoldingATableIsReadAsLayout() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable outer = doc.createTable(1, 1);
        XWPFTableCell box = outer.getRow(0).getCell(0);
        box.getParagraphArray(0).createRun().setText("< 부처별 재정투자 >");
        XWPFTable inner = box.insertNewTbl(box.addParagraph().getCTP().newCursor());
        XWPFTableRow header = inner.getRow(0) == null ? inner.createRow() : inner.getRow(0);
        cell(header, 0).setText("부처");
        cell(header, 1).setText("금액");
        XWPFTableRow row = inner.createRow();
        cell(row, 0).setText("산업부");
        cell(row, 1).setText("9,283.40");

        Document result = extract(doc);

        assertThat(result.blocks()).extracting(b -> b.getClass().getSimpleName()).containsExactly("Paragraph", "Table");
        assertThat(result.tables().findFirst().orElseThrow().row(1)).containsExactly("산업부", "9,283.40");
    }

    @Test
    void corePropertiesBecomeMetadata() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "본문");
        doc.getProperties().getCoreProperties().setTitle("2020년도 실행계획");
        doc.getProperties().getCoreProperties().setCreator("산업통상자원부");
        doc.getProperties().getCoreProperties().setSubjectProperty("산업융합");

        Document result = extract(doc);

        assertThat(result.metadata().title()).isEqualTo("2020년도 실행계획");
        assertThat(result.metadata().extra()).containsEntry("author", "산업통상자원부").containsEntry("subject", "산업융합");
        assertThat(result.metadata().mediaType()).isEqualTo(DocxExtractor.MEDIA_TYPE);
    }

    @Test
    void truncatedPackageIsCorruptWithAClearMessage() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "본문");
        byte[] bytes = bytes(doc);
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(cut), "cut.docx"))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("cut.docx: the DOCX package")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.CORRUPT);
    }

    @Test
    void documentWithoutTextIsNoText() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph();

        assertThatThrownBy(() -> extract(doc)).isInstanceOf(ExtractionException.class)
                .hasMessage("plan.docx: the DOCX document holds no text");
    }

    private Document extract(XWPFDocument doc) throws Exception {
        return extractor.extract(new ByteArrayInputStream(bytes(doc)), "plan.docx");
    }

    private static byte[] bytes(XWPFDocument doc) throws Exception {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    private static void addStyle(XWPFDocument doc, String id, String name) {
        XWPFStyles styles = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style));
    }

    private static XWPFTableCell cell(XWPFTableRow row, int index) {
        while (row.getTableCells().size() <= index) {
            row.addNewTableCell();
        }
        return row.getCell(index);
    }

    private static void fill(XWPFTableRow row, String... texts) {
        List<XWPFTableCell> cells = row.getTableCells();
        for (int i = 0; i < texts.length; i++) {
            cells.get(i).setText(texts[i]);
        }
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var merge = pr.addNewVMerge();
        if (value != null) {
            merge.setVal(value);
        }
    }
}
