package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.planetl.extract.BoundingBox;
import dev.planetl.extract.pdf.DraftTable.DraftCell;

/**
 * Line wraps inside a table cell that may have cut a word. A browser (and Hangul set to break by character) may
 * break Korean text between any two syllables, and the PDF draws no space glyph where the line ends, at a word
 * space or not: {@code 산업통상자원|부}, {@code 우주|수송} and {@code 고도화|및} look alike. Only a wrap behind a
 * Hangul syllable (or after {@code ·} or a hyphen) can have cut a word. Geometry tells only
 * whether the line was full (the next line's first glyph would not have fitted behind it): only such a wrap can
 * have cut a word; a wrap with room left was a line break the author made, and stays a space.
 *
 * <p>A full wrap is marked with {@link #JOINT} while the page is read ({@link #join}), and decided once the whole
 * document is read ({@link #resolve}): the two pieces are written together where the document prints them together
 * elsewhere (in prose, in a heading, in another cell) and nowhere with a space between them, or where the second
 * piece is a particle alone ({@link #PARTICLES}); else the wrap stays a space, as every wrap was before. Digits on either side always stay apart: two figures must never become one
 * number. Stateless.
 */
final class CellWraps {

    /** Marks a full-line wrap inside a cell until the document is read; never left in the output. */
    static final char JOINT = '\u2063';
    /**
     * Particles that never stand as a word of their own: a full line continued by one alone was cut before the
     * particle of its last word ({@code 필요성|에}, {@code 제조업|이라고}), whatever else the document prints.
     */
    private static final Set<String> PARTICLES = Set.of("에", "의", "을", "를", "은", "는", "에서", "에게", "으로",
            "로", "로서", "로써", "과", "와", "이며", "며", "라고", "이라고", "에는", "에도", "으로는", "으로서");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}]+$");
    /** Room for a word space, as a share of the font size, beside the glyph that would have had to fit. */
    private static final double SPACE = 0.35;

    private CellWraps() {
    }

    /**
     * The lines of one cell joined: by {@link #JOINT} where a line was full (its successor's first glyph would not
     * have fitted before the cell's right edge, less the padding its lines keep on the left), else by a space.
     */
    static String join(List<TextLine> lines, List<String> texts, BoundingBox cell) {
        double padding = lines.stream().mapToDouble(l -> l.left() - cell.x()).min().orElse(0);
        double contentRight = cell.x() + cell.width() - Math.max(0, padding);
        StringBuilder out = new StringBuilder(texts.get(0));
        for (int i = 1; i < lines.size(); i++) {
            TextLine previous = lines.get(i - 1);
            Glyph first = lines.get(i).glyphs().stream().filter(g -> !g.isSpace()).findFirst().orElse(null);
            boolean full = first != null
                    && previous.right() + first.width() + SPACE * previous.size() > contentRight;
            out.append(full && joinable(texts.get(i - 1), texts.get(i)) ? JOINT : ' ').append(texts.get(i));
        }
        return out.toString();
    }

    private static boolean joinable(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        char next = after.charAt(0);
        return hangul(last) && !Character.isDigit(next) && !Character.isWhitespace(next)
                || (last == '·' || last == '-') && Character.isLetter(next);
    }

    /** Only Hangul is broken between any two letters; a Latin word breaks at a space or after a hyphen. */
    private static boolean hangul(char c) {
        return c >= '\uac00' && c <= '\ud7a3';
    }

    /**
     * The document's items with every {@link #JOINT} decided: nothing where the document prints the two pieces
     * together elsewhere and never apart, else a space.
     */
    static List<Object> resolve(List<Object> items) {
        if (items.stream().noneMatch(CellWraps::marked)) {
            return items;
        }
        Set<String> words = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (Object item : items) {
            for (String text : texts(item)) {
                // a marked cell's own pieces are no evidence for themselves
                if (text.indexOf(JOINT) >= 0) {
                    continue;
                }
                String[] tokens = WHITESPACE.split(text.strip());
                for (int i = 0; i < tokens.length; i++) {
                    words.add(tokens[i]);
                    if (i > 0) {
                        pairs.add(tokens[i - 1] + " " + tokens[i]);
                    }
                }
            }
        }
        Printed printed = new Printed(words);
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(item instanceof DraftTable t && marked(t) ? resolved(t, printed, pairs) : item);
        }
        return out;
    }

    private static DraftTable resolved(DraftTable t, Printed words, Set<String> pairs) {
        List<DraftCell> cells = new ArrayList<>();
        for (DraftCell c : t.cells()) {
            cells.add(c.text().indexOf(JOINT) < 0 ? c : new DraftCell(c.row(), c.column(), c.rowSpan(),
                    c.columnSpan(), decide(c.text(), words, pairs), c.page(), c.box()));
        }
        return new DraftTable(t.page(), t.box(), t.rowCount(), t.columnCount(), t.headerRows(), cells);
    }

    /**
     * The document's words, one a line in one string: whether a word contains a piece is one search of that string,
     * not one a word. A piece holds no whitespace, so it is found inside one word or not at all.
     */
    private static final class Printed {
        private final boolean none;
        private final String lines;

        Printed(Set<String> words) {
            this.none = words.isEmpty();
            this.lines = String.join("\n", words);
        }

        /** Whether some word contains {@code piece}, which holds no whitespace. */
        boolean anyContains(String piece) {
            return !none && lines.contains(piece);
        }
    }

    /** One cell's text with its joints decided. */
    private static String decide(String text, Printed words, Set<String> pairs) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != JOINT) {
                out.append(ch);
                continue;
            }
            String before = lastToken(out);
            String after = firstToken(text, i + 1);
            String together = before + after;
            boolean printedTogether = words.anyContains(together);
            boolean joined = PARTICLES.contains(TRAILING_PUNCTUATION.matcher(after).replaceAll(""))
                    || printedTogether && !pairs.contains(before + " " + after);
            out.append(joined ? "" : " ");
        }
        return out.toString();
    }

    private static String lastToken(CharSequence s) {
        int start = s.length();
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        return s.subSequence(start, s.length()).toString();
    }

    private static String firstToken(String s, int from) {
        int end = from;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != JOINT) {
            end++;
        }
        return s.substring(from, end);
    }

    private static boolean marked(Object item) {
        return item instanceof DraftTable t && marked(t);
    }

    private static boolean marked(DraftTable t) {
        return t.cells().stream().anyMatch(c -> c.text().indexOf(JOINT) >= 0);
    }

    private static List<String> texts(Object item) {
        if (item instanceof DraftText t) {
            return List.of(t.text());
        }
        if (item instanceof DraftTable t) {
            return t.cells().stream().map(DraftCell::text).toList();
        }
        return List.of();
    }
}
