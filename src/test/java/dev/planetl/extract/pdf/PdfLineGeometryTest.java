package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;

/**
 * Lines by geometry on a page built the way HWP exports tables (Hancom PDF): text under a 0.12 CTM at a font size
 * operand near 92, tight leading, the last line of one cell and the first line of the cell below so close that
 * their boxes overlap, a superscript, a double top rule and no outer side rules. The expected cell texts are what
 * the test draws, not what the extractor returns.
 */
class PdfLineGeometryTest {

    private static final float SIZE = 11;
    private static final float HANCOM_SCALE = 0.12f;
    /** Leading of 0.95 of the size: boxes (0.8 above, 0.2 below the baseline) of consecutive lines overlap. */
    private static final float PITCH = 10.5f;

    @Test
    void cellsOfATightlySetOpenSidedTableKeepTheirLinesApartAndInReadingOrder() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            float[] rows = {100, 118, 146, 168};
            t.line(60, 101.2f, 480, 101.2f);
            for (float y : rows) {
                t.line(60, y, 480, y);
            }
            t.line(140, 100, 140, 168).line(380, 100, 380, 168);
            text(t, font, 80, 113, "구 분");
            text(t, font, 240, 113, "현황");
            text(t, font, 410, 113, "비 고");
            // row 1: two lines in the middle cell, its second line's box reaching down past the rule below
            text(t, font, 75, 138, "성별비율");
            text(t, font, 145, 132.5f, "· 여성(28명, 35%)");
            text(t, font, 145, 132.5f + PITCH, "남성(51명, 65%)");
            text(t, font, 385, 138, "·");
            // row 2: its first line's box reaches up over the rule above, into the last line of row 1
            float first = 153;
            text(t, font, 75, 158, "연령분포");
            text(t, font, 145, first, "· 10대(1명), 20대(2명), 30대(7명),");
            text(t, font, 145, first + PITCH, "40대(10명), 50대(40명)");
            String youth = "청년 6명";
            text(t, font, 385, first, youth);
            t.scaledText(font, 385 + t.width(font, SIZE, youth), first - 4, SIZE * 0.6f, HANCOM_SCALE, "1)");
            text(t, font, 385, first + PITCH, "평균 53세");
            pdf = t.bytes();
        }

        Document d = new PdfExtractor().extract(new ByteArrayInputStream(pdf), "hancom-like.pdf");

        List<Table> tables = d.tables().toList();
        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.columnCount()).as("the open sides are columns").isEqualTo(3);
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.row(0)).containsExactly("구 분", "현황", "비 고");
        assertThat(table.row(1)).containsExactly("성별비율", "· 여성(28명, 35%) 남성(51명, 65%)", "·");
        assertThat(table.row(2)).containsExactly("연령분포", "· 10대(1명), 20대(2명), 30대(7명), 40대(10명), 50대(40명)",
                "청년 6명1) 평균 53세");
    }

    @Test
    void tightLinesOfProseStayApartAndASuperscriptJoinsItsLine() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            String first = "가나다라마바사 예산";
            text(t, font, 72, 200, first);
            t.scaledText(font, 72 + t.width(font, SIZE, first), 196, SIZE * 0.6f, HANCOM_SCALE, "2)");
            // 0.82 of the size below: the second line's box overlaps the first's
            text(t, font, 72, 209, "아자차카타파하 증가");
            pdf = t.bytes();
        }

        Document d = new PdfExtractor().extract(new ByteArrayInputStream(pdf), "prose.pdf");

        assertThat(d.tables()).isEmpty();
        assertThat(d.blocks().stream().filter(Paragraph.class::isInstance).map(Block::text).toList())
                .containsExactly("가나다라마바사 예산2) 아자차카타파하 증가");
    }

    private static void text(TestPdf t, PDFont font, float x, float baseline, String text) {
        t.scaledText(font, x, baseline, SIZE, HANCOM_SCALE, text);
    }
}
