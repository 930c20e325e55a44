package dev.planetl.read.table;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.text.TextExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed documents of sample-docs/, extracted by the text extractor. */
final class SeedDocuments {

    private SeedDocuments() {
    }

    static Document load(String fileName) {
        Path path = Path.of("sample-docs", fileName);
        try (InputStream in = Files.newInputStream(path)) {
            return new TextExtractor().extract(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExtractionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
