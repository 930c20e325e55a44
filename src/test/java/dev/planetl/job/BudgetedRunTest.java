package dev.planetl.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetedRunTest {

    @Test
    void work_past_the_time_budget_fails_the_document_naming_the_stage_it_was_in() {
        DocumentBudget budget = new DocumentBudget(Duration.ofMillis(200), DocumentBudget.DEFAULT_MAX_ALLOCATED_BYTES);
        CountDownLatch never = new CountDownLatch(1);

        assertThatThrownBy(() -> BudgetedRun.run(7, "slow.hwp", budget, stages -> {
            stages.enter("reading");
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "interrupted";
        })).isInstanceOf(DocumentFailedException.class)
                .hasMessage("TIMEOUT: slow.hwp: reading took longer than 200 ms (the per-document budget,"
                        + " budget.max_seconds in jobs/ingest.yml) and was stopped");
    }

    @Test
    void work_past_the_allocation_budget_fails_the_document_as_too_large() {
        DocumentBudget budget = new DocumentBudget(Duration.ofSeconds(60), 64L * 1024 * 1024);

        assertThatThrownBy(() -> BudgetedRun.run(7, "big.pdf", budget, stages -> {
            stages.enter("validation");
            List<byte[]> garbage = new ArrayList<>();
            while (!Thread.currentThread().isInterrupted()) {
                garbage.add(new byte[1024 * 1024]);
                if (garbage.size() > 16) {
                    garbage.clear();
                }
            }
            return "stopped";
        })).isInstanceOf(DocumentFailedException.class)
                .hasMessageStartingWith("TOO_LARGE: big.pdf: validation allocated more than 64 MB");
    }

    @Test
    void work_within_the_budget_returns_its_result_and_its_own_failure_unchanged() throws Exception {
        DocumentBudget budget = DocumentBudget.defaults();

        String facts = BudgetedRun.run(1, "ok.txt", budget, stages -> "facts");
        assertThat(facts).isEqualTo("facts");
        assertThatThrownBy(() -> BudgetedRun.run(1, "bad.txt", budget, stages -> {
            throw new DocumentFailedException(1, "bad.txt: the file is empty", null);
        })).hasMessage("bad.txt: the file is empty");
    }

    @Test
    void the_budget_is_read_from_ingest_yml_and_defaults_beside_it() {
        assertThat(DocumentBudget.of(java.util.Map.of("max_seconds", 30)))
                .isEqualTo(new DocumentBudget(Duration.ofSeconds(30), DocumentBudget.DEFAULT_MAX_ALLOCATED_BYTES));
        assertThat(DocumentBudget.of(java.util.Map.of()).maxDuration()).isEqualTo(Duration.ofSeconds(300));
        assertThatThrownBy(() -> DocumentBudget.of(java.util.Map.of("max_secs", 30)))
                .hasMessageContaining("unknown key 'max_secs'");
    }
}
