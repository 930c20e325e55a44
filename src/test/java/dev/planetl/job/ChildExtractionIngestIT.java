package dev.planetl.job;

import dev.planetl.db.Warehouse;
import dev.planetl.extract.isolation.ExtractionPool;
import dev.planetl.extract.isolation.MisbehavingExtractions;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.testing.TestPostgres;
import dev.planetl.validate.DocumentValidator;
import dev.planetl.validate.KrwUnits;
import dev.planetl.validate.Ministries;
import dev.planetl.validate.PublicationPolicy;
import dev.planetl.validate.constraint.RecordConstraints;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingest whose extraction children misbehave ({@link MisbehavingExtractions}): the document whose parser hangs
 * fails as TIMEOUT, the one whose parser fills the child's heap as TOO_LARGE, each with its reason, and the plan
 * after them is read by a fresh child; the run goes on and ends with exit code 1.
 */
class ChildExtractionIngestIT {

    private static final JobDefinition ONE_THREAD = new JobDefinition(List.of(), PublicationPolicy.HOLD_BACK_ON_ERROR,
            List.of(), DocumentBudget.defaults(), 1);

    @TempDir
    Path docs;

    @Test
    void aHungAndAnOutOfMemoryExtractionFailTheirDocumentsAndTheRunGoesOn() throws Exception {
        Files.writeString(docs.resolve("a-hangs.txt"), "x", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("b-grows.txt"), "y", StandardCharsets.UTF_8);
        Files.copy(Path.of("sample-docs/002_051c73b7d6606d90.txt"), docs.resolve("c-plan.txt"));
        DocumentValidator validator = new DocumentValidator(KrwUnits.standard(), Ministries.standard(),
                PublicationPolicy.HOLD_BACK_ON_ERROR, RecordConstraints.DEFAULT_PLAN_YEAR_WINDOW);
        ExtractionPool pool = new ExtractionPool(new ExtractionPool.ChildSettings(256, Duration.ofSeconds(15),
                MisbehavingExtractions.class.getName()));

        try (Warehouse warehouse = TestPostgres.freshWarehouse();
             StandardPipeline pipeline = new StandardPipeline(pool, PlanDocumentReader.standard(), validator,
                     "child-test");
             // one thread reads the files in path order, so the plan comes last and its child is the one left idle
             ConfigurableApplicationContext ctx = IngestContext.start(warehouse.dataSource(), ONE_THREAD,
                     pipeline, ProgressSink.lines(new PrintStream(PrintStream.nullOutputStream())))) {
            IngestRunner.Outcome run = IngestContext.runner(ctx).run(docs.toString(), null, false, "ingest");

            Map<String, String> outcome = new JdbcTemplate(warehouse.dataSource())
                    .queryForList("select path, status || ': ' || coalesce(reason, '') as outcome from staging.document")
                    .stream().collect(Collectors.toMap(r -> (String) r.get("path"), r -> (String) r.get("outcome")));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(outcome.get("a-hangs.txt")).startsWith("failed: TIMEOUT: ")
                    .contains("a-hangs.txt: extraction took longer than 15 s and its process (pid ");
            assertThat(outcome.get("b-grows.txt")).startsWith("failed: TOO_LARGE: ")
                    .contains("b-grows.txt: extraction ran out of memory (child heap 256 MB)");
            assertThat(outcome.get("c-plan.txt")).doesNotStartWith("failed");
            assertThat(pool.idlePids()).hasSize(1);
        }
    }
}
