package dev.planetl.read.vocab;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a table cell or row label says when it holds no money ({@code vocab/cell-patterns.tsv}): a count, a row of
 * rates, a roadmap's period mark, a year labelling a row. Each is matched against the whole text. Immutable and
 * thread-safe.
 *
 * @param count a count or a measure under an amount column ({@code 51명}, {@code 4.5%p})
 * @param rateRow the label of a row of rates or changes ({@code 증감률}, {@code 비중})
 * @param scheduleMark a period, year or "continues" mark under a roadmap's year columns ({@code '20~'25}, {@code 계속})
 * @param yearCell a year or period as a row label ({@code 1999년}, {@code 2020~2024})
 */
public record CellPatterns(Pattern count, Pattern rateRow, Pattern scheduleMark, Pattern yearCell) {

    static final String FILE = "cell-patterns.tsv";

    /** The kinds of the file's first column. */
    private enum Kind { COUNT, RATE_ROW, SCHEDULE_MARK, YEAR_CELL }

    public CellPatterns {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(rateRow, "rateRow");
        Objects.requireNonNull(scheduleMark, "scheduleMark");
        Objects.requireNonNull(yearCell, "yearCell");
    }

    /** The patterns shipped in {@code vocab/cell-patterns.tsv}. */
    public static CellPatterns standard() {
        return from(VocabularySource.packaged());
    }

    /**
     * @throws VocabularyException naming the file and line of an unknown kind or a pattern that does not compile,
     *     or the file when a kind has no line
     */
    public static CellPatterns from(VocabularySource source) {
        Map<Kind, List<String>> alternatives = new EnumMap<>(Kind.class);
        String file = FILE;
        for (Tsv.Row row : source.rows(FILE)) {
            file = row.resource();
            Kind kind;
            try {
                kind = Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get(0) + "'; the kinds are count, rate_row, schedule_mark, "
                        + "year_cell");
            }
            String pattern = row.get(1);
            if (pattern.isEmpty()) {
                throw row.error("no pattern");
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw row.error("pattern does not compile: " + e.getDescription(), e);
            }
            alternatives.computeIfAbsent(kind, k -> new ArrayList<>()).add(pattern);
        }
        List<Pattern> patterns = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<String> found = alternatives.get(kind);
            if (found == null) {
                throw new VocabularyException(file + ": no line of kind " + kind.name().toLowerCase(Locale.ROOT));
            }
            patterns.add(Pattern.compile("(?:" + String.join(")|(?:", found) + ")"));
        }
        return new CellPatterns(patterns.get(0), patterns.get(1), patterns.get(2), patterns.get(3));
    }
}
