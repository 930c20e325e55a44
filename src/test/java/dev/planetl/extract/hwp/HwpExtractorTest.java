package dev.planetl.extract.hwp;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import dev.planetl.samples.HwpSampleWriter;
import dev.planetl.samples.SampleFixtures;
import dev.planetl.samples.SampleDocument;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.writer.HWPWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HwpExtractorTest {

    private final HwpExtractor extractor = new HwpExtractor();

    @Test
    void placesMergedHeaderCellByItsAddressAndSpan() throws Exception {
        // given
        byte[] hwp = new HwpSampleWriter().write(SampleFixtures.mergedHeaderDocument());

        // when
        Document doc = extractor.extract(new ByteArrayInputStream(hwp), "merged-header.hwp");

        // then
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(1);
        Table t = tables.get(0);
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.headerRows()).isEqualTo(1);
        Cell merged = t.cellAt(0, 2).orElseThrow();
        assertThat(merged.row()).isZero();
        assertThat(merged.column()).isEqualTo(1);
        assertThat(merged.columnSpan()).isEqualTo(2);
        assertThat(merged.text()).isEqualTo("투자실적(억원)");
        assertThat(t.row(1)).containsExactly("과학기술정보통신부", "8,065.62", "28.60");
        assertThat(t.row(2)).containsExactly("농림축산식품부", "1,429.67", "1,429.67");
        assertThat(t.cells()).allSatisfy(c -> assertThat(c.provenance().tableIndex()).isZero());
        assertThat(t.cellAt(2, 1).orElseThrow().provenance().ref()).isEqualTo("t0/r2/c1");
    }

    @Test
    void splitsNumberingOffHeadingsAndKeepsSentencesAsParagraphs() throws Exception {
        // given
        byte[] hwp = new HwpSampleWriter().write(SampleFixtures.mergedHeaderDocument());

        // when
        List<Block> blocks = extractor.extract(new ByteArrayInputStream(hwp), "headings.hwp").blocks();

        // then
        assertThat(blocks.get(0)).isEqualTo(new Heading(1, "IV.", "'20년도 재정투자계획", blocks.get(0).provenance()));
        Heading joined = (Heading) blocks.get(1);
        assertThat(joined.numbering()).isEqualTo("2");
        assertThat(joined.text()).isEqualTo("그간의 추진경과");
        assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(2).text()).startsWith("① 관계 중앙행정기관의 장은");
        assertThat(blocks.get(3).text()).isEqualTo("(단위 : 억원)");
        assertThat(blocks.get(4)).isInstanceOf(Table.class);
        Heading last = (Heading) blocks.get(5);
        assertThat(last.numbering()).isEqualTo("가");
        assertThat(last.text()).isEqualTo("융합 신제품·서 비스를 위한 新시장 구축");
        assertThat(blocks.get(1).provenance().line()).isLessThan(blocks.get(2).provenance().line());
    }

    @Test
    void reportsFormatAndVersion() throws Exception {
        byte[] hwp = new HwpSampleWriter().write(SampleFixtures.mergedHeaderDocument());

        Document doc = extractor.extract(new ByteArrayInputStream(hwp), "meta.hwp");

        assertThat(doc.metadata().format()).isEqualTo(DocumentFormat.HWP);
        assertThat(doc.metadata().extra()).containsKey("hwpVersion");
    }

    @Test
    void nestedTableInACellContributesItsTextToTheCell() throws Exception {
        // given a cell holding a text line and a 1x2 table below it
        byte[] file = new HwpSampleWriter().write(SampleFixtures.nestedTableDocument());

        // when
        Document doc = extractor.extract(new ByteArrayInputStream(file), "nested.hwp");

        // then: one table at document level; the inner table is text of its cell, in reading order
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).row(1)).containsExactly("스마트 도로조명 플랫폼", "'23년 국비 59.2");
        assertThat(doc.blocks().get(doc.blocks().size() - 1).text()).isEqualTo("끝");
    }

    @Test
    void numberHangulPrintsFromAnOutlineStyleIsPartOfTheHeading() throws Exception {
        // given a paragraph "추진배경" in the blank document's 개요 1 style (para shape 10), whose number
        // "1." Hangul prints from the outline numbering, not from the text
        byte[] plain = new HwpSampleWriter().write(new SampleDocument("개요", List.of(
                new SampleDocument.Para("추진배경"), new SampleDocument.Para("본문입니다."))));
        HWPFile hwp = HWPReader.fromInputStream(new ByteArrayInputStream(plain));
        kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph outline = hwp.getBodyText().getSectionList().get(0).getParagraph(1);
        outline.getHeader().setStyleId((short) 2);
        outline.getHeader().setParaShapeId(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HWPWriter.toStream(hwp, out);

        // when
        List<Block> blocks = extractor.extract(new ByteArrayInputStream(out.toByteArray()), "outline.hwp").blocks();

        // then
        assertThat(blocks.get(0)).isInstanceOf(Heading.class);
        assertThat(((Heading) blocks.get(0)).numbering()).isEqualTo("1.");
        assertThat(((Heading) blocks.get(0)).text()).isEqualTo("추진배경");
        assertThat(blocks.get(1).text()).isEqualTo("본문입니다.");
    }

    @Test
    void textBoxParagraphsAreReadAsBodyParagraphsInPlace() throws Exception {
        // given: a paragraph, then a paragraph anchoring a rectangle whose text box holds a heading and a
        // sentence, then a paragraph
        byte[] plain = new HwpSampleWriter().write(new SampleDocument("상자", List.of(
                new SampleDocument.Para("앞 문단"), new SampleDocument.Para(""), new SampleDocument.Para("뒤 문단"))));
        HWPFile hwp = HWPReader.fromInputStream(new ByteArrayInputStream(plain));
        var anchor = hwp.getBodyText().getSectionList().get(0).getParagraph(2);
        anchor.createText();
        anchor.getText().addExtendCharForGSO();
        anchor.getText().addString("");
        var rectangle = (kr.dogfoot.hwplib.object.bodytext.control.gso.ControlRectangle)
                anchor.addNewGsoControl(kr.dogfoot.hwplib.object.bodytext.control.gso.GsoControlType.Rectangle);
        rectangle.createTextBox();
        for (String line : List.of("1 추진배경", "상자 안의 문장입니다.")) {
            var p = rectangle.getTextBox().getParagraphList().addNewParagraph();
            p.getHeader().setParaShapeId(3);
            p.createText();
            p.getText().addString(line);
            p.createCharShape();
            p.getCharShape().addParaCharShape(0, 0);
        }
        rectangle.getTextBox().getParagraphList().getParagraph(1).getHeader().setLastInList(true);
        rectangle.getTextBox().getListHeader().setParaCount(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HWPWriter.toStream(hwp, out);

        // when
        List<Block> blocks = extractor.extract(new ByteArrayInputStream(out.toByteArray()), "box.hwp").blocks();

        // then
        assertThat(blocks).extracting(Block::text)
                .containsExactly("앞 문단", "추진배경", "상자 안의 문장입니다.", "뒤 문단");
        assertThat(((Heading) blocks.get(1)).numbering()).isEqualTo("1");
    }
}
