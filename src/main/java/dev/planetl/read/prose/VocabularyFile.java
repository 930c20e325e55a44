package dev.planetl.read.prose;

import dev.planetl.read.vocab.Tsv;

import java.util.ArrayList;
import java.util.List;

/**
 * The vocabulary files of the prose, schedule and classify readers, read through the shared {@link Tsv} reader
 * (UTF-8, NFC, {@code #} comments) with a fixed number of columns per row.
 */
public final class VocabularyFile {

    private VocabularyFile() {
    }

    /**
     * @param resource classpath resource such as {@code vocab/plan-series.tsv}
     * @param columns how many columns every row must have
     * @return the rows' trimmed fields, in file order
     * @throws IllegalStateException naming the file and line when the file is missing or a row is malformed
     */
    public static List<List<String>> rows(String resource, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(resource)) {
            if (row.fields().size() != columns) {
                throw new IllegalStateException(row.where() + ": expected " + columns
                        + " tab-separated columns, found " + row.fields().size());
            }
            List<String> fields = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) {
                fields.add(row.get(i));
            }
            rows.add(List.copyOf(fields));
        }
        return List.copyOf(rows);
    }
}
