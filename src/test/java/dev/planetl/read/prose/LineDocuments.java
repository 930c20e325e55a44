package dev.planetl.read.prose;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a document with one paragraph per printed line, pages counted from {@code - 3 -} markers,
 * for unit tests that must not depend on an extractor.
 */
public final class LineDocuments {

    private LineDocuments() {
    }

    public static Document of(String... lines) {
        return of(List.of(lines));
    }

    public static Document of(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Integer page = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = Normalizer.normalize(lines.get(i), Normalizer.Form.NFC);
            if (line.strip().matches("-\\s*\\d{1,3}\\s*-")) {
                page = Integer.valueOf(line.replaceAll("\\D", "")) + 1;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            blocks.add(new Paragraph(line, Provenance.ofLine(page, i + 1)));
        }
        return new Document(DocumentMetadata.of(DocumentFormat.TEXT, "text/plain"), blocks);
    }

    /** A seed document from sample-docs/, through the project's text extractor. */
    public static Document seed(String name) {
        try (var in = Files.newInputStream(Path.of("sample-docs", name))) {
            return new dev.planetl.extract.text.TextExtractor().extract(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.planetl.extract.ExtractionException e) {
            throw new IllegalStateException(e);
        }
    }
}
