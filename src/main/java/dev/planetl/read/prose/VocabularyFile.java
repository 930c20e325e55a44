package dev.planetl.read.prose;

import dev.planetl.read.vocab.Tsv;
import dev.planetl.read.vocab.VocabularySource;

import java.util.ArrayList;
import java.util.List;

/**
 * The vocabulary files of the prose, schedule and classify readers, read through the shared {@link Tsv} reader
 * (UTF-8, NFC, {@code #} comments) with a fixed number of columns per row, none of them empty.
 */
public final class VocabularyFile {

    private VocabularyFile() {
    }

    /**
     * @param source where the vocabularies in effect come from
     * @param name the file name, such as {@code plan-series.tsv}
     * @param columns how many columns every row must have
     * @return the rows, in file order; each knows its file and line for error messages
     * @throws dev.planetl.read.vocab.VocabularyException naming the file and line when the file is missing or a row
     *     is malformed
     */
    public static List<Tsv.Row> rows(VocabularySource source, String name, int columns) {
        List<Tsv.Row> rows = new ArrayList<>();
        for (Tsv.Row row : source.rows(name)) {
            if (row.fields().size() != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + row.fields().size());
            }
            for (int i = 0; i < columns; i++) {
                if (row.get(i).isEmpty()) {
                    throw row.error("column " + (i + 1) + " is empty");
                }
            }
            rows.add(row);
        }
        return List.copyOf(rows);
    }
}
