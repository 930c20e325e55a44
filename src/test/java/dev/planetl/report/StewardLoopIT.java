package dev.planetl.report;

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

/**
 * The data steward's loop: a night's ingest holds back a plan whose printed target total is wrong; the steward
 * fixes the source file and reruns the year; the year is republished and the new run's report shows the finding
 * gone.
 */
class StewardLoopIT {

    private static final String PRINTED = "\t4,210.78\t12.62\t28";
    private static final String MISPRINTED = "\t4,201.78\t12.62\t28"; // two digits swapped

    @TempDir
    Path tmp;

    @Test
    void fixingTheSourceAndRerunningTheYearClearsTheFinding() throws Exception {
        String seed = Files.readString(Path.of("sample-docs/000_c6a735280eeffe22.txt"), StandardCharsets.UTF_8);
        assertThat(seed).contains(PRINTED);
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path file = docs.resolve("plan-2020.txt");
        Files.writeString(file, seed.replaceFirst(PRINTED, MISPRINTED), StandardCharsets.UTF_8);

        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            RunReportRepository reports = new RunReportRepository(jdbc);
            String url = TestPostgres.cliUrl(w);

            // given a night whose ingest held the plan back because the 2020 total of target 1-1 does not add up
            assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url", url)).isEqualTo(1);
            RunReport night = reports.load(reports.latestRun().orElseThrow()).orElseThrow();
            assertThat(night.documents()).singleElement().extracting(RunReport.DocumentRow::state)
                    .isEqualTo("held_back");
            assertThat(night.findings()).anyMatch(f -> f.severity().equals("error") && f.rawText().contains("4,201.78"));
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class)).isZero();

            // when the steward fixes the file and reruns the year
            Files.writeString(file, seed, StandardCharsets.UTF_8);
            int exit = PlanetlMain.run("rerun", "--year", "2020", "--db-url", url);

            // then the year is published, and the rerun's report no longer lists the finding
            assertThat(exit).isZero();
            RunReport rerun = reports.load(reports.latestRun().orElseThrow()).orElseThrow();
            assertThat(rerun.run().get("command")).isEqualTo("rerun");
            assertThat(rerun.findings()).noneMatch(f -> f.rawText().contains("4,201.78"));
            assertThat(rerun.findings()).anyMatch(f -> f.rule().equals("repair.arithmetic"));
            assertThat(rerun.checks()).isNotEmpty().allMatch(c -> c.status().equals("pass"));
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class))
                    .isEqualTo(171);
            assertThat(jdbc.queryForObject("select count(*) from quality.v_finding where is_current and "
                    + "raw_text like '%4,201.78%'", Integer.class)).isZero();
        }
    }
}
