package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import dev.planetl.extract.Document;
import dev.planetl.extract.Table;

/**
 * Tables drawn without any rule, their columns visible only from alignment: names flush left, amounts flush right.
 * Each PDF is built here; the expected cells are what the test draws.
 */
class UnruledTablePdfTest {

    private static final float BODY = 10;
    private static final float HEAD = 8;

    @Test
    void wrappedNamesStayWithTheirRowAndASmallerHeaderRowIsKept() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            t.hangul(60, 90, BODY, "□ 사업별 예산은 다음과 같음");
            t.hangul(250, 120, BODY, "< 사업별 예산 >");
            t.hangul(470, 138, HEAD, "(단위 : 억원)");
            // header row in a smaller size than the body
            t.hangul(70, 156, HEAD, "사업명");
            t.hangul(250, 156, HEAD, "부처");
            t.hangul(370, 156, HEAD, "2024년 예산");
            t.hangul(460, 156, HEAD, "2025년 예산(안)");
            // rows 12 points apart (1.2 sizes: as close as the wrapped lines of one cell)
            float y = 175;
            row(t, font, y, "반도체 첨단패키징", "산업통상자원부", "820", "1,045");
            t.hangul(60, y + 12, BODY, "핵심기술개발");
            row(t, font, y + 24, "차세대 인공지능 반도체", "과학기술정보통", "1,230", "1,410");
            t.hangul(60, y + 36, BODY, "원천기술 개발");
            t.hangul(250, y + 36, BODY, "신부");
            row(t, font, y + 48, "양자컴퓨팅 플랫폼 구축", "과학기술정보통신부", "-", "385");
            row(t, font, y + 66, "합계", "", "2,050", "2,840");
            t.hangul(60, y + 100, BODY, "○ 다음 문단은 표가 아님");
            pdf = t.bytes();
        }

        TestPdf.keep(pdf, "unruled-wrapped.pdf");
        Document d = new PdfExtractor().extract(new ByteArrayInputStream(pdf), "unruled-wrapped.pdf");

        List<Table> tables = d.tables().toList();
        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(4);
        assertThat(table.rowCount()).isEqualTo(5);
        assertThat(table.row(0)).containsExactly("사업명", "부처", "2024년 예산", "2025년 예산(안)");
        assertThat(table.row(1)).containsExactly("반도체 첨단패키징 핵심기술개발", "산업통상자원부", "820", "1,045");
        assertThat(table.row(2)).containsExactly("차세대 인공지능 반도체 원천기술 개발", "과학기술정보통 신부", "1,230", "1,410");
        assertThat(table.row(3)).containsExactly("양자컴퓨팅 플랫폼 구축", "과학기술정보통신부", "-", "385");
        assertThat(table.row(4)).containsExactly("합계", "", "2,050", "2,840");
    }

    @Test
    void aGroupHeaderCentredOverTheYearColumnsSpansThem() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            float[] rights = {300, 370, 440, 520};
            t.hangul(60, 150, BODY, "사업명");
            String group = "연도별 투자계획";
            float groupCentre = (rights[0] - 20 + rights[2]) / 2;
            t.hangul(groupCentre - t.width(font, BODY, group) / 2, 150, BODY, group);
            t.hangul(rights[3] - t.width(font, BODY, "합계"), 150, BODY, "합계");
            String[] years = {"'25", "'26", "'27"};
            for (int c = 0; c < 3; c++) {
                right(t, font, rights[c], 170, years[c]);
            }
            String[][] body = {
                    {"데이터허브 고도화", "120", "150", "180", "450"},
                    {"국가시범도시 조성", "850", "920", "980", "2,750"},
                    {"합계", "970", "1,070", "1,160", "3,200"}};
            for (int r = 0; r < body.length; r++) {
                float y = 192 + 20 * r;
                t.hangul(60, y, BODY, body[r][0]);
                for (int c = 0; c < 4; c++) {
                    right(t, font, rights[c], y, body[r][c + 1]);
                }
            }
            pdf = t.bytes();
        }

        Table table = new PdfExtractor().extract(new ByteArrayInputStream(pdf), "group-header.pdf").tables()
                .toList().get(0);

        assertThat(table.columnCount()).isEqualTo(5);
        assertThat(table.row(0)).containsExactly("사업명", "연도별 투자계획", "", "", "합계");
        assertThat(table.row(1)).containsExactly("", "'25", "'26", "'27", "");
        assertThat(table.row(3)).containsExactly("국가시범도시 조성", "850", "920", "980", "2,750");
        assertThat(table.cells().stream().filter(c -> c.text().equals("연도별 투자계획")).findFirst().orElseThrow()
                .columnSpan()).as("the group header spans the three year columns").isEqualTo(3);
    }

    /**
     * The layout of an HWP table exported without borders: every header set centred over its cell's box (so
     * {@code 부처} overhangs the flush-left ministry names into the gap after them), section rows ({@code 1. 물관리})
     * flush left with the labels right under the header, and the table continued on the next page under its header
     * again. The header, each section row and the rows after the page break are one table, as a ruled rendering of
     * the same table reads.
     */
    @Test
    void aHeaderCentredOverItsColumnsKeepsTheSectionRowsUnderItAcrossAPageBreak() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            t.page();
            PDFont font = t.hangulFont();
            t.hangul(60, 90, BODY, "□ 부문별 세부사업의 예산은 다음과 같음");
            t.hangul(250, 120, BODY, "< 부문별 세부사업 예산 >");
            t.hangul(470, 138, HEAD, "(단위 : 백만원)");
            centredHeader(t, font, 160);
            t.hangul(60, 182, BODY, "1. 물관리");
            row(t, font, 204, "① 국가하천 홍수방어능력 강화", "환경부", "412,350", "398,120");
            row(t, font, 226, "② 도시침수 예방 하수도 정비", "환경부", "285,600", "301,450");
            row(t, font, 248, "소계", "", "697,950", "699,570");
            t.hangul(60, 270, BODY, "2. 생태계");
            row(t, font, 292, "① 산림생태계 복원", "산림청", "96,480", "91,230");
            t.page();
            centredHeader(t, font, 60);
            row(t, font, 82, "소계", "", "96,480", "91,230");
            t.hangul(60, 104, BODY, "3. 재난·안전");
            row(t, font, 126, "① 폭염 대응 그늘막·쉼터 지원", "행안부", "12,300", "11,050");
            row(t, font, 148, "소계", "", "12,300", "11,050");
            row(t, font, 170, "합계", "", "806,730", "801,850");
            t.hangul(60, 210, BODY, "□ 다음 문단은 표가 아님");
            pdf = t.bytes();
        }

        TestPdf.keep(pdf, "unruled-centred-header.pdf");
        List<Table> tables = new PdfExtractor().extract(new ByteArrayInputStream(pdf), "unruled-centred-header.pdf")
                .tables().toList();

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(4);
        assertThat(table.headerRows()).isEqualTo(1);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(table.row(r));
        }
        assertThat(rows).containsExactly(
                List.of("구분", "부처", "2024년 예산", "2025년 예산(안)"),
                List.of("1. 물관리", "", "", ""),
                List.of("① 국가하천 홍수방어능력 강화", "환경부", "412,350", "398,120"),
                List.of("② 도시침수 예방 하수도 정비", "환경부", "285,600", "301,450"),
                List.of("소계", "", "697,950", "699,570"),
                List.of("2. 생태계", "", "", ""),
                List.of("① 산림생태계 복원", "산림청", "96,480", "91,230"),
                List.of("소계", "", "96,480", "91,230"),
                List.of("3. 재난·안전", "", "", ""),
                List.of("① 폭염 대응 그늘막·쉼터 지원", "행안부", "12,300", "11,050"),
                List.of("소계", "", "12,300", "11,050"),
                List.of("합계", "", "806,730", "801,850"));
    }

    /** The header of {@link #row}'s columns, each name centred over its cell's box: 50-230, 240-320, 330-430, 440-530. */
    private static void centredHeader(TestPdf t, PDFont font, float y) {
        String[] names = {"구분", "부처", "2024년 예산", "2025년 예산(안)"};
        float[] centres = {140, 280, 380, 485};
        for (int c = 0; c < names.length; c++) {
            t.hangul(centres[c] - t.width(font, BODY, names[c]) / 2, y, BODY, names[c]);
        }
    }

    /** A row: name at 60, ministry at 250, two amounts flush right at 420 and 520. */
    private static void row(TestPdf t, PDFont font, float y, String name, String ministry, String a, String b) {
        t.hangul(60, y, BODY, name);
        if (!ministry.isEmpty()) {
            t.hangul(250, y, BODY, ministry);
        }
        right(t, font, 420, y, a);
        right(t, font, 520, y, b);
    }

    private static void right(TestPdf t, PDFont font, float right, float y, String text) {
        t.hangul(right - t.width(font, BODY, text), y, BODY, text);
    }
}
