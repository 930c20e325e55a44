package dev.planetl.extract.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.planetl.extract.Document;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDFs printed by a browser (headless Chromium, Skia/PDF: CID TrueType subsets whose space glyph maps to U+0001, no
 * glyph where a cell's line wraps, Korean broken between any two syllables), made as src/test/resources/plans/README.md
 * and src/test/resources/browser/README.md say. Expectations come from the HTML that was printed, not from the
 * extractor.
 */
class BrowserPdfTest {

    private final PdfExtractor extractor = new PdfExtractor();

    @Test
    void chromiumPrintsOfSeeds000And001HaveEveryTableOfTheirSeeds() throws Exception {
        for (String stem : List.of("000_c6a735280eeffe22", "001_69b5d0863f4d8d05")) {
            Document d = extract(Path.of("src/test/resources/browser", stem + ".chromium.pdf"));
            PdfExtractorSampleDocsTest.assertSameTables(d, PdfExtractorSampleDocsTest.seedTables(
                    Path.of("sample-docs", stem + ".txt")), stem, "chromium");
        }
    }

    @Test
    void theSpaceGlyphOfAChromiumSubsetIsASpaceNotAnUnmappedGlyph() throws Exception {
        Document d = extract(Path.of("src/test/resources/plans/101_sti_implementation_2024.chromium.pdf"));

        assertThat(d.warnings()).noneMatch(w -> w.contains("Unicode"));
        assertThat(d.tables().toList().get(0).row(1)).containsExactly("전략1 초격차 전략기술 육성", "2,050", "2,840",
                "790", "38.5");
    }

    @Test
    void wordsChromiumCutAtTheEndOfAFullCellLineAreWholeWhereThePlanPrintsThemWhole() throws Exception {
        Document d = extract(Path.of("src/test/resources/plans/101_sti_implementation_2024.chromium.pdf"));
        Table projects = d.tables().toList().get(1);

        // the HTML: 2024년 예산(안), 전략1 초격차 전략기술 육성, 우주항공·해양, 우주수송, 인재, 기술혁신, 과학기술 혁신
        assertThat(projects.row(0)).containsExactly("전략", "사업명", "부처", "신규/계속", "2023년 예산", "2024년 예산(안)",
                "증감", "증감률(%)");
        assertThat(projects.textAt(1, 0)).isEqualTo("전략1 초격차 전략기술 육성");
        assertThat(projects.textAt(5, 0)).isEqualTo("전략2 우주항공·해양 신산업 창출");
        assertThat(projects.textAt(5, 1)).isEqualTo("한국형 발사체 고도화 및 차세대 우주수송 역량 확보 사업");
        assertThat(projects.textAt(9, 0)).isEqualTo("전략3 과학기술 인재 양성");
        assertThat(projects.textAt(13, 0)).isEqualTo("전략4 탄소중립 기술혁신");
        assertThat(projects.textAt(17, 0)).isEqualTo("전략5 지역 과학기술 혁신");
    }

    private Document extract(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return extractor.extract(in, file.getFileName().toString());
        }
    }
}
