package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.planetl.extract.Table;

/**
 * A ruled table continued on the next page: once without its header repeated (joined when its columns lie where the
 * first part's do), once with the header repeated (dropped), once with other columns (two tables). The expected rows
 * are what the test draws.
 */
class ContinuedTablePdfTest {

    private static final float SIZE = 10;
    private static final float[] COLUMNS = {60, 260, 400, 540};

    @Test
    void aContinuationWithoutItsHeaderJoinsTheTableWhenItsColumnsMatch() throws Exception {
        List<Table> tables = tables(twoPages(COLUMNS, false));

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.rowCount()).isEqualTo(5);
        assertThat(table.row(0)).containsExactly("사업명", "2024년", "2025년");
        assertThat(table.row(2)).containsExactly("창업지원 사업", "200", "210");
        assertThat(table.row(3)).containsExactly("벤처투자 사업", "300", "320");
        assertThat(table.row(4)).containsExactly("합계", "600", "630");
    }

    @Test
    void aRepeatedHeaderIsDroppedWhenTheTableContinues() throws Exception {
        List<Table> tables = tables(twoPages(COLUMNS, true));

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rowCount()).isEqualTo(5);
        assertThat(tables.get(0).row(3)).containsExactly("벤처투자 사업", "300", "320");
    }

    @Test
    void aTableWithOtherColumnsOnTheNextPageIsATableOfItsOwn() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            part(t, COLUMNS, 100, new String[][] {{"사업명", "2024년", "2025년"}, {"기술개발 사업", "100", "100"},
                    {"창업지원 사업", "200", "210"}});
            t.page();
            float[] other = {60, 200, 380, 540};
            part(t, other, 60, new String[][] {{"벤처투자 사업", "300", "320"}, {"합계", "600", "630"}});
            pdf = t.bytes();
        }

        assertThat(tables(pdf)).hasSize(2);
    }

    private static byte[] twoPages(float[] columns, boolean repeatHeader) throws Exception {
        try (TestPdf t = new TestPdf()) {
            t.page();
            t.hangul(60, 80, SIZE, "< 사업별 예산 > (단위 : 억원)");
            part(t, columns, 100, new String[][] {{"사업명", "2024년", "2025년"}, {"기술개발 사업", "100", "100"},
                    {"창업지원 사업", "200", "210"}});
            t.page();
            String[][] rest = {{"벤처투자 사업", "300", "320"}, {"합계", "600", "630"}};
            if (repeatHeader) {
                rest = new String[][] {{"사업명", "2024년", "2025년"}, rest[0], rest[1]};
            }
            part(t, columns, 60, rest);
            return t.bytes();
        }
    }

    /** A ruled grid of rows 24 points high from {@code top}, each cell's text 8 points in from its left rule. */
    private static void part(TestPdf t, float[] columns, float top, String[][] rows) {
        float[] ys = new float[rows.length + 1];
        for (int r = 0; r <= rows.length; r++) {
            ys[r] = top + 24 * r;
        }
        t.grid(columns, ys);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.hangul(columns[c] + 8, ys[r] + 16, SIZE, rows[r][c]);
            }
        }
    }

    private static List<Table> tables(byte[] pdf) throws Exception {
        return new PdfExtractor().extract(new ByteArrayInputStream(pdf), "continued.pdf").tables().toList();
    }
}
