package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.planetl.extract.Document;
import dev.planetl.extract.GoldenFiles;
import dev.planetl.extract.Table;

/**
 * The tables of real PDFs no one on this project made (src/test/resources/real/pdf/SOURCES.tsv) against golden
 * files written by hand from an independent reading: {@code pdftotext -layout} and the page images
 * ({@code pdftoppm -png}), checked by eye, never copied from this extractor's output (see golden/README.md).
 * Each golden holds the tables it names (all of a page, or single ones), in page order; a mismatch leaves the actual
 * output and a diff under target/golden/.
 */
class RealPdfGoldenTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                // 국회 환경노동위원회 검토보고서, Hancom PDF 1.3 from Hwp 2024
                Arguments.of("odl-2125318-review-hwp", Set.of("9", "11", "12", "13")),
                // 국회 의안 원문, Hancom PDF 1.3 from Hwp 2024
                Arguments.of("odl-2125318-bill-hwp", Set.of("1")),
                // 한국지역정보개발원 제안요청서, Hancom PDF 1.3 from Hwp 2024
                Arguments.of("odl-rfp-230524-hwp", Set.of("1", "3", "4", "8", "9")),
                // 조선선재 MSDS, MS Word 2013; page 4 (the letter-spaced 함유량 cell on page 2 still reads wrong)
                Arguments.of("odl-msds-cga35-word", Set.of("4")),
                // DB자산운용 월간 운용보고서, MS Excel 2016; its three share tables (table 0 mixes a chart, see README)
                Arguments.of("odl-db-china-fund-excel", Set.of("1/1", "1/2", "1/3")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void tablesOfTheNamedPagesMatchTheirHandWrittenGolden(String stem, Set<String> pages) throws Exception {
        Document d;
        try (InputStream in = RealPdfGoldenTest.class.getResourceAsStream("/real/pdf/" + stem + ".pdf")) {
            assertThat(in).as(stem).isNotNull();
            d = new PdfExtractor().extract(in, stem + ".pdf");
        }

        GoldenFiles.assertMatchesGolden("real-pdf-" + stem, render(d.tables().toList(), pages));
    }

    /** The selected tables: {@code "P"} selects every table on page P, {@code "P/K"} the K-th (from 0) on it. */
    static String render(List<Table> tables, Set<String> selected) {
        List<String> out = new ArrayList<>();
        int page = -1;
        int onPage = 0;
        for (Table t : tables) {
            int p = t.provenance().page();
            onPage = p == page ? onPage + 1 : 0;
            page = p;
            if (!selected.contains(String.valueOf(p)) && !selected.contains(p + "/" + onPage)) {
                continue;
            }
            StringBuilder s = new StringBuilder("# page " + p + " table " + onPage + " rows " + t.rowCount()
                    + " cols " + t.columnCount() + "\n");
            for (int r = 0; r < t.rowCount(); r++) {
                s.append(String.join("\t", t.row(r))).append('\n');
            }
            out.add(s.toString());
        }
        return String.join("\n", out);
    }
}
