package dev.planetl.extract.text;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text extractor on the five seed documents in {@code sample-docs/}. Every expected number is one the
 * document itself prints (its task counts, its totals), never the program's own output.
 */
class TextSeedsTest {

    private static final List<String> ATTACHMENT_HEADER = List.of("추진 내용", "'20년도 예산", "신규여부", "주관부처");

    @Test
    void seed000AttachmentHasOneTablePerTargetWithThePrintedTaskCountsAndBudgets() throws Exception {
        Document doc = seed("000_c6a735280eeffe22.txt");

        List<Table> attachment = doc.tables().filter(t -> t.row(0).equals(ATTACHMENT_HEADER)).toList();

        // < 성과목표별 재정투자계획 및 과제 수 > (lines 437-447) prints, per target 1-1 … 4-2,
        // the task count and the budget in 억원; the attachment lists the same projects in 백만원.
        List<Integer> printedTasks = List.of(28, 39, 8, 6, 10, 16, 10, 12, 23, 19);
        List<String> printedBudgets = List.of("4210.78", "6309.73", "705.93", "314.98", "717.91",
                "2031.86", "5448.27", "4173.88", "6641.69", "2810.29");
        assertThat(attachment).hasSize(10);
        assertThat(attachment).extracting(t -> t.rowCount() - t.headerRows()).isEqualTo(printedTasks);
        assertThat(attachment.stream().mapToInt(t -> t.rowCount() - t.headerRows()).sum()).isEqualTo(171);
        List<String> budgets = new ArrayList<>();
        for (Table t : attachment) {
            BigDecimal millions = BigDecimal.ZERO;
            for (int r = t.headerRows(); r < t.rowCount(); r++) {
                millions = millions.add(number(t.textAt(r, 1)));
            }
            budgets.add(millions.movePointLeft(2).toPlainString());
        }
        assertThat(budgets).isEqualTo(printedBudgets);
    }

    @Test
    void seed000Target12TableContinuedAfterItsRepeatedHeaderIsOneTableOf39Rows() throws Exception {
        Document doc = seed("000_c6a735280eeffe22.txt");

        Table t12 = tableAfterHeading(doc, "1-2");

        assertThat(t12.headerRows()).isEqualTo(1);
        assertThat(t12.rowCount() - 1).isEqualTo(39);
        for (int r = 1; r < t12.rowCount(); r++) {
            assertThat(t12.row(r)).isNotEqualTo(ATTACHMENT_HEADER);
        }
        assertThat(t12.textAt(32, 0)).isEqualTo("재난안전플랫폼기술개발사업");
        assertThat(t12.textAt(33, 0)).isEqualTo("정밀의료산업기반구축");
        assertThat(t12.cellAt(33, 0).orElseThrow().provenance().line()).isEqualTo(760);
    }

    @Test
    void seed000AttachmentHeadingsJoinTheirNumberingAndName() throws Exception {
        Document doc = seed("000_c6a735280eeffe22.txt");

        List<Heading> targets = doc.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .filter(h -> h.numbering().matches("\\d-\\d")).toList();

        assertThat(targets).extracting(Heading::numbering)
                .containsExactly("1-1", "1-2", "1-3", "2-1", "2-2", "3-1", "3-2", "3-3", "4-1", "4-2");
        assertThat(targets.get(0).text()).isEqualTo("선도적 산업데이터 플랫폼 프로젝트 추진");
        assertThat(targets.get(2).text()).isEqualTo("공공부문 선도 수요창출");
        assertThat(targets).allMatch(h -> h.level() == 3);
    }

