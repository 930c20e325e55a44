package dev.planetl.extract.hwp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the printed numbering schemes of Korean plan documents at the start of a paragraph:
 * {@code I.} / {@code Ⅱ.} (level 1), {@code 1.} or a bare {@code 1} (level 2), {@code 1-1} (level 3),
 * {@code 가} / {@code 가.} (level 4) and {@code ①} (level 5).
 *
 * <p>A paragraph is a heading only when its words after the numbering are short and do not read as a
 * sentence: the law text {@code ① 관계 중앙행정기관의 장은 … 하여야 한다.} stays a paragraph.
 * Stateless and thread-safe.
 */
public final class HeadingNumbering {

    /** Longest heading text, in characters, after its numbering. */
    static final int MAX_HEADING_LENGTH = 60;

    /** A numbering found at the start of a text, with the words that follow it. */
    public record Match(int level, String numbering, String rest) {
    }

    private record Scheme(int level, Pattern pattern) {
    }

    private static final String ROMAN = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|[\\u2160-\\u216B])";

    private static final List<Scheme> SCHEMES = List.of(
            new Scheme(1, Pattern.compile("^(" + ROMAN + "\\.)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(3, Pattern.compile("^(\\d{1,2}-\\d{1,2}\\.?)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(2, Pattern.compile("^(\\d{1,2}\\.?)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(4, Pattern.compile("^([가나다라마바사아자차카타파하][.)]?)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(5, Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$", Pattern.DOTALL)));

    private HeadingNumbering() {
    }

    /** The numbering at the start of {@code text} (already trimmed), if any; {@code rest} is "" when it stands alone. */
    public static Optional<Match> find(String text) {
        for (Scheme scheme : SCHEMES) {
            Matcher m = scheme.pattern().matcher(text);
            if (m.matches()) {
                String rest = m.group(2) == null ? "" : m.group(2).strip();
                return Optional.of(new Match(scheme.level(), m.group(1), rest));
            }
        }
        return Optional.empty();
    }

    /** Whether the words after a numbering read as a heading title rather than as a sentence or a list line. */
    public static boolean looksLikeTitle(String words) {
        if (words.isEmpty() || words.length() > MAX_HEADING_LENGTH || words.indexOf('\t') >= 0) {
            return false;
        }
        // Sentences in these documents end in 다 / 다. / 음 / 함; titles are noun phrases.
        return !(words.endsWith(".") || words.endsWith("다") || words.endsWith("음") || words.endsWith("함"));
    }
}
