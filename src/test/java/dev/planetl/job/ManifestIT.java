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

import static org.assertj.core.api.Assertions.assertThat;

/** A document whose plan year cannot be detected is reported; the steward's manifest under jobs/ sets it. */
class ManifestIT {

    @TempDir
    Path tmp;

    @Test
    void theManifestsPlanYearWinsAndTheUnknownYearIsNoLongerReported() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(Path.of("sample-docs/004_9f4da27ab622e286.txt"), docs.resolve("trend.txt"));
        Path jobs = Files.createDirectories(tmp.resolve("jobs"));
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            String url = TestPostgres.cliUrl(w);

            // a trend report prints no plan year: it is reported
            PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString());
            assertThat(jdbc.queryForObject("select plan_year from staging.document", Integer.class)).isNull();
            assertThat(jdbc.queryForObject("select count(*) from quality.v_finding where is_current "
                    + "and rule = 'plan.year.unknown'", Integer.class)).isEqualTo(1);

            // the steward sets it in the manifest; the next nightly run reads the document again under that year
            Files.writeString(jobs.resolve("manifest.yml"), """
                    documents:
                      - path: trend.txt
                        plan_year: 2021
                    """, StandardCharsets.UTF_8);
            PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString());

            assertThat(jdbc.queryForObject("select plan_year || ' ' || plan_year_source from staging.document",
                    String.class)).isEqualTo("2021 manifest");
            assertThat(jdbc.queryForObject("select count(*) from quality.v_finding where is_current "
                    + "and rule = 'plan.year.unknown'", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_mention where plan_year = 2021",
                    Integer.class)).isPositive();
        }
    }
}
