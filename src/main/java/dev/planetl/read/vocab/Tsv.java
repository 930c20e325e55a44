package dev.planetl.read.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a tab-separated vocabulary file as UTF-8, NFC-normalised, from the class path or from a
 * {@link VocabularySource}. Lines starting with {@code #} and blank lines are skipped; trailing empty fields are
 * kept as "". A file that is not UTF-8 is refused rather than read with replacement characters.
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

        /** An error about this row, naming its file and line. */
        public VocabularyException error(String message) {
            return new VocabularyException(where() + ": " + message);
        }

        /** An error about this row, naming its file and line. */
        public VocabularyException error(String message, Throwable cause) {
            return new VocabularyException(where() + ": " + message, cause);
        }
    }

    private Tsv() {
    }

    /**
     * @param resource a class-path resource such as {@code vocab/units.tsv}
     * @throws VocabularyException when the resource is missing or unreadable
     */
    public static List<Row> read(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new VocabularyException("vocabulary file " + resource + " is not on the class path");
        }
        return read(resource, in);
    }

    /**
     * @param name how error messages name the file (its path)
     * @param in the file's bytes; closed here
     * @throws VocabularyException when the bytes cannot be read or are not UTF-8
     */
    static List<Row> read(String name, InputStream in) {
        List<Row> rows = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int n = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String raw;
            while ((raw = reader.readLine()) != null) {
                n++;
                String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
                if (n == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                rows.add(new Row(name, n, Arrays.asList(text.split("\t", -1))));
            }
        } catch (CharacterCodingException e) {
            throw new VocabularyException(name + ":" + (n + 1) + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new VocabularyException("cannot read vocabulary file " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
