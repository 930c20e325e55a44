package dev.planetl.job;

import dev.planetl.validate.PublicationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionTest {

    @TempDir
    Path jobs;

    @Test
    void theRepositorysJobDefinitionExcludesToolsAndReadmesButNotDocuments() throws Exception {
        JobDefinition def = JobDefinition.load(Path.of("jobs"));

        assertThat(def.policy()).isEqualTo(PublicationPolicy.HOLD_BACK_ON_ERROR);
        assertThat(def.excludes("README.md")).isTrue();
        assertThat(def.excludes("tools/seed2html.py")).isTrue();
        assertThat(def.excludes("2021/.hidden.pdf")).isTrue();
        assertThat(def.excludes("truth/known-gaps.tsv")).isTrue();
        assertThat(def.excludes("truth/101_sti_implementation_2024.facts.tsv")).isTrue();
        assertThat(def.excludes("000_c6a735280eeffe22.hwp")).isFalse();
        assertThat(def.excludes("2021/plan.pdf")).isFalse();
    }

    @Test
    void theManifestSetsAPlanYearByPathOrBySha256() throws Exception {
        Files.writeString(jobs.resolve("ingest.yml"), "policy: publish_accepted\n", StandardCharsets.UTF_8);
        Files.writeString(jobs.resolve("manifest.yml"), """
                documents:
                  - path: reports/trend.txt
                    plan_year: 2021
                  - sha256: ABCDEF
                    plan_year: 2019
                """, StandardCharsets.UTF_8);

        JobDefinition def = JobDefinition.load(jobs);

        assertThat(def.policy()).isEqualTo(PublicationPolicy.PUBLISH_ACCEPTED);
        assertThat(def.planYearOverride("reports/trend.txt", "0123")).isEqualTo(2021);
        assertThat(def.planYearOverride("other.txt", "abcdef")).isEqualTo(2019);
        assertThat(def.planYearOverride("other.txt", "0123")).isNull();
    }

    @Test
    void anUnknownPolicyIsRefusedWithItsName() throws Exception {
        Files.writeString(jobs.resolve("ingest.yml"), "policy: publish_everything\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JobDefinition.load(jobs)).hasMessageContaining("policy must be hold_back_on_error or publish_accepted, not 'publish_everything'");
    }

    @Test
    void extractionIsInChildProcessesUnlessTheJobSaysInProcess() throws Exception {
        assertThat(JobDefinition.load(jobs).extraction()).isEqualTo(new ExtractionSettings(true, 1024));

        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  isolation: in_process\n  child_heap_mb: 512\n",
                StandardCharsets.UTF_8);
        assertThat(JobDefinition.load(jobs).extraction()).isEqualTo(new ExtractionSettings(false, 512));

        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  isolation: forked\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JobDefinition.load(jobs))
                .hasMessageContaining("extraction: isolation must be child or in_process, not 'forked'");
    }

    @Test
    void twoThreadsShareOneExtractionChildWhereAProcessorIsSpareUnlessTheJobSaysHowMany() throws Exception {
        ExtractionSettings byThreads = JobDefinition.load(jobs).extraction();
        // fewer threads than processors: the children run the optimising compiler, one per two threads
        assertThat(byThreads.childrenFor(1, 2)).isEqualTo(1);
        assertThat(byThreads.childrenFor(2, 4)).isEqualTo(1);
        assertThat(byThreads.childrenFor(3, 16)).isEqualTo(1);
        assertThat(byThreads.childrenFor(8, 16)).isEqualTo(4);
        // every processor has a thread: the quick compiler, one child per thread
        assertThat(byThreads.childrenFor(1, 1)).isEqualTo(1);
        assertThat(byThreads.childrenFor(2, 2)).isEqualTo(2);
        assertThat(byThreads.childrenFor(16, 8)).isEqualTo(16);

        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  children: 2\n", StandardCharsets.UTF_8);
        ExtractionSettings two = JobDefinition.load(jobs).extraction();
        assertThat(two.childrenFor(1, 4)).isEqualTo(1);
        assertThat(two.childrenFor(4, 8)).isEqualTo(2);
        assertThat(two.childrenFor(4, 4)).isEqualTo(2);

        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  children: none\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JobDefinition.load(jobs))
                .hasMessageContaining("extraction: children must be a positive number or threads, not 'none'");
    }

    @Test
    void theChildrenTakeTheQuickCompilerWhenNoProcessorIsSpareUnlessTheJobSaysWhich() throws Exception {
        ExtractionSettings auto = JobDefinition.load(jobs).extraction();
        assertThat(auto.compiler()).isEqualTo(ExtractionSettings.Compiler.AUTO);
        assertThat(auto.quickCompilerFor(1, 2)).isFalse();
        assertThat(auto.quickCompilerFor(2, 2)).isTrue();
        assertThat(auto.quickCompilerFor(3, 2)).isTrue();
        assertThat(auto.quickCompilerFor(8, 16)).isFalse();

        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  compiler: optimising\n", StandardCharsets.UTF_8);
        ExtractionSettings optimising = JobDefinition.load(jobs).extraction();
        assertThat(optimising.quickCompilerFor(2, 2)).isFalse();
        assertThat(optimising.childrenFor(2, 2)).isEqualTo(1);

        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  compiler: QUICK\n", StandardCharsets.UTF_8);
        ExtractionSettings quick = JobDefinition.load(jobs).extraction();
        assertThat(quick.quickCompilerFor(1, 16)).isTrue();
        assertThat(quick.childrenFor(4, 16)).isEqualTo(4);

        Files.writeString(jobs.resolve("ingest.yml"), "extraction:\n  compiler: c2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JobDefinition.load(jobs))
                .hasMessageContaining("extraction: compiler must be auto, quick or optimising, not 'c2'");
    }
}
