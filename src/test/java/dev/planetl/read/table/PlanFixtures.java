package dev.planetl.read.table;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.text.TextExtractor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small plans of other series and layouts than the seeds, under {@code src/test/resources/plans/}, extracted by the
 * text extractor; and the same text edited, to show what a wrong printed figure gives.
 */
final class PlanFixtures {

    static final Path DIR = Path.of("src/test/resources/plans");

    private PlanFixtures() {
    }

    static String text(String fileName) {
        try {
            return Files.readString(DIR.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document load(String fileName) {
        return parse(text(fileName), fileName);
    }

    /** A plan text as the text extractor reads it. */
    static Document parse(String text, String name) {
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return new TextExtractor().extract(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExtractionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
