package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.planetl.extract.Table;

/**
 * The unruled PDF of test plan 105 (src/test/resources/plans/), whose project table has its header centred over the
 * columns, section rows flush left under it and a page break before its last strategy. The expected rows were typed
 * from {@code pdftotext -layout} of the same file and checked against the page by eye (its {@code 2024 년} is one
 * word on the page, as the ruled rendering reads it); the header repeated on page 3 is not a row of the table.
 */
class UnruledPlanPdfTest {

    private static final Path PDF = Path.of("src/test/resources/plans/105_climate_adaptation_2025.unruled.pdf");

    @Test
    void theProjectTableKeepsItsHeaderAndSectionRowsAndContinuesOverThePageBreak() throws Exception {
        List<Table> tables;
        try (InputStream in = Files.newInputStream(PDF)) {
            tables = new PdfExtractor().extract(in, PDF.getFileName().toString()).tables().toList();
        }

        assertThat(tables).hasSize(2);
        Table projects = tables.get(1);
        assertThat(projects.headerRows()).isEqualTo(1);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < projects.rowCount(); r++) {
            rows.add(projects.row(r));
        }
        assertThat(rows).containsExactly(
                List.of("구분", "부처", "2024년 예산", "2025년 예산(안)", "증감"),
                List.of("1. 물관리", "", "", "", ""),
                List.of("① 국가하천 홍수방어능력 강화", "환경부", "412,350", "398,120", "△14,230"),
                List.of("② 도시침수 예방 하수도 정비", "환경부", "285,600", "301,450", "15,850"),
                List.of("③ 가뭄 대응 지하수 저류댐 설치", "환경부", "18,200", "24,750", "6,550"),
                List.of("소계", "", "716,150", "724,320", "8,170"),
                List.of("2. 생태계", "", "", "", ""),
                List.of("① 산림생태계 복원", "산림청", "96,480", "91,230", "△5,250"),
                List.of("② 해양보호구역 관리", "해수부", "22,140", "23,890", "1,750"),
                List.of("소계", "", "118,620", "115,120", "△3,500"),
                List.of("3. 농수산", "", "", "", ""),
                List.of("① 농업 기상재해 조기경보", "농식품부", "8,760", "9,420", "660"),
                List.of("② 기후적응형 품종 개발", "농식품부", "31,250", "29,870", "△1,380"),
                List.of("③ 양식 수산물 고수온 대응", "해수부", "6,480", "7,150", "670"),
                List.of("소계", "", "46,490", "46,440", "△50"),
                List.of("4. 재난·안전", "", "", "", ""),
                List.of("① 폭염 대응 그늘막·쉼터 지원", "행안부", "12,300", "11,050", "△1,250"),
                List.of("② 기후 감시·예측 고도화", "기상청", "54,620", "57,310", "2,690"),
                List.of("소계", "", "66,920", "68,360", "1,440"),
                List.of("합계", "", "948,180", "954,240", "6,060"));
    }
}
