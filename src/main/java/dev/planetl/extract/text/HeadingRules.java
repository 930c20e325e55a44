package dev.planetl.extract.text;

import dev.planetl.extract.Numbering.Scheme;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numberings Korean plan documents put before their headings, with the labels and levels of
 * {@code vocab/numbering.tsv}, and gives each numbering
 * scheme a fixed level:
 *
 * <table>
 *   <caption>numbering schemes</caption>
 *   <tr><th>level</th><th>scheme</th><th>examples</th></tr>
 *   <tr><td>1</td><td>roman</td><td>{@code I.}, {@code IV.}, {@code Ⅲ.}, {@code Ⅱ} (ASCII without a dot only before Hangul)</td></tr>
 *   <tr><td>2</td><td>arabic</td><td>{@code 1.}, {@code 1 추진배경}, a lone {@code 1}</td></tr>
 *   <tr><td>3</td><td>hyphenated</td><td>{@code 1-1}, {@code 1-3 공공부문 선도 수요창출} (first part at most 15)</td></tr>
 *   <tr><td>3</td><td>Hangul letter</td><td>{@code 가.}, {@code 나)}, {@code 다 산업의 융합경쟁력 강화}</td></tr>
 *   <tr><td>4</td><td>circled</td><td>{@code ①}, {@code ❶}, {@code ➊}</td></tr>
 * </table>
 *
 * <p>The level comes from the scheme, never from the position in the document, so the same line always gets
 * the same level. A heading's words must be short (at most {@value #MAX_HEADING} characters; at most
 * {@value #MAX_LOOSE_HEADING} for the forms without a dot, {@code 1 추진배경} and {@code 가 융합 …}, which also
 * must not end with a full stop), must not hold a bare number (so a table row such as {@code 2 삼성 한국 148}
 * never becomes a heading), and a line that starts with a bullet is never a heading.
 */
final class HeadingRules {

    static final int MAX_HEADING = 60;
    static final int MAX_LOOSE_HEADING = 40;

    /** The labels and levels of the numbering schemes and the bullet marks, from {@code vocab/numbering.tsv}. */
    private static final dev.planetl.extract.Numbering VOCABULARY = dev.planetl.extract.Numbering.standard();

    /**
     * A numbering found at the start of a line.
     *
     * @param label the numbering as printed, e.g. {@code IV.}, {@code 1-1}, {@code 가}
     * @param words the heading's words after the numbering, "" when the numbering stands alone on its line
     */
    record Numbering(Scheme scheme, String label, String words) {
        /** The scheme's level: the same for every line and every format. */
        int level() {
            return VOCABULARY.level(scheme);
        }

        boolean alone() {
            return words.isEmpty();
        }
    }

    private static final String ROMAN_ASCII = VOCABULARY.regex(Scheme.ROMAN, l -> l.matches("[IVX]+"));
    private static final String ROMAN_OTHER = VOCABULARY.regex(Scheme.ROMAN, l -> !l.matches("[IVX]+"));
    private static final String HANGUL = VOCABULARY.regex(Scheme.HANGUL);
    private static final Pattern ROMAN_DOT = Pattern.compile("^(" + ROMAN_ASCII + "\\.)\\s*(.*)$");
    private static final Pattern ROMAN_BARE = Pattern.compile("^(" + ROMAN_ASCII + ")(?:\\s+(\\p{IsHangul}.*))?$");
    private static final Pattern ROMAN_UNICODE = Pattern.compile("^(" + ROMAN_OTHER + "\\.?)\\s*(.*)$");
    private static final Pattern HYPHENATED = Pattern.compile("^((\\d{1,2})-\\d{1,2})\\.?(?:\\s+(\\D.*))?$");
    private static final Pattern ARABIC_DOT = Pattern.compile("^(\\d{1,2}\\.)(?:\\s*(\\D.*)|\\s+(\\d.*))?$");
    private static final Pattern ARABIC_BARE = Pattern.compile("^(\\d{1,2})(?:\\s+(\\D.*))?$");
    private static final Pattern HANGUL_MARKED = Pattern.compile("^(" + HANGUL + "[.)])\\s*(.*)$");
    private static final Pattern HANGUL_BARE = Pattern.compile("^(" + HANGUL + ")\\s+(.+)$");
    private static final Pattern CIRCLED = Pattern.compile("^(" + VOCABULARY.regex(Scheme.CIRCLED) + ")\\s*(.*)$");
    private static final Pattern BARE_NUMBER_TOKEN = Pattern.compile("(^|\\s)\\d[\\d,.]*(\\s|$)");

    /**
     * What else opens a line that is never a heading nor a heading's name, besides the bullet marks of
     * {@code vocab/numbering.tsv}: letters used as bullets only when a space follows, caption brackets and a unit
     * statement.
     */
    private static final List<String> NOT_HEADINGS = List.of("ㅇ ", "v ", "<", "〈", "《", "(단위");

    private HeadingRules() {
    }

    /** The numbering at the start of a (cleaned, trimmed) line, if the line can be a heading. */
    static Optional<Numbering> match(String text) {
        if (text.isEmpty() || isBullet(text)) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = ROMAN_UNICODE.matcher(text)).matches()) {
            return strict(Scheme.ROMAN, m.group(1), m.group(2));
        }
        if ((m = ROMAN_DOT.matcher(text)).matches()) {
            return strict(Scheme.ROMAN, m.group(1), m.group(2));
        }
        if ((m = ROMAN_BARE.matcher(text)).matches()) {
            return strict(Scheme.ROMAN, m.group(1), m.group(2));
        }
        if ((m = HYPHENATED.matcher(text)).matches()) {
            int first = Integer.parseInt(m.group(2));
            return first >= 1 && first <= 15 ? strict(Scheme.HYPHENATED, m.group(1), m.group(3)) : Optional.empty();
        }
        if ((m = ARABIC_DOT.matcher(text)).matches()) {
            return strict(Scheme.ARABIC, m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        if ((m = ARABIC_BARE.matcher(text)).matches()) {
            return loose(Scheme.ARABIC, m.group(1), m.group(2));
        }
        if ((m = HANGUL_MARKED.matcher(text)).matches()) {
            return m.group(2).isEmpty() ? Optional.empty() : strict(Scheme.HANGUL, m.group(1), m.group(2));
        }
        if ((m = HANGUL_BARE.matcher(text)).matches()) {
            return loose(Scheme.HANGUL, m.group(1), m.group(2));
        }
        if ((m = CIRCLED.matcher(text)).matches()) {
            return m.group(2).isEmpty() ? Optional.empty() : strict(Scheme.CIRCLED, m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    /** Whether a line opens with a bullet, a note mark, a caption bracket or a unit statement. */
    static boolean isBullet(String text) {
        if (VOCABULARY.startsWithBullet(text)) {
            return true;
        }
        for (String bullet : NOT_HEADINGS) {
            if (text.startsWith(bullet)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Numbering> strict(Scheme scheme, String label, String words) {
        String w = words == null ? "" : words.strip();
        if (w.length() > MAX_HEADING || BARE_NUMBER_TOKEN.matcher(w).find() || isBullet(w) && !w.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Numbering(scheme, label, w));
    }

    private static Optional<Numbering> loose(Scheme scheme, String label, String words) {
        String w = words == null ? "" : words.strip();
        if (w.length() > MAX_LOOSE_HEADING || w.endsWith(".")) {
            return Optional.empty();
        }
        return strict(scheme, label, w);
    }
}
