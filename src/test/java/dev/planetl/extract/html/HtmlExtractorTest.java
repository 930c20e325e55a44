package dev.planetl.extract.html;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void headingsTakeTheirNumberingLevelOrTheTagLevel() throws Exception {
        Document doc = html("<html><head><title>실행계획</title></head><body>"
                + "<h1>2020년도 실행계획</h1><h2>II. 추진성과</h2><h3>개요</h3><p>1-1 선도적 산업데이터 플랫폼</p>"
                + "<p>본문 문장입니다.</p></body></html>");

        assertThat(doc.metadata().title()).isEqualTo("실행계획");
        assertThat(doc.blocks()).filteredOn(Heading.class::isInstance).map(Heading.class::cast)
                .extracting(Heading::level, Heading::numbering, Heading::text).containsExactly(
                        tuple(1, "", "2020년도 실행계획"), tuple(1, "II.", "추진성과"), tuple(3, "", "개요"),
                        tuple(3, "1-1", "선도적 산업데이터 플랫폼"));
        assertThat(doc.blocks()).filteredOn(Paragraph.class::isInstance).extracting(Block::text)
                .containsExactly("본문 문장입니다.");
    }

    @Test
    void rowspanAndColspanArePlacedOnTheGrid() throws Exception {
        Table t = onlyTable(html("<table>"
                + "<thead><tr><th rowspan=2>부처</th><th colspan=2>'20년</th><th rowspan=2>계</th></tr>"
                + "<tr><th>R&amp;D</th><th>비R&amp;D</th></tr></thead>"
                + "<tbody><tr><td>산업부</td><td>1,000</td><td>500</td><td>1,500</td></tr>"
                + "<tr><td rowspan=2>과기부</td><td>700</td><td>300</td><td>1,000</td></tr>"
                + "<tr><td>100</td><td>50</td><td>150</td></tr></tbody></table>"));

        assertThat(t.rowCount()).isEqualTo(5);
        assertThat(t.columnCount()).isEqualTo(4);
        assertThat(t.headerRows()).isEqualTo(2);
        assertThat(t.cellAt(1, 0)).map(Cell::text).contains("부처");
        assertThat(t.cellAt(0, 1)).map(Cell::columnSpan).contains(2);
        assertThat(t.row(1)).containsExactly("", "R&D", "비R&D", "");
        assertThat(t.cellAt(4, 0)).map(Cell::text).contains("과기부");
        assertThat(t.row(4)).containsExactly("", "100", "50", "150");
        assertThat(t.cells()).extracting(Cell::row, Cell::column, Cell::rowSpan, Cell::columnSpan)
                .contains(tuple(3, 0, 2, 1), tuple(0, 3, 2, 1));
    }

    @Test
    void rowOfThCellsIsAHeaderRowWithoutThead() throws Exception {
        Table t = onlyTable(html("<table><tr><th>구분</th><th>금액</th></tr><tr><td>가</td><td>1</td></tr></table>"));

        assertThat(t.headerRows()).isEqualTo(1);
    }

    @Test
    void tableWithoutThUsesTheTextHeaderRule() throws Exception {
        Table t = onlyTable(html("<table><tr><td>부처</td><td>구분</td></tr><tr><td></td><td>소계</td></tr>"
                + "<tr><td>산업부</td><td>1,500</td></tr></table>"));

        assertThat(t.headerRows()).isEqualTo(2);
    }

    @Test
    void converterListFragmentsInsideCellsAreReducedToTheirText() throws Exception {
        Table t = onlyTable(html("<table><tr><td>기업 역량</td>"
                + "<td>&lt;ul style=\"list-style-type: none\"&gt; ▶ 현장 의견 ▶ 비용 부담</td></tr>"
                + "<tr><td>전문 인력</td><td><ul><li>▶ 인재 양성</li><li>▶ 현장 위주</li></ul></td></tr></table>"));

        assertThat(t.row(0)).containsExactly("기업 역량", "▶ 현장 의견 ▶ 비용 부담");
        assertThat(t.row(1)).containsExactly("전문 인력", "▶ 인재 양성 ▶ 현장 위주");
    }

    @Test
    void tableHoldingATableIsLayoutAndOnlyTheInnerTableIsEmitted() throws Exception {
        Document doc = html("<table><tr><td><p>< 부처별 재정투자 >(억원)</p>"
                + "<table><tr><th>부처</th><th>금액</th></tr><tr><td>산업부</td><td>9,283.40</td></tr></table>"
                + "</td></tr></table><p>끝</p>");

        assertThat(doc.blocks()).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "Table", "Paragraph");
        Table inner = doc.tables().findFirst().orElseThrow();
        assertThat(inner.index()).isZero();
        assertThat(inner.row(1)).containsExactly("산업부", "9,283.40");
    }

    @Test
    void blocksCarryTheirSourceLine() throws Exception {
        Document doc = html("<html><body>\n<h1>제목</h1>\n<p>첫 문단</p>\n\n<table>\n<tr><td>가</td><td>1</td></tr>\n"
                + "<tr><td>나</td><td>2</td></tr>\n</table>\n</body></html>");

        assertThat(doc.blocks()).extracting(b -> b.provenance().line()).containsExactly(2, 3, 5);
        assertThat(doc.tables().findFirst().orElseThrow().cellAt(1, 1))
                .map(c -> c.provenance().line()).contains(7);
    }

    @Test
    void koreanLegacyCharsetIsReadWithOrWithoutADeclaration() throws Exception {
        Charset cp949 = Charset.forName("x-windows-949");
        byte[] declared = "<html><head><meta charset=\"euc-kr\"></head><body><p>똠방각하 예산</p></body></html>".getBytes(cp949);
        byte[] undeclared = "<p>산업통상자원부 예산</p>".getBytes(cp949);

        assertThat(extractor.extract(new ByteArrayInputStream(declared), "a.html").blocks().get(0).text())
                .isEqualTo("똠방각하 예산");
        assertThat(extractor.extract(new ByteArrayInputStream(undeclared), "b.html").blocks().get(0).text())
                .isEqualTo("산업통상자원부 예산");
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        String page = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html><body><p>값: &leak;</p></body></html>";

        Document doc = html(page);

        assertThat(doc.blocks()).extracting(Block::text).noneMatch(t -> t.contains("TOP-SECRET"));
        assertThat(doc.blocks()).extracting(Block::text).contains("값: &leak;");
    }

    @Test
    void pageWithoutTextIsNoText() {
        assertThatThrownBy(() -> html("<html><body><script>var a = 1;</script></body></html>"))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("page.html: the HTML page holds no text");
    }

    @Test
    void tablesNestedTenThousandDeepAreRefusedAsHostileNotAsAPageWithoutText() {
        String page = "<html><body>" + "<table><tr><td>".repeat(10_000) + "2021년 예산 100억원"
                + "</td></tr></table>".repeat(10_000) + "</body></html>";

        assertThatThrownBy(() -> html(page)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(ExtractionException.Reason.HOSTILE);
            assertThat(e.getMessage()).contains("nested 10000 deep").doesNotContain("no text");
        });
    }

    @Test
    void aTableInACellOfATableIsStillRead() throws ExtractionException {
        Document doc = html("<table><tr><td>구분</td><td><table><tr><td>예산</td></tr><tr><td>100</td></tr></table>"
                + "</td></tr></table>");

        assertThat(HtmlExtractor.tableNesting("<TABLE><tr><td><table></table></td></tr></TABLE><table>")).isEqualTo(2);
        assertThat(doc.tables().count()).isPositive();
    }

    private Document html(String html) throws ExtractionException {
        return extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html");
    }

    private static Table onlyTable(Document doc) {
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }
}
