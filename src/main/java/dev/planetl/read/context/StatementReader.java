package dev.planetl.read.context;

import dev.planetl.read.Measure;
import dev.planetl.read.Whitespace;
import dev.planetl.read.vocab.Tsv;
import dev.planetl.read.vocab.VocabularySource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fiscal year and measure a heading, caption or header states: {@code IV. '20년도 재정투자계획} is 2020
 * plan, {@code 2. 2019년도 재정투자 실적} 2019 actual, {@code '21년 예산(안)} 2021 plan. Measure words come from
 * {@code vocab/measure-words.tsv}. Immutable and thread-safe.
 */
public final class StatementReader {

    /**
     * A year: 2020년, 2020년도, '20년도, ’21년, or an apostrophe year without 년 ('21 예산(안), 예산('21)). Two digits
     * count only after an apostrophe (10년 is a span of years, not 2010); four only before 년 (2050 탄소중립 is a goal).
     */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.])(?:(19\\d{2}|20\\d{2})\\s*년|['’‘`](\\d{2})(?![\\d.,]))");

    private record Word(Measure measure, String word) {
    }

    private final List<Word> words;

    private StatementReader(List<Word> words) {
        this.words = List.copyOf(words);
    }

    /** The reader over the shipped {@code vocab/measure-words.tsv}. */
    public static StatementReader standard() {
        return load("vocab/measure-words.tsv");
    }

    /** The reader over {@code measure-words.tsv} from the source. */
    public static StatementReader from(VocabularySource source) {
        return load(source.rows("measure-words.tsv"));
    }

    public static StatementReader load(String resource) {
        return load(Tsv.read(resource));
    }

    private static StatementReader load(List<Tsv.Row> rows) {
        List<Word> words = new ArrayList<>();
        for (Tsv.Row row : rows) {
            try {
                words.add(new Word(Measure.valueOf(row.get(0).toUpperCase(Locale.ROOT)),
                        Whitespace.remove(row.get(1))));
            } catch (IllegalArgumentException e) {
                throw row.error("measure must be plan or actual: " + row.get(0), e);
            }
        }
        return new StatementReader(words);
    }

    /** What the text states; a text naming two different years states no year. */
    public Statement read(String text) {
        if (text == null || text.isBlank()) {
            return Statement.none();
        }
        Set<Integer> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(m.group(1) != null ? Integer.parseInt(m.group(1)) : 2000 + Integer.parseInt(m.group(2)));
        }
        String compact = Whitespace.remove(text);
        Set<Measure> measures = new LinkedHashSet<>();
        for (Word w : words) {
            if (compact.contains(w.word())) {
                measures.add(w.measure());
            }
        }
        return new Statement(years.size() == 1 ? years.iterator().next() : null,
                measures.size() == 1 ? measures.iterator().next() : null);
    }
}
