package dev.planetl.read.prose;

import dev.planetl.extract.Numbering;

import java.util.ArrayList;
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

    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\{[^}]*}");
    private static final Numbering NUMBERING = Numbering.standard();
    /** Bullet marks and the numberings of {@code vocab/numbering.tsv} that open a list item (①, 1., 가.). */
    private static final Pattern MARKER = Pattern.compile(
            "^((?:[-–]\\s*)?(?:\\*{1,3}(?=\\s|\\()|※|ㅇ|□|■|○|◇|◆|◈|▸|▶|►|Ÿ|•|·|∙|⦁|"
                    + NUMBERING.regex(Numbering.Scheme.CIRCLED) + "|[-–](?=\\s)|\\d{1,2}\\.(?=\\s)|"
                    + NUMBERING.regex(Numbering.Scheme.HANGUL) + "\\.(?=\\s)|<|〈|【|\\[))\\s*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–]\\s*\\d{1,3}\\s*[-–]$");

    /** A line that ends a sentence: a period, or the nominal endings reports close sentences with (함, 음, 임, 됨). */
    private static final Pattern ENDED = Pattern.compile("(?:\\.|[가-힣](?:함|음|임|됨))\\s*$");
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
            String raw = BOLD.matcher(line.text()).replaceAll("$1").strip();
            if (raw.isEmpty() || PAGE_NUMBER.matcher(raw).matches()) {
                continue;
            }
            Matcher m = MARKER.matcher(raw);
            boolean startsNew = line.heading() || m.find() || !open;
            if (!startsNew) {
                text.append(' ').append(raw);
                open = !ENDED.matcher(raw).find();
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
            m = MARKER.matcher(raw);
            if (m.find()) {
                marker = SPACE_RUN.matcher(m.group(1)).replaceAll(" ").strip();
                text = new StringBuilder(raw.substring(m.end()));
            } else {
                marker = "";
                text = new StringBuilder(raw);
            }
            parent = marker.contains("*") || marker.contains("※") ? lastMain : null;
            // a caption such as < 2024년 … 현황 > is complete on its line
            open = !((marker.equals("<") || marker.equals("〈")) && (raw.endsWith(">") || raw.endsWith("〉")))
                    && !ENDED.matcher(raw).find();
        }
        if (text != null) {
            out.add(new Sentence(marker, normalise(text), first.provenance(), parent));
        }
        return out;
    }

    private static String normalise(StringBuilder text) {
        // ^{한국형}: a superscript the converter spelled out
        return SPACE_RUN.matcher(SUPERSCRIPT.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }
}
