package dev.planetl.job;

import dev.planetl.cli.PlanetlMain;
import dev.planetl.db.Warehouse;
import dev.planetl.testing.DistinctCopies;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code planetl ingest --threads 3} of a folder of many distinct documents (two marked copies of every
 * sample-docs file, every format) lands exactly what one thread lands: the same rows in every fact view, the same
 * findings, the same document outcomes, each fact once.
 */
class ParallelIngestIT {

    private static final List<String> FACT_VIEWS = List.of("warehouse.v_budget_line", "warehouse.v_budget_total",
            "warehouse.v_table_fact", "warehouse.v_budget_mention", "warehouse.v_plan_task",
            "warehouse.v_publication");

    @TempDir
    Path corpus;

    @Test
    void threeThreadsLandWhatOneThreadLands() throws Exception {
        // given two distinct copies of sample-docs (its renderings: every file at its top but the README)
        DistinctCopies.make(Path.of("sample-docs"), corpus, 2);
        long renderings;
        try (var files = java.nio.file.Files.list(Path.of("sample-docs"))) {
            renderings = files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("README")).count();
        }

        // when one warehouse ingests them with one thread and another with three
        Map<String, Object> one = ingest(1);
        Map<String, Object> three = ingest(3);

        // then every document of both copies was read, and every figure agrees
        assertThat(one.get("documents processed")).isEqualTo(2 * renderings);
        assertThat(one.get("warehouse.v_budget_line rows")).isNotEqualTo(0L);
        assertThat(three).isEqualTo(one);
    }

    private Map<String, Object> ingest(int threads) throws Exception {
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            int exit = PlanetlMain.run("ingest", corpus.toString(), "--db-url", TestPostgres.cliUrl(w),
                    "--threads", Integer.toString(threads));
            assertThat(exit).isIn(0, 1);
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            Map<String, Object> figures = new LinkedHashMap<>();
            for (String view : FACT_VIEWS) {
                figures.put(view + " rows", jdbc.queryForObject("select count(*) from " + view, Long.class));
                // every column of every row, in a stable order: one digest for the whole view
                figures.put(view + " digest", jdbc.queryForObject("select md5(coalesce(string_agg(t::text, "
                        + "E'\\n' order by t::text), '')) from " + view + " t", String.class));
            }
            for (String view : List.of("warehouse.v_budget_line", "warehouse.v_budget_total",
                    "warehouse.v_table_fact")) {
                figures.put(view + " sum", jdbc.queryForObject("select sum(amount_krw) from " + view,
                        java.math.BigDecimal.class).stripTrailingZeros());
            }
            figures.put("findings", jdbc.queryForList("select severity, rule, document, count(*) from "
                    + "quality.v_finding group by 1, 2, 3 order by 1, 2, 3"));
            figures.put("outcomes", jdbc.queryForList("select path, status, reason from staging.document "
                    + "order by path"));
            figures.put("documents processed", jdbc.queryForObject("select count(*) from staging.run_document "
                    + "where action = 'process' and state <> 'pending'", Long.class));
            // each document staged once: one claim per document, by this process
            assertThat(jdbc.queryForObject("select count(distinct worker_pid) from staging.run_document "
                    + "where action = 'process'", Long.class)).isEqualTo(1L);
            return figures;
        }
    }
}
