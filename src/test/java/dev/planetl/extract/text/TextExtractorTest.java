package dev.planetl.extract.text;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void utf8ByteOrderMarkIsDroppedAndCharsetRecorded() throws Exception {
        Document doc = extract("utf8_with_bom.txt");

        assertThat(doc.metadata().extra()).containsEntry("charset", "UTF-8");
        assertThat(doc.blocks().get(0).text()).isEqualTo("제목 한 줄");
    }

    @Test
    void legacyKoreanBytesAreReadAsCp949() throws Exception {
        Document doc = extract("legacy_cp949.txt");

        assertThat(doc.metadata().extra().get("charset")).isIn("x-windows-949", "EUC-KR");
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("예산 계획", "산업부 1,500");
    }

    @Test
    void cp949BytesNeverDependOnThePlatformCharset() throws Exception {
        // given bytes that are invalid UTF-8 but clean CP949
        byte[] bytes = "산업통상자원부 실행계획\n".getBytes(Charset.forName("x-windows-949"));

        Document doc = extractor.extract(new ByteArrayInputStream(bytes), "memory");

        assertThat(doc.blocks().get(0).text()).isEqualTo("산업통상자원부 실행계획");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void decomposedHangulIsNormalisedToNfc() throws Exception {
        String decomposed = "\u1112\u1161\u11AB\u1100\u116E\u11A8"; // 한국 as conjoining jamo
        Document doc = extractor.extract(new ByteArrayInputStream(decomposed.getBytes(StandardCharsets.UTF_8)), "memory");

        assertThat(doc.blocks().get(0).text()).isEqualTo("한국").hasSize(2);
    }

    @Test
    void bytesNeitherUtf8NorCp949AreReplacedWithAWarning() throws Exception {
        byte[] bytes = {'a', ' ', (byte) 0xFF, (byte) 0xFF, (byte) 0x80, ' ', 'b', '\n'};

        Document doc = extractor.extract(new ByteArrayInputStream(bytes), "memory");

        assertThat(doc.warnings()).singleElement().asString().contains("replaced by U+FFFD");
    }

    @Test
    void emptyInputIsRejectedAsEmpty() {
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(new byte[0]), "plan.txt"))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("plan.txt: the file is empty")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.EMPTY);
    }

    @Test
    void onlyPageMarkersAndTagsIsNoText() {
        byte[] bytes = "- 1 -\n<ul style=\"x\">\n\t\t\n- 2 -\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(bytes), "blank.txt"))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("blank.txt: the file holds no text besides page markers and markup")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.NO_TEXT);
    }

    @Test
    void tabRowsBecomeARectangularTableKeepingTrailingEmptyFields() throws Exception {
        Table table = onlyTable(extract("tab_table_trailing_empty_fields.txt"));

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.columnCount()).isEqualTo(4);
        assertThat(table.row(1)).containsExactly("가", "1,000", "", "");
        assertThat(table.row(2)).containsExactly("나", "2,000", "계속", "");
        assertThat(table.headerRows()).isEqualTo(1);
    }

    @Test
    void leadingRowsWithoutNumbersAreHeaderRows() throws Exception {
        Table table = onlyTable(extract("table_with_two_header_rows.txt"));

        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(table.row(1)).containsExactly("", "", "新시장 구축", "제도적 뒷받침", "");
    }

    @Test
    void tableContinuedWithItsHeaderRepeatedIsOneTable() throws Exception {
        Document doc = extract("table_continued_with_repeated_header.txt");

        Table table = onlyTable(doc);
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.row(3)).containsExactly("과제 다", "7,000", "과기정통부");
        assertThat(table.cellAt(3, 0)).map(c -> c.provenance().line()).contains(12);
    }

    @Test
    void tablesWithTheSameHeaderButProseBetweenStayApart() throws Exception {
        assertThat(extract("tables_apart_with_same_header.txt").tables()).hasSize(2);
    }

    @Test
    void numberingSchemesGiveFixedLevels() throws Exception {
        List<Heading> headings = headings(extract("headings_numbering_schemes.txt"));

        assertThat(headings).extracting(Heading::level, Heading::numbering, Heading::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "I.", "추진배경 및 경과"),
                org.assertj.core.groups.Tuple.tuple(1, "Ⅲ.", "중점 추진전략"),
                org.assertj.core.groups.Tuple.tuple(1, "IV", "추진 방안"),
                org.assertj.core.groups.Tuple.tuple(2, "1.", "추진 실적 및 주요성과"),
                org.assertj.core.groups.Tuple.tuple(2, "1", "추진배경"),
                org.assertj.core.groups.Tuple.tuple(3, "1-3", "공공부문 선도 수요창출"),
                org.assertj.core.groups.Tuple.tuple(3, "가", "융합 신제품·서비스를 위한 시장 구축"),
                org.assertj.core.groups.Tuple.tuple(3, "나.", "정책"),
                org.assertj.core.groups.Tuple.tuple(4, "①", "중점추진 목표"));
    }

    @Test
    void loneNumberingTakesTheNameOnTheNextLineOrStaysEmpty() throws Exception {
        Document doc = extract("lone_numbering_with_name_below.txt");

        assertThat(headings(doc)).extracting(Heading::numbering, Heading::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1-1", "선도적 산업데이터 플랫폼 프로젝트 추진"),
                org.assertj.core.groups.Tuple.tuple("3-1", ""),
                org.assertj.core.groups.Tuple.tuple("2", "그간의 추진경과"));
        assertThat(paragraphs(doc)).contains("31", "(단위: 백만원)", "- 이를 위해 배차 시스템 도입");
        assertThat(headings(doc).get(0).provenance().line()).isEqualTo(1);
    }

    @Test
    void tableOfContentsLinesStayParagraphs() throws Exception {
        Document doc = extract("toc_lines_are_not_headings.txt");

        assertThat(doc.tables()).isEmpty();
        assertThat(headings(doc)).extracting(Heading::text).containsExactly("추진배경 및 경과");
        assertThat(headings(doc).get(0).provenance().line()).isEqualTo(9);
        assertThat(paragraphs(doc)).contains("II. 추진성과 3", "I. 추진 개요 ··································· 1");
    }

    @Test
    void pageMarkersNumberTheLinesBelowThem() throws Exception {
        Document doc = extract("page_markers.txt");

        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("표지 문구", "의결주문", "ㅇ 의결함", "2025년 시행계획");
        assertThat(doc.blocks()).extracting(b -> b.provenance().page()).containsExactly(null, 1, 1, 2);
        assertThat(doc.blocks()).extracting(b -> b.provenance().line()).containsExactly(1, 3, 4, 6);
    }

    @Test
    void emphasisAndHtmlFragmentsAreStrippedToTheirText() throws Exception {
        Document doc = extract("emphasis_and_html_fragments.txt");

        assertThat(paragraphs(doc)).containsExactly(
                "- 민간의 융합을 위해 ①新시장 창출, ②제도개선을 추진",
                "** 사업장 기준코드 15만건",
                "- 갈등 해결형 제도 도입*, 신속처리절차 개편** 등 운영 개선(공통)",
                "< 분야별 재정투자실적(억원) >");
        Table table = onlyTable(doc);
        assertThat(table.row(0)).containsExactly("기업 역량", "▶ 현장 의견 ▶ 비용 부담");
        assertThat(table.row(1)).containsExactly("전문 인력", "▶ 인재 양성");
    }

    @Test
    void rankingWithSingleSpacesIsATableAndItsUnsplittableHeaderAParagraph() throws Exception {
        Document doc = extract("ranking_with_single_spaces.txt");

        Table table = onlyTable(doc);
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.columnCount()).isEqualTo(6);
        assertThat(table.headerRows()).isZero();
        assertThat(table.row(0)).containsExactly("1", "알파벳", "미국", "183", "15.3", "200위 이상 상승");
        assertThat(table.row(3)).containsExactly("4", "폭스바겐", "독일", "136", "5.8", "4위 상승");
        assertThat(paragraphs(doc)).contains("순위 기업명 국가 R&D 투자액 R&D 집약도 순위 변화");
        assertThat(doc.warnings()).singleElement().asString().startsWith("line 3:").contains("9 words for 6 columns");
    }

    @Test
    void numberShapedRowsTakeAHeaderThatSplitsExactly() throws Exception {
        Table table = onlyTable(extract("number_shaped_rows_with_header.txt"));

        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.row(0)).containsExactly("순위", "국가", "금액", "지수");
        assertThat(table.row(1)).containsExactly("1", "미국", "5,432", "100");
    }

    @Test
    void columnsAlignedByRunsOfSpacesAreATable() throws Exception {
        Table table = onlyTable(extract("aligned_columns_two_spaces.txt"));

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.row(0)).containsExactly("구분", "2019년", "2020년");
        assertThat(table.row(2)).containsExactly("과기부", "8,065.62", "7,939.97");
        assertThat(table.headerRows()).isEqualTo(1);
    }

    @Test
    void everyBlockAndCellCarriesItsLine() throws Exception {
        Document doc = extract("line_numbers.txt");

        assertThat(doc.blocks()).extracting(b -> b.provenance().line()).containsExactly(1, 3, 5);
        Table table = onlyTable(doc);
        assertThat(table.cells()).extracting(Cell::provenance).extracting(p -> p.line()).containsExactly(5, 5, 6, 6);
        assertThat(table.cells()).extracting(c -> c.provenance().ref()).contains("t0/r1/c1");
    }

    @Test
    void textWithKnownPagesKeepsThemAndJoinsATableAcrossTheBreak() {
        List<String> pages = List.of("1-2\n\n추진 내용\t예산\n과제 가\t5,000\n- 1 -\n",
                "추진 내용\t예산\n과제 나\t7,000\n");

        Document doc = extractor.readPages(pages, dev.planetl.extract.DocumentMetadata.of(
                dev.planetl.extract.DocumentFormat.PDF, "application/pdf"), List.of());

        Table table = onlyTable(doc);
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.cellAt(1, 0)).map(c -> c.provenance().page()).contains(1);
        assertThat(table.cellAt(2, 0)).map(c -> c.provenance().page()).contains(2);
        assertThat(table.cellAt(2, 0)).map(c -> c.provenance().line()).contains(7);
        assertThat(doc.blocks().get(0).provenance().page()).isEqualTo(1);
    }

    @Test
    void hostileLongLineIsCleanedInLinearTime() throws Exception {
        String line = "**a ".repeat(250_000) + "끝" + "·".repeat(100_000) + "\n";
        long start = System.nanoTime();

        Document doc = extractor.extract(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "long.txt");

        assertThat(doc.blocks()).hasSize(1);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
    }

    private Document extract(String resource) throws IOException, ExtractionException {
        try (InputStream in = TextExtractorTest.class.getResourceAsStream("/text/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return extractor.extract(in, resource);
        }
    }

    private static Table onlyTable(Document doc) {
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static List<Heading> headings(Document doc) {
        return doc.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    private static List<String> paragraphs(Document doc) {
        return doc.blocks().stream().filter(Paragraph.class::isInstance).map(Block::text).toList();
    }
}
