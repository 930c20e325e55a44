package dev.planetl.extract.hwp;

import dev.planetl.extract.Numbering;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the printed numbering schemes of Korean plan documents at the start of a paragraph:
 * {@code I.} / {@code Ⅱ.}, {@code 1.} or a bare {@code 1}, {@code 1-1}, {@code 가} / {@code 가.} and {@code ①},
 * with the labels and levels of {@code vocab/numbering.tsv} (the same as every other format's).
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

    private static final Numbering NUMBERING = Numbering.standard();

    private static final List<Scheme> SCHEMES = List.of(
            new Scheme(NUMBERING.level(Numbering.Scheme.ROMAN), Pattern.compile(
                    "^(" + NUMBERING.regex(Numbering.Scheme.ROMAN) + "\\.)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(NUMBERING.level(Numbering.Scheme.HYPHENATED),
                    Pattern.compile("^(\\d{1,2}-\\d{1,2}\\.?)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(NUMBERING.level(Numbering.Scheme.ARABIC),
                    Pattern.compile("^(\\d{1,2}\\.?)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(NUMBERING.level(Numbering.Scheme.HANGUL), Pattern.compile(
                    "^(" + NUMBERING.regex(Numbering.Scheme.HANGUL) + "[.)]?)(?:\\s+(.*))?$", Pattern.DOTALL)),
            new Scheme(NUMBERING.level(Numbering.Scheme.CIRCLED), Pattern.compile(
                    "^(" + NUMBERING.regex(Numbering.Scheme.CIRCLED) + ")\\s*(.*)$", Pattern.DOTALL)));

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
