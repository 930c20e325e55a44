package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rendering of seeds 000 and 001 (PDF ruled and unruled, DOCX, HWP, HWPX, HTML), ingested alone into an empty
 * warehouse, yields the same project lines and totals as the seed text itself. (The text's own figures are checked
 * against what the document prints in {@link SampleDocsIngestIT}.)
 */
class RenderingsIngestIT {

    @TempDir
    Path tmp;

    static Stream<Arguments> renderings() {
        return Stream.of("000_c6a735280eeffe22", "001_69b5d0863f4d8d05").flatMap(stem ->
                Stream.of("ruled.pdf", "unruled.pdf", "docx", "hwp", "hwpx", "html")
                        .map(ext -> Arguments.of(stem, ext)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("renderings")
    void aRenderingAloneYieldsTheSameLinesAndTotalsAsTheSeedText(String stem, String ext) throws Exception {
        Facts fromText = ingestAlone(stem + ".txt");
        Facts fromRendering = ingestAlone(stem + "." + ext);

        assertThat(fromText.lines().size() + fromText.totals().size()).isPositive();
        assertThat(fromRendering.lines()).containsExactlyElementsOf(fromText.lines());
        assertThat(fromRendering.totals()).containsExactlyElementsOf(fromText.totals());
        // every cross-check passes, the one repair is seed 000's 966.11.00, and nothing is rejected
        assertThat(fromRendering.failedChecks()).isEmpty();
        assertThat(fromRendering.passedChecks()).isEqualTo(fromText.passedChecks()).isPositive();
        assertThat(fromRendering.errors()).isEmpty();
        assertThat(fromRendering.repairs()).isEqualTo(stem.startsWith("000") ? List.of("966.11.00") : List.of());
    }

    record Facts(List<String> lines, List<String> totals, List<String> failedChecks, int passedChecks,
                 List<String> errors, List<String> repairs) {
    }

    private Facts ingestAlone(String file) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve(file.replace('.', '_')));
        Files.copy(Path.of("sample-docs", file), docs.resolve(file));
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            String url = TestPostgres.cliUrl(w);
            int exit = PlanetlMain.run("ingest", docs.toString(), "--db-url", url);
            assertThat(exit).as("ingest of %s", file).isZero();
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            List<String> lines = jdbc.queryForList("""
                    select concat_ws(' | ', fiscal_year, measure, policy_area_code, policy_area, program, ministry,
                                     ministry_as_written, is_new, amount_krw, amount_as_written, unit_as_written)
                    from warehouse.v_budget_line order by 1""", String.class);
            List<String> totals = jdbc.queryForList("""
                    select concat_ws(' | ', fiscal_year, measure, kind, ministry, policy_area_code, policy_area,
                                     task_count, share_pct, amount_krw, amount_as_written, unit_as_written,
                                     array_length(source_refs, 1))
                    from warehouse.v_budget_total order by 1""", String.class);
            List<String> failed = jdbc.queryForList(
                    "select rule || ' ' || scope from quality.v_reconciliation where status = 'fail'", String.class);
            int passed = jdbc.queryForObject("select count(*) from quality.v_reconciliation where status = 'pass'",
                    Integer.class);
            List<String> errors = jdbc.queryForList(
                    "select rule || ' ' || raw_text from quality.v_finding where severity = 'error'", String.class);
            List<String> repairs = jdbc.queryForList(
                    "select raw_text from quality.v_finding where severity = 'repair'", String.class);
            return new Facts(lines, totals, failed, passed, errors, repairs);
        }
    }
}
