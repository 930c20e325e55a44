package dev.planetl.read.vocab;

import dev.planetl.read.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Header words of budget tables and the column roles they name, from {@code vocab/header-synonyms.tsv}.
 * Immutable and thread-safe.
 */
public final class HeaderVocabulary {

    private enum Match { EXACT, PREFIX, SUFFIX, CONTAINS }

    private record Rule(ColumnRole role, Match match, String words) {
        boolean test(String compacted) {
            return switch (match) {
                case EXACT -> compacted.equals(words);
                case PREFIX -> compacted.startsWith(words);
                case SUFFIX -> compacted.endsWith(words);
                case CONTAINS -> compacted.contains(words);
            };
        }
    }

    private static final Pattern PARENTHESES = Pattern.compile("[(（\\[][^)）\\]]*[)）\\]]");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:['’‘`]?\\d{2}|\\d{4})년도?");

    private final List<Rule> rules;

    private HeaderVocabulary(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The vocabulary shipped in {@code vocab/header-synonyms.tsv}. */
    public static HeaderVocabulary standard() {
        return load("vocab/header-synonyms.tsv");
    }

    /** The vocabulary in effect: {@code header-synonyms.tsv} from the source. */
    public static HeaderVocabulary from(VocabularySource source) {
        return load(source.rows("header-synonyms.tsv"));
    }

    public static HeaderVocabulary load(String resource) {
        return load(Tsv.read(resource));
    }

    private static HeaderVocabulary load(List<Tsv.Row> rows) {
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row row : rows) {
            ColumnRole role;
            Match match;
            try {
                role = ColumnRole.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT));
                match = Match.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown role or match '" + row.get(0) + "', '" + row.get(1) + "'", e);
            }
            rules.add(new Rule(role, match, compactWords(row.get(2))));
        }
        return new HeaderVocabulary(rules);
    }

    private static String compactWords(String s) {
        return Whitespace.remove(s);
    }

    /**
     * A header compacted for matching: whitespace, parentheses with what they hold and a leading year removed.
     * {@code '20년도 예산} gives {@code 예산}, {@code 실적(억원, %)} gives {@code 실적}.
     */
    public static String compact(String header) {
        String s = header == null ? "" : header;
        if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0 || s.indexOf('[') >= 0) {
            s = PARENTHESES.matcher(s).replaceAll("");
        }
        s = Whitespace.remove(s);
        // the pattern starts with a digit or an apostrophe
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || "'’‘`".indexOf(s.charAt(0)) >= 0)) {
            return s;
        }
        return LEADING_YEAR.matcher(s).replaceFirst("");
    }

    /** The role a header cell names, or empty when no header word matches. */
    public Optional<ColumnRole> roleOf(String header) {
        String compacted = compact(header);
        if (compacted.isEmpty()) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            if (rule.test(compacted)) {
                return Optional.of(rule.role());
            }
        }
        return Optional.empty();
    }
}
