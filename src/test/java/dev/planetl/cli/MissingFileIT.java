package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A file deleted between two ingests keeps its facts, and every fact view says they have no file any more. */
class MissingFileIT {

    private static final List<String> FACT_VIEWS = List.of("warehouse.v_budget_line", "warehouse.v_budget_total",
            "warehouse.v_budget_mention", "warehouse.v_plan_task", "warehouse.v_table_fact");

    @TempDir
    Path tmp;

    @Test
    void theFactsOfADeletedFileShowMissing() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        // 000 prints lines, totals, table facts and mentions; 003 schedules tasks; 002 stays
        Files.copy(Path.of("sample-docs/000_c6a735280eeffe22.txt"), docs.resolve("000.txt"));
        Files.copy(Path.of("sample-docs/003_ec70c1f9ee5d3b28.unruled.pdf"), docs.resolve("003.pdf"));
        Files.copy(Path.of("sample-docs/002_051c73b7d6606d90.txt"), docs.resolve("002.txt"));
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            PlanetlMain.run("ingest", docs.toString(), "--db-url", TestPostgres.cliUrl(w));
            for (String view : FACT_VIEWS) {
                assertThat(jdbc.queryForObject("select count(*) from " + view + " where missing", Integer.class))
                        .as(view + " before any file is gone").isZero();
            }
            Map<String, Object> before = counts(jdbc);

            Files.delete(docs.resolve("000.txt"));
            Files.delete(docs.resolve("003.pdf"));
            PlanetlMain.run("ingest", docs.toString(), "--db-url", TestPostgres.cliUrl(w));

            assertThat(counts(jdbc)).as("the facts stay").isEqualTo(before);
            for (String view : FACT_VIEWS) {
                List<Map<String, Object>> rows = jdbc.queryForList("select document, missing, count(*) as n from "
                        + view + " group by 1, 2 order by 1, 2");
                assertThat(rows).as(view).isNotEmpty().allSatisfy(r -> assertThat(r.get("missing")).as(view + " "
                        + r.get("document")).isEqualTo(!r.get("document").equals("002.txt")));
                assertThat(rows).as(view + ": some fact of a deleted file").anyMatch(r -> (Boolean) r.get("missing"));
            }
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_mention where document = '002.txt'"
                    + " and not missing", Integer.class)).as("the file still there").isPositive();
            String comment = jdbc.queryForObject("select col_description('warehouse.v_table_fact'::regclass, "
                    + "(select attnum from pg_attribute where attrelid = 'warehouse.v_table_fact'::regclass "
                    + "and attname = 'missing'))", String.class);
            assertThat(comment).contains("not found in the last ingest");
        }
    }

    private static Map<String, Object> counts(JdbcTemplate jdbc) {
        return jdbc.queryForMap("select (select count(*) from warehouse.v_budget_line) as lines, "
                + "(select count(*) from warehouse.v_budget_total) as totals, "
                + "(select count(*) from warehouse.v_budget_mention) as mentions, "
                + "(select count(*) from warehouse.v_plan_task) as tasks, "
                + "(select count(*) from warehouse.v_table_fact) as facts");
    }
}
