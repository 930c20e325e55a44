package dev.planetl.bench;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heap goal: a 1,000-page PDF, each page carrying a small ruled table under its own header, ingests through
 * the command line in a JVM started with {@code -Xmx512m} whose extraction child has 512 MB too
 * ({@code extraction.child_heap_mb}). The expected 1,000 tables are those the test draws.
 */
class ThousandPagePdfIT {

    private static final int PAGES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aThousandPagePdfIngestsIn512MegabytesOfHeap() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        thousandPages(docs.resolve("thousand-pages.pdf"));
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  isolation: child\n  child_heap_mb: 512\n",
                StandardCharsets.UTF_8);

        try (Warehouse warehouse = TestPostgres.freshWarehouse()) {
            Path log = dir.resolve("ingest.log");
            Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    "dev.planetl.cli.PlanetlMain", "ingest", docs.toString(), "--db-url",
                    TestPostgres.cliUrl(warehouse), "--jobs-dir", jobs.toString(), "--var-dir",
                    dir.resolve("var").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(ingest.waitFor(10, TimeUnit.MINUTES)).as("ingest finished").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ingest.exitValue()).as(output).isIn(0, 1);

            List<Map<String, Object>> outcome = new JdbcTemplate(warehouse.dataSource()).queryForList(
                    "select state, reason, tables_found from staging.run_document");
            assertThat(outcome).as(output).hasSize(1);
            assertThat(outcome.get(0).get("state")).as(String.valueOf(outcome.get(0).get("reason")))
                    .isIn("published", "held_back");
            assertThat(outcome.get(0).get("tables_found")).isEqualTo(PAGES);
        }
    }

    /** Page N: a heading and a ruled 2 × 3 table whose header names the page, so no two tables join. */
    private static void thousandPages(Path file) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font = PDType0Font.load(pdf, new File("src/test/resources/fonts/NanumGothic.ttf"));
            for (int n = 1; n <= PAGES; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    text(s, font, 14, 72, 760, n + ". 과제 " + n + " 추진 현황");
                    float top = 720;
                    float[] xs = {72, 272, 472};
                    float rowHeight = 24;
                    s.setLineWidth(0.5f);
                    for (int r = 0; r <= 3; r++) {
                        s.moveTo(xs[0], top - r * rowHeight);
                        s.lineTo(xs[2], top - r * rowHeight);
                    }
                    for (float x : xs) {
                        s.moveTo(x, top);
                        s.lineTo(x, top - 3 * rowHeight);
                    }
                    s.stroke();
                    String[][] cells = {{"과제 " + n + " 구분", "내용"}, {"착수", "1월"}, {"완료", "12월"}};
                    for (int r = 0; r < 3; r++) {
                        for (int c = 0; c < 2; c++) {
                            text(s, font, 10, xs[c] + 6, top - r * rowHeight - 16, cells[r][c]);
                        }
                    }
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
            throws Exception {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
