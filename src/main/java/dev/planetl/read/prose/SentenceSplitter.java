package dev.planetl.read.prose;

import dev.planetl.extract.Numbering;
import dev.planetl.read.Whitespace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups printed lines into sentences. Plan documents write bullets, not periods: a line that starts with a
 * bullet mark (ㅇ □ ○ ◇ - * ** ※ ▸ Ÿ • ➊ ① …) starts a new sentence, and a line without one continues the
 * sentence above it, across paragraph breaks (converters cut bullets into one paragraph per printed line).
 * A heading is a sentence of its own and is never continued. Page number lines ({@code - 3 -}) are skipped.
 */
public final class SentenceSplitter {

    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\{[^}]*}");
    private static final Numbering NUMBERING = Numbering.standard();
    /** The one-character bullet marks, beside the stars, dashes, numbers and brackets of {@link #MARKER}. */
    private static final String MARKS = "※ㅇ□■○◇◆◈▸▶►Ÿ•·∙⦁";
    /** Bullet marks and the numberings of {@code vocab/numbering.tsv} that open a list item (①, 1., 가.). */
    static final Pattern MARKER = Pattern.compile(
            "^((?:[-–]\\s*)?(?:\\*{1,3}(?=\\s|\\()|[" + MARKS + "]|"
                    + NUMBERING.regex(Numbering.Scheme.CIRCLED) + "|[-–](?=\\s)|\\d{1,2}\\.(?=\\s)|"
                    + NUMBERING.regex(Numbering.Scheme.HANGUL) + "\\.(?=\\s)|<|〈|【|\\[))\\s*");
    /**
     * Every character {@link #MARKER} can start with. Most lines continue a sentence and start with a syllable: they
     * are told by their first character instead of by trying each of the pattern's alternatives.
     */
    private static final BitSet MARKER_FIRSTS = firsts("-–*0123456789<〈【[" + MARKS,
            NUMBERING.labels(Numbering.Scheme.CIRCLED), NUMBERING.labels(Numbering.Scheme.HANGUL));
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–]\\s*\\d{1,3}\\s*[-–]$");

    /** A line that ends a sentence: a period, or the nominal endings reports close sentences with (함, 음, 임, 됨). */
    static final Pattern ENDED = Pattern.compile("(?:\\.|[가-힣](?:함|음|임|됨))\\s*$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)([^*\\n]*?\\S)\\*\\*");

    /** @return the sentences of the lines, in order */
    public List<Sentence> split(List<TextLine> lines) {
        List<Sentence> out = new ArrayList<>();
        String marker = null;
        StringBuilder text = null;
        TextLine first = null;
        boolean open = false;
        String parent = null;
        String lastMain = null;
        for (TextLine line : lines) {
            String printed = line.text();
            String raw = (printed.contains("**") ? BOLD.matcher(printed).replaceAll("$1") : printed).strip();
            if (raw.isEmpty() || PAGE_NUMBER.matcher(raw).matches()) {
                continue;
            }
            // MARKER is anchored at the start: lookingAt is its find, without trying every later position
            Matcher m = mayOpenItem(raw) ? MARKER.matcher(raw) : null;
            boolean item = m != null && m.lookingAt();
            boolean startsNew = line.heading() || item || !open;
            if (!startsNew) {
                text.append(' ').append(raw);
                open = !ended(raw);
                continue;
            }
            if (text != null) {
                Sentence done = new Sentence(marker, normalise(text), first.provenance(), parent);
                out.add(done);
                if (!done.footnote()) {
                    lastMain = done.text();
                }
            }
            first = line;
            if (line.heading()) {
                marker = "";
                text = new StringBuilder(raw);
                lastMain = raw;
                parent = null;
                open = false;
                continue;
            }
            if (item) {
                marker = Whitespace.collapse(m.group(1));
                text = new StringBuilder(raw.substring(m.end()));
            } else {
                marker = "";
                text = new StringBuilder(raw);
            }
            parent = marker.contains("*") || marker.contains("※") ? lastMain : null;
            // a caption such as < 2024년 … 현황 > is complete on its line
            open = !((marker.equals("<") || marker.equals("〈")) && (raw.endsWith(">") || raw.endsWith("〉")))
                    && !ended(raw);
        }
        if (text != null) {
            out.add(new Sentence(marker, normalise(text), first.provenance(), parent));
        }
        return out;
    }

    /** Whether {@code line} may open a list item: its first character is one {@link #MARKER} can start with. */
    static boolean mayOpenItem(String line) {
        return !line.isEmpty() && MARKER_FIRSTS.get(line.charAt(0));
    }

    private static BitSet firsts(String characters, List<String> labels, List<String> moreLabels) {
        BitSet set = new BitSet();
        characters.chars().forEach(set::set);
        for (String label : labels) {
            set.set(label.charAt(0));
        }
        for (String label : moreLabels) {
            set.set(label.charAt(0));
        }
        return set;
    }

    private static String normalise(StringBuilder text) {
        // ^{한국형}: a superscript the converter spelled out
        return Whitespace.collapse(text.indexOf("^{") < 0 ? text : SUPERSCRIPT.matcher(text).replaceAll(""));
    }

    /**
     * {@link #ENDED} found in the text, read from its end: a period or a Hangul syllable and a nominal ending, then
     * only whitespace ({@code \s}) up to the end or to a line terminator that ends the text, where {@code $}
     * matches too. Every line is asked; the pattern would try each of its positions.
     */
    static boolean ended(String text) {
        int n = text.length();
        if (endedAt(text, n)) {
            return true;
        }
        if (n >= 2 && text.charAt(n - 2) == '\r' && text.charAt(n - 1) == '\n') {
            return endedAt(text, n - 2);
        }
        if (n >= 1) {
            char last = text.charAt(n - 1);
            boolean terminator = last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028'
                    || last == '\u2029';
            return terminator && endedAt(text, n - 1);
        }
        return false;
    }

    /** An ending right before the whitespace that runs up to {@code end}. */
    private static boolean endedAt(String text, int end) {
        int k = end;
        while (k > 0 && Whitespace.isSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k == 0) {
            return false;
        }
        char c = text.charAt(k - 1);
        if (c == '.') {
            return true;
        }
        return (c == '함' || c == '음' || c == '임' || c == '됨') && k >= 2 && isSyllable(text.charAt(k - 2));
    }

    private static boolean isSyllable(char c) {
        return c >= '가' && c <= '힣';
    }
}
