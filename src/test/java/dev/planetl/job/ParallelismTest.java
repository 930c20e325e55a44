package dev.planetl.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelismTest {

    @Test
    void theDefaultReadsWithEveryProcessorUpToSixteen() {
        int processors = Runtime.getRuntime().availableProcessors();

        Parallelism cores = Parallelism.cores();

        assertThat(cores.threads()).isEqualTo(Math.min(16, processors));
        assertThat(cores.partitions()).isEqualTo(cores.threads() == 1 ? 1 : 4 * cores.threads());
    }

    @Test
    void oneThreadReadsTheRunAsOnePartitionAndMoreSplitItFourTimesAsOften() {
        assertThat(Parallelism.threads(1)).isEqualTo(new Parallelism(1, 1));
        assertThat(Parallelism.threads(3)).isEqualTo(new Parallelism(3, 12));
        assertThat(Parallelism.threads(2).connections()).isEqualTo(6);
        assertThatThrownBy(() -> Parallelism.threads(0)).hasMessage("threads must be at least 1, not 0");
    }
}