    @Test
    void seed000MinistryGoalMatrixRowsAddUpToTheirPrintedTotals() throws Exception {
        Document doc = seed("000_c6a735280eeffe22.txt");

        // 부처별/분야별 2020년도 투자계획(안): four goal columns (2..5), the total in column 6.
        Table matrix = doc.tables().filter(t -> t.columnCount() == 7 && t.textAt(2, 0).equals("산업통상자원부"))
                .findFirst().orElseThrow();
        assertThat(matrix.headerRows()).isEqualTo(2);
        for (int r = matrix.headerRows(); r < matrix.rowCount(); r++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 2; c <= 5; c++) {
                sum = sum.add(number(matrix.textAt(r, c)));
            }
            assertThat(sum).as(matrix.textAt(r, 0)).isEqualByComparingTo(number(matrix.textAt(r, 6)));
        }
        assertThat(matrix.row(matrix.rowCount() - 1)).startsWith("합계").endsWith("33,365.32");
    }

    @Test
    void seed002PageMarkersGiveThePagesTheTableOfContentsPrints() throws Exception {
        Document doc = seed("002_051c73b7d6606d90.txt");

        // the table of contents (lines 133-136) puts Ⅲ on page 3 and Ⅳ on page 15
        assertThat(heading(doc, "Ⅲ.").provenance().page()).isEqualTo(3);
        assertThat(heading(doc, "Ⅳ.").provenance().page()).isEqualTo(15);
        assertThat(doc.blocks().get(doc.blocks().size() - 1).provenance().page()).isEqualTo(34);
        assertThat(doc.blocks()).noneMatch(b -> b.text().matches("-\\s*\\d+\\s*-"));
    }

    @Test
    void seed003ScheduleTableHasOneHeaderRowAndNoHtmlIsLeft() throws Exception {
        Document doc = seed("003_ec70c1f9ee5d3b28.txt");

        Table schedule = doc.tables().filter(t -> t.row(0).equals(List.of("추진과제", "담당부처", "일정")))
                .findFirst().orElseThrow();
        assertThat(schedule.headerRows()).isEqualTo(1);
        assertThat(schedule.row(3)).containsExactly("수직형 협업 플랫폼 구축·확대", "산업부, 중기부", "'20~'25");
        assertThat(doc.blocks()).extracting(Block::text).noneMatch(t -> t.contains("<ul") || t.contains("</"));
    }

    @Test
    void seed004RankingTableHasTenRanksInSixColumns() throws Exception {
        Document doc = seed("004_9f4da27ab622e286.txt");

        Table ranking = doc.tables().filter(t -> t.textAt(0, 1).equals("알파벳")).findFirst().orElseThrow();

        assertThat(ranking.rowCount()).isEqualTo(10);
        assertThat(ranking.columnCount()).isEqualTo(6);
        for (int r = 0; r < 10; r++) {
            assertThat(ranking.textAt(r, 0)).isEqualTo(String.valueOf(r + 1));
        }
        assertThat(ranking.row(8)).containsExactly("9", "존슨&존슨", "미국", "94", "13.2", "3위 상승");
    }

    @Test
    void seed000WrittenInCp949ReadsTheSameAsInUtf8() throws Exception {
        Path file = Path.of("sample-docs", "000_c6a735280eeffe22.txt");
        String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        byte[] legacy = text.getBytes(java.nio.charset.Charset.forName("x-windows-949"));

        Document fromLegacy = new TextExtractor().extract(new java.io.ByteArrayInputStream(legacy), "legacy.txt");
        Document fromUtf8 = seed("000_c6a735280eeffe22.txt");

        assertThat(fromLegacy.metadata().extra().get("charset")).isIn("x-windows-949", "EUC-KR");
        assertThat(fromLegacy.blocks()).isEqualTo(fromUtf8.blocks());
    }

    private static Table tableAfterHeading(Document doc, String numbering) {
        boolean seen = false;
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h && h.numbering().equals(numbering)) {
                seen = true;
            } else if (seen && b instanceof Table t) {
                return t;
            }
        }
        throw new AssertionError("no table after heading " + numbering);
    }

    private static Heading heading(Document doc, String numbering) {
        return doc.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .filter(h -> h.numbering().equals(numbering)).findFirst().orElseThrow();
    }

    private static BigDecimal number(String text) {
        String s = text.replace(",", "").strip();
        if (s.isEmpty()) {
            return BigDecimal.ZERO;
        }
        // 966.11.00 is how the 2019 matrix misprints 966.11: the document's own total shows the value
        return new BigDecimal(s.matches("\\d+\\.\\d+\\.00") ? s.substring(0, s.length() - 3) : s);
    }

    static Document seed(String name) throws Exception {
        Path file = Path.of("sample-docs", name);
        try (InputStream in = Files.newInputStream(file)) {
            return new TextExtractor().extract(in, file.toString());
        }
    }
}
