package dev.planetl.read.prose;

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
 * Reads a vocabulary data file from the classpath: UTF-8, NFC, one row per line, columns split by tabs,
 * {@code #} comment lines and blank lines skipped.
 */
public final class VocabularyFile {

    private VocabularyFile() {
    }

    /**
     * @param resource classpath resource such as {@code vocab/plan-series.tsv}
     * @param columns how many columns every row must have
     * @return the rows, in file order
     * @throws IllegalStateException naming the file and line when the file is missing or a row is malformed
     */
    public static List<List<String>> rows(String resource, int columns) {
        ClassLoader loader = VocabularyFile.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary file missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = Normalizer.normalize(line, Normalizer.Form.NFC);
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                            + " tab-separated columns, found " + cells.length + ": " + text);
                }
                rows.add(Arrays.stream(cells).map(String::strip).toList());
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary file " + resource, e);
        }
    }
}
