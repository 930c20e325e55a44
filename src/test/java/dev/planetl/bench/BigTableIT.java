package dev.planetl.bench;

import dev.planetl.job.DocumentBudget;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.Pipelines;
import dev.planetl.job.StandardPipeline;
import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;
import dev.planetl.read.BudgetLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100,000-row project list goes through the whole standard pipeline (extract, read, validate) within a
 * the default per-document budget (300 s; about 4 s on an idle core, over an hour with a scan per cell lookup).
 * The timing itself is {@link BigTableBenchmark}'s to measure; this proves the work is bounded and every row kept.
 */
class BigTableIT {

    @Test
    void a_100000_row_table_is_read_whole_within_its_budget(@TempDir Path dir) throws Exception {
        int rows = 100_000;
        Path file = BigTables.projectList(dir.resolve("big.txt"), rows);
        JobDefinition definition = JobDefinition.defaults();
        assertThat(definition.budget()).isEqualTo(DocumentBudget.defaults());

        DocumentFacts facts;
        // extracted in a child JVM, as ingest does by default: the whole table crosses to the parent
        try (StandardPipeline pipeline = Pipelines.standard(definition)) {
            facts = pipeline.process(new RegisteredDocument(1, "0".repeat(64), "big.txt", file, null));
        }

        List<BudgetLine> lines = facts.lines();
        assertThat(lines).hasSize(rows);
        BigDecimal sum = lines.stream().map(BudgetLine::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add);
        // the printed 합계: rows × 1,000 백만원
        assertThat(sum).isEqualByComparingTo(new BigDecimal(rows).multiply(new BigDecimal("1000000000")));
        assertThat(facts.holdBackReason()).isNull();
    }
}
