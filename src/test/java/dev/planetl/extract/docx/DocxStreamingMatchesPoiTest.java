package dev.planetl.extract.docx;

import dev.planetl.extract.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every DOCX in the repository reads to the same document by the streaming reader as by the former POI one. */
class DocxStreamingMatchesPoiTest {

    static Stream<Path> docxFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : List.of(Path.of("sample-docs"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(files::add);
            }
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("docxFiles")
    void sameBlocksTablesAndMetadata(Path file) throws Exception {
        Document poi;
        Document streamed;
        try (InputStream in = Files.newInputStream(file)) {
            poi = new PoiDocxExtractor().extract(in, file.toString());
        }
        try (InputStream in = Files.newInputStream(file)) {
            streamed = new DocxExtractor().extract(in, file.toString());
        }
        assertThat(streamed.blocks()).hasSameSizeAs(poi.blocks());
        for (int i = 0; i < poi.blocks().size(); i++) {
            assertThat(streamed.blocks().get(i)).as("block %d", i).isEqualTo(poi.blocks().get(i));
        }
        assertThat(streamed.metadata()).isEqualTo(poi.metadata());
        assertThat(streamed.warnings()).isEqualTo(poi.warnings());
    }
}
