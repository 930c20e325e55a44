package dev.planetl.read.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a tab-separated vocabulary file from the class path as UTF-8, NFC-normalised.
 * Lines starting with {@code #} and blank lines are skipped; trailing empty fields are kept as "".
 */
public final class Tsv {

    /** One data line of a vocabulary file. */
    public record Row(String resource, int line, List<String> fields) {

        /** The field at a position, trimmed, or "" when the line is shorter. */
        public String get(int i) {
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        /** Where this row stands, for error messages. */
        public String where() {
            return resource + ":" + line;
        }
    }

    private Tsv() {
    }

    /**
     * @param resource a class-path resource such as {@code vocab/units.tsv}
     * @throws IllegalStateException when the resource is missing
     */
    public static List<Row> read(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("vocabulary file " + resource + " is not on the class path");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int n = 0;
            while ((raw = reader.readLine()) != null) {
                n++;
                String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
                if (n == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                rows.add(new Row(resource, n, Arrays.asList(text.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary file " + resource, e);
        }
        return rows;
    }
}
