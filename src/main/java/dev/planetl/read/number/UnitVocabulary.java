package dev.planetl.read.number;

import dev.planetl.read.vocab.Tsv;
import dev.planetl.read.vocab.VocabularySource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit, currency and Korean number words, from {@code vocab/units.tsv}. Immutable and thread-safe.
 * Finds the unit a table is printed in from its unit line, caption or header cell.
 */
public final class UnitVocabulary {

    private static final Pattern COMMA = Pattern.compile("[,，]");

    /** A word at a position of a text, with how many characters it took. */
    record Word(String text, String value, int exponent, int length) {
    }

    private static final Pattern UNIT_LINE = Pattern.compile("단\\s*위\\s*[:：]?\\s*([^)\\]>,]+)");
    private static final Pattern PARENTHESES = Pattern.compile("[(（]([^()（）]*)[)）]");

    private final List<Word> currencies;
    private final List<Word> magnitudes;
    private final java.util.Map<String, Integer> ceilings;

    private UnitVocabulary(List<Word> currencies, List<Word> magnitudes, java.util.Map<String, Integer> ceilings) {
        this.ceilings = java.util.Map.copyOf(ceilings);
        Comparator<Word> longestFirst = Comparator.comparingInt((Word w) -> w.text().length()).reversed();
        this.currencies = currencies.stream().sorted(longestFirst).toList();
        this.magnitudes = magnitudes.stream().sorted(longestFirst).toList();
    }

    /** The vocabulary shipped in {@code vocab/units.tsv}. */
    public static UnitVocabulary standard() {
        return load("vocab/units.tsv");
    }

    /** The vocabulary in effect: {@code units.tsv} from the source. */
    public static UnitVocabulary from(VocabularySource source) {
        return load(source.rows("units.tsv"));
    }

    public static UnitVocabulary load(String resource) {
        return load(Tsv.read(resource));
    }

    private static UnitVocabulary load(List<Tsv.Row> rows) {
        List<Word> currencies = new ArrayList<>();
        List<Word> magnitudes = new ArrayList<>();
        java.util.Map<String, Integer> ceilings = new java.util.HashMap<>();
        for (Tsv.Row row : rows) {
            String word = row.get(1);
            switch (row.get(0)) {
                case "currency" -> currencies.add(new Word(word, row.get(2), 0, word.length()));
                case "magnitude" -> magnitudes.add(new Word(word, word, parseExponent(row), word.length()));
                case "ceiling" -> ceilings.put(word, parseExponent(row));
                default -> throw row.error("unknown kind '" + row.get(0) + "'");
            }
        }
        return new UnitVocabulary(currencies, magnitudes, ceilings);
    }

    private static int parseExponent(Tsv.Row row) {
        try {
            return Integer.parseInt(row.get(2));
        } catch (NumberFormatException e) {
            throw row.error("magnitude exponent is not a number: " + row.get(2), e);
        }
    }

    /**
     * Every way this vocabulary writes a won unit, with the power of ten it multiplies won by: each magnitude with
     * each won currency word ({@code 백만원} → 6), each magnitude alone ({@code 억} → 8), and the currency word
     * itself ({@code 원} → 0).
     */
    public java.util.Map<String, Integer> wonUnitExponents() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Word c : currencies) {
            if (c.value().equals("KRW")) {
                out.put(c.text(), 0);
                for (Word m : magnitudes) {
                    out.put(m.text() + c.text(), m.exponent());
                }
            }
        }
        magnitudes.forEach(m -> out.putIfAbsent(m.text(), m.exponent()));
        return out;
    }

    /**
     * The power of ten above which one printed amount in the currency is not plausible (more than 1,000조원 for
     * KRW); empty when the vocabulary sets no ceiling for it.
     */
    public java.util.OptionalInt ceilingExponent(String currency) {
        Integer e = currency == null ? null : ceilings.get(currency);
        return e == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(e);
    }

    /** The longest magnitude word starting at {@code pos}, if any. */
    Optional<Word> magnitudeAt(String s, int pos) {
        return longestAt(magnitudes, s, pos);
    }

    /** The longest currency word starting at {@code pos}, if any. */
    Optional<Word> currencyAt(String s, int pos) {
        return longestAt(currencies, s, pos);
    }

    private static Optional<Word> longestAt(List<Word> words, String s, int pos) {
        for (Word w : words) {
            if (s.startsWith(w.text(), pos)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a whole unit word: an optional magnitude, optional spaces, a currency ({@code 백만원}, {@code 억 원},
     * {@code 달러}), or a magnitude alone, read as won ({@code 억}).
     */
    public Optional<Unit> parseUnit(String word) {
        String s = word.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int pos = 0;
        int exponent = 0;
        Optional<Word> magnitude = magnitudeAt(s, 0);
        if (magnitude.isPresent()) {
            exponent = magnitude.get().exponent();
            pos = magnitude.get().length();
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (pos == s.length()) {
                return Optional.of(new Unit(s, "KRW", exponent));
            }
        }
        Optional<Word> currency = currencyAt(s, pos);
        if (currency.isPresent() && pos + currency.get().length() == s.length()) {
            return Optional.of(new Unit(s, currency.get().value(), exponent));
        }
        return Optional.empty();
    }

    /**
     * The unit a line states: a unit line {@code (단위 : 억원)}, a caption {@code < 부처별 재정투자실적(억원) >} or a
     * header cell {@code 실적(억원, %)}. Only the first part of a parenthesis is read as the unit; a parenthesis
     * that holds no unit word is passed over.
     */
    public Optional<Unit> unitIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher line = UNIT_LINE.matcher(text);
        if (line.find()) {
            Optional<Unit> unit = parseUnit(line.group(1));
            if (unit.isPresent()) {
                return unit;
            }
        }
        Matcher parens = PARENTHESES.matcher(text);
        while (parens.find()) {
            String first = COMMA.split(parens.group(1), -1)[0];
            Optional<Unit> unit = parseUnit(first);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }
}
