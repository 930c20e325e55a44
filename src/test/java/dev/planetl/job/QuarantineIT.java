package dev.planetl.job;

import dev.planetl.cli.PlanetlMain;
import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document with a deliberately wrong total (250.00 printed for goals adding to 200.00), a line with an unknown
 * unit (300파운드) and a ministry no dictionary knows (우주개발청): each lands in quality.v_finding with its rule,
 * none reaches the views, and the rest of the document loads or is held back, per the policy in jobs/.
 */
class QuarantineIT {

    private static final Path FIXTURE = Path.of("src/test/resources/docs/bad-values/"
            + "bad_total_unknown_ministry_unknown_unit.txt");

    @TempDir
    Path tmp;

    private int ingest(Warehouse w, String policy) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(FIXTURE, docs.resolve("plan.txt"));
        Path jobs = Files.createDirectories(tmp.resolve("jobs"));
        Files.writeString(jobs.resolve("ingest.yml"), "policy: " + policy + "\n", StandardCharsets.UTF_8);
        String url = TestPostgres.cliUrl(w);
        return PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString());
    }

    @Test
    void underTheDefaultPolicyTheDocumentIsHeldBackWholeWithEveryFindingRecorded() throws Exception {
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());

            int exit = ingest(w, "hold_back_on_error");

            assertThat(exit).isEqualTo(1);
            assertFindings(jdbc);
            assertThat(jdbc.queryForObject("select status from staging.document", String.class)).isEqualTo("held_back");
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_total", Integer.class)).isZero();
        }
    }

    @Test
    void underPublishAcceptedTheRestLoadsWithoutTheRejectedValues() throws Exception {
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());

            int exit = ingest(w, "publish_accepted");

            assertFindings(jdbc);
            // published, but not as a clean document: its error findings are named and the run says so
            assertThat(exit).isEqualTo(1);
            assertThat(jdbc.queryForObject("select status from staging.document", String.class))
                    .isEqualTo("published_with_findings");
            assertThat(jdbc.queryForObject("select reason from staging.document", String.class))
                    .startsWith("published with ").contains("error finding(s)");
            assertThat(jdbc.queryForList("select program || ' ' || amount_krw from warehouse.v_budget_line",
                    String.class)).containsExactly("가 데이터 플랫폼 사업 1000000000");
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_total where kind = 'grand'",
                    Integer.class)).isZero();
        }
    }

    private static void assertFindings(JdbcTemplate jdbc) {
        List<String> findings = jdbc.queryForList(
                "select rule || ' ' || raw_text from quality.v_finding where severity = 'error'", String.class);
        assertThat(findings).contains("ministry.unresolved 우주개발청", "unit.unknown 300파운드",
                "total.grand 250.00");
    }
}
