package dev.planetl.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reads the validation vocabularies: UTF-8 text files beside this class, one entry a line, {@code #} comments. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** @return the non-comment, non-blank lines of the resource, NFC-normalised and trimmed */
    static List<String> lines(String resource) {
        InputStream in = Vocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("vocabulary " + resource + " is missing beside " + Vocabulary.class.getName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
        return List.copyOf(lines);
    }
}
