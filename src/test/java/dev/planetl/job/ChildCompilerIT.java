package dev.planetl.job;

import dev.planetl.extract.Document;
import dev.planetl.extract.FileExtraction;
import dev.planetl.extract.isolation.ExtractionPool;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction children's compiler as {@link Pipelines#fileExtraction} starts them: the quick compiler when every
 * processor has a thread (the child JVM runs no optimising compiler thread at all), the optimising one where a
 * processor is spare, and the same document either way.
 */
class ChildCompilerIT {

    private static final Path PDF = Path.of("sample-docs", "000_c6a735280eeffe22.ruled.pdf").toAbsolutePath();

    @Test
    void withAThreadOnEveryProcessorTheChildrenRunTheQuickCompilerOnly() throws Exception {
        Child child = extractedBy(ExtractionSettings.defaults(), 2, 2);
        assertThat(child.arguments()).contains(ExtractionSettings.QUICK_COMPILER_OPTION);
        assertThat(child.threads()).anyMatch(t -> t.startsWith("C1 Compiler"))
                .noneMatch(t -> t.startsWith("C2 Compiler"));
        assertThat(child.document()).isEqualTo(Pipelines.extraction().extract(PDF));
    }

    @Test
    void withAProcessorSpareTheChildrenKeepTheOptimisingCompiler() throws Exception {
        Child child = extractedBy(ExtractionSettings.defaults(), 1, 2);
        assertThat(child.arguments()).doesNotContain(ExtractionSettings.QUICK_COMPILER_OPTION);
        assertThat(child.threads()).anyMatch(t -> t.startsWith("C2 Compiler"));
        assertThat(child.document()).isEqualTo(Pipelines.extraction().extract(PDF));
    }

    @Test
    void theJobCanAskForTheQuickCompilerWhereAProcessorIsSpare() throws Exception {
        Child child = extractedBy(new ExtractionSettings(true, 1024, 0, ExtractionSettings.Compiler.QUICK), 1, 16);
        assertThat(child.arguments()).contains(ExtractionSettings.QUICK_COMPILER_OPTION);
        assertThat(child.threads()).noneMatch(t -> t.startsWith("C2 Compiler"));
    }

    private record Child(List<String> arguments, List<String> threads, Document document) {
    }

    private static Child extractedBy(ExtractionSettings settings, int threads, int processors) throws Exception {
        FileExtraction extraction = Pipelines.fileExtraction(settings, threads, processors);
        try (ExtractionPool pool = (ExtractionPool) extraction) {
            Document document = pool.extract(PDF);
            assertThat(pool.idlePids()).hasSize(1);
            long pid = pool.idlePids().get(0);
            return new Child(arguments(pid), threadNames(pid), document);
        }
    }

    /** The child's command line as the kernel has it. */
    private static List<String> arguments(long pid) throws IOException {
        return List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
    }

    /** The names of the child JVM's threads (the kernel keeps their first 15 characters). */
    private static List<String> threadNames(long pid) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    names.add(Files.readString(task.resolve("comm")).strip());
                } catch (IOException gone) {
                    // a thread that ended while listed
                }
            }
        }
        return names;
    }
}
