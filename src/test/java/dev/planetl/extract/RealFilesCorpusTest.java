package dev.planetl.extract;

import dev.planetl.job.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every real file of {@code corpus/} (Hangul-saved HWP and HWPX, HWP-exported and other PDFs, from the public
 * repositories listed in SOURCES.tsv) against {@code expectations.tsv}: its outcome, and table cells and words
 * read from an independent reading of the file (its own preview text, unzip, pdftotext), never from planetl.
 */
class RealFilesCorpusTest {

    record Expectation(String file, String outcome, List<String> cells, List<String> words) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(RealFilesCorpusTest.class.getResource("/corpus/expectations.tsv").toURI()).getParent();
    }

    static List<Expectation> expectations() throws Exception {
        List<Expectation> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus().resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 5);
            out.add(new Expectation(f[0], f[1], list(f[2]), list(f[3])));
        }
        return out;
    }

    private static List<String> list(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachFileGivesItsExpectedOutcome(Expectation e) throws Exception {
        Path file = corpus().resolve(e.file());
        Extraction extraction = Pipelines.extraction();
        if (e.outcome().startsWith("fails:")) {
            String reason = e.outcome().substring("fails:".length());
            assertThatThrownBy(() -> extraction.extract(file)).isInstanceOf(ExtractionException.class)
                    .satisfies(t -> assertThat(((ExtractionException) t).reason().name()).isEqualTo(reason));
            return;
        }
        Document doc = extraction.extract(file);
        List<String> cells = doc.tables().flatMap(t -> t.cells().stream()).map(c -> collapse(c.text())).toList();
        assertThat(cells).as("table cells of " + e.file()).containsAll(e.cells().stream()
                .map(RealFilesCorpusTest::collapse).toList());
        String text = doc.blocks().stream().map(RealFilesCorpusTest::text).collect(Collectors.joining(" "));
        String all = collapse(text + " " + String.join(" ", cells));
        for (String word : e.words()) {
            assertThat(all).as("text of " + e.file()).contains(collapse(word));
        }
    }

    @Test
    void everyCorpusFileHasItsSourceAndExpectation() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("SOURCES.tsv") && !n.equals("expectations.tsv")).sorted().toList();
        }
        List<String> sources = Files.readAllLines(corpus().resolve("SOURCES.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")[0]).sorted().toList();
        assertThat(expectations()).extracting(Expectation::file).containsExactlyInAnyOrderElementsOf(files);
        assertThat(sources).containsExactlyElementsOf(files);
        try (Stream<Path> s = Files.list(corpus())) {
            assertThat(s.filter(p -> files.contains(p.getFileName().toString()))).allSatisfy(p ->
                    assertThat(Files.size(p)).isLessThan(2L * 1024 * 1024));
        }
    }

    private static String text(Block b) {
        if (b instanceof Paragraph p) {
            return p.text();
        }
        if (b instanceof Heading h) {
            return h.numbering() + " " + h.text();
        }
        return "";
    }

    private static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

}
