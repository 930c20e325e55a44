package dev.planetl.extract;

import dev.planetl.extract.text.TextExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tables of the five text seeds against their golden TSV files. Each golden was read against its source
 * document before it was committed: seed 000's matrices add up to their printed totals and its attachment
 * tables hold the printed task counts (see {@code golden/README.md}).
 */
class SeedGoldenTest {

    private final DocumentWriter writer = new DocumentWriter();

    @ParameterizedTest
    @ValueSource(strings = {"000_c6a735280eeffe22", "001_69b5d0863f4d8d05", "002_051c73b7d6606d90",
            "003_ec70c1f9ee5d3b28", "004_9f4da27ab622e286"})
    void seedTablesMatchTheirGolden(String seed) throws Exception {
        Path file = Path.of("sample-docs", seed + ".txt");
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new TextExtractor().extract(in, file.toString());
        }

        GoldenFiles.assertMatchesGolden(seed, writer.tsv(doc));
    }
}
