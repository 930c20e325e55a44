package dev.planetl.job;

import dev.planetl.cli.PlanetlMain;
import dev.planetl.db.Warehouse;
import dev.planetl.report.RunReport;
import dev.planetl.report.RunReportHtml;
import dev.planetl.testing.CommandOutput;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * A nightly folder of about forty hostile and broken files beside one good plan: every file ends with an outcome
 * whose reason names its real cause (a 200,000-deep PDF is "nested", not a missing root; 10,000 nested tables are
 * "nested", not a page without text), the good plan is published, nothing else lands, and status lists them all.
 */
class HostileFolderIT {

    @TempDir
    Path tmp;

    @Test
    void everyHostileFileGetsItsOwnOutcomeAndTheGoodPlanLands() throws Exception {
        Path docs = tmp.resolve("docs");
        HostileFiles files = HostileFiles.writeInto(docs);

        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            String url = TestPostgres.cliUrl(w);

            int exit = PlanetlMain.run("ingest", docs.toString(), "--db-url", url);

            Map<String, String> outcomes = new TreeMap<>();
            jdbc.query("select path, status, coalesce(reason, '') from staging.document", rs -> {
                outcomes.put(rs.getString(1), rs.getString(2) + ": " + rs.getString(3));
            });
            jdbc.query("select path, outcome, coalesce(detail, '') from staging.run_file", rs -> {
                outcomes.put(rs.getString(1), RunReportHtml.skippedOutcome(
                        new RunReport.FileRow(rs.getString(1), rs.getString(2), rs.getString(3))));
            });
            outcomes.forEach((path, outcome) -> System.out.println("hostile " + path + " -> " + outcome));

            assertThat(exit).as("some files failed, the job did not").isEqualTo(1);
            assertSoftly(soft -> files.expected().forEach((path, expected) -> {
                String outcome = outcomes.get(path);
                soft.assertThat(outcome).as(path).isNotNull();
                if (outcome == null) {
                    return;
                }
                if (expected.status().equals("published_or_failed")) {
                    soft.assertThat(outcome).as(path).matches("(published|published_with_findings|failed): .*");
                } else {
                    soft.assertThat(outcome).as(path).startsWith(expected.status());
                }
                soft.assertThat(outcome.toLowerCase()).as(path).contains(expected.reason().toLowerCase());
                soft.assertThat(outcome).as(path).doesNotContain("Missing root object", "Exception", "\tat ");
            }));
            assertThat(outcomes).as("no file outside the expectations").containsOnlyKeys(
                    files.expected().keySet().toArray(String[]::new));
            // the good plan's figures are the seed's, nothing of the hostile files is added to them
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line where document = 'good-2020.txt'",
                    Integer.class)).isEqualTo(jdbc.queryForObject("select count(*) from warehouse.v_budget_line",
                    Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_mention where subject like '%&lol%'"
                    + " or sentence like '%root:x:%'", Integer.class)).isZero();
            assertThat(Path.of("/tmp/planetl-slip.xml")).doesNotExist();

            String status = captured("status", "--db-url", url);
            for (String path : files.expected().keySet()) {
                assertThat(status).as("status names " + path).contains(path);
            }
        }
    }

    private static String captured(String... args) {
        return CommandOutput.run(args).stdout();
    }
}
