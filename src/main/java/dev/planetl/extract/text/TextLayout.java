package dev.planetl.extract.text;

import dev.planetl.extract.Block;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the lines of a text file into blocks in reading order.
 *
 * <p>Tables are found first (tab runs, then space-separated tables among the rest); every other non-blank line
 * becomes one heading or one paragraph, in order. One line is one paragraph: converters wrap lines in ways that
 * cannot be told from paragraph breaks, and a reader that needs a sentence across lines has the line numbers.
 *
 * <p>A numbering alone on its line ({@code 1-1}, {@code Ⅳ}, {@code 2}) takes the next non-blank line (at most
 * {@value #MAX_NAME_GAP} blank lines below) as its heading's words when that line is a name: not a bullet, not a
 * table row, not itself numbered, at most {@value HeadingRules#MAX_HEADING} characters, and standing on its
 * own (followed by a blank line, a bullet, a table, a numbered line or the end). When no name follows, a roman
 * or hyphenated numbering is still a heading, with empty words ({@code 3-1} above a unit line); a lone arabic
 * number is not, as it is as often a stray page or cell number, and stays a paragraph.
 */
final class TextLayout {

    static final int MAX_NAME_GAP = 3;
    static final int MAX_CONTINUATION = 2;
    private static final Pattern UNIT_LINE = Pattern.compile("^[(（]\\s*단위.*");

    /** The blocks and what the layout could not place. */
    record Result(List<Block> blocks, List<String> warnings) {
    }

    private final List<SourceLine> lines;
    private final boolean[] taken;
    private final Map<Integer, TableRows> tableAt = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private TextLayout(List<SourceLine> lines) {
        this.lines = lines;
        this.taken = new boolean[lines.size()];
    }

    static Result layout(List<SourceLine> lines) {
        return new TextLayout(lines).run();
    }

    private Result run() {
        for (TableRows t : TabTableFinder.find(lines)) {
            claim(t);
        }
        SpaceTableFinder.Result spaced = SpaceTableFinder.find(lines, taken);
        spaced.tables().forEach(this::claim);
        warnings.addAll(spaced.warnings());

        List<Block> blocks = new ArrayList<>();
        int tableIndex = 0;
        for (int i = 0; i < lines.size(); i++) {
            TableRows table = tableAt.get(i);
            if (table != null) {
                blocks.add(TextTables.toTable(tableIndex++, table));
                i = table.last();
                continue;
            }
            SourceLine line = lines.get(i);
            if (taken[i] || line.blank()) {
                continue;
            }
            taken[i] = true;
            blocks.add(headingOrParagraph(i, line));
        }
        return new Result(blocks, warnings);
    }

    private void claim(TableRows t) {
        tableAt.put(t.first(), t);
        for (int k = t.first(); k <= t.last(); k++) {
            taken[k] = true;
        }
    }

    private Block headingOrParagraph(int i, SourceLine line) {
        Provenance at = Provenance.ofLine(line.page(), line.number());
        if (line.hasTab() || TocLines.hasDotLeaders(line.text())) {
            return new Paragraph(line.text(), at);
        }
        Optional<HeadingRules.Numbering> numbering = HeadingRules.match(line.text());
        if (numbering.isEmpty()) {
            return new Paragraph(line.text(), at);
        }
        HeadingRules.Numbering n = numbering.get();
        if (!n.alone()) {
            return new Heading(n.level(), n.label(), withContinuation(i, n.words()), at);
        }
        int name = nameLine(i);
        if (name >= 0) {
            taken[name] = true;
            return new Heading(n.level(), n.label(), lines.get(name).text(), at);
        }
        if (n.scheme() == dev.planetl.extract.Numbering.Scheme.ARABIC) {
            return new Paragraph(line.text(), at);
        }
        return new Heading(n.level(), n.label(), "", at);
    }

    /**
     * A heading broken over lines ({@code ① 산업 지능화를} / {@code 통한 제조업 혁신}) is joined: up to
     * {@value #MAX_CONTINUATION} plain lines right below (no bullet, no numbering, no table) are its words too
     * when a blank line (or the end) follows them and the whole stays within {@value HeadingRules#MAX_HEADING}
     * characters. Without that blank line nothing is joined, since the next line may be a body line.
     */
    private String withContinuation(int i, String words) {
        StringBuilder joined = new StringBuilder(words);
        int k = i + 1;
        while (k < lines.size() && k - i <= MAX_CONTINUATION && isPlain(k)) {
            joined.append(' ').append(lines.get(k).text());
            k++;
        }
        boolean closed = k >= lines.size() || lines.get(k).blank() && !taken[k];
        if (k == i + 1 || !closed || joined.length() > HeadingRules.MAX_HEADING) {
            return words;
        }
        for (int c = i + 1; c < k; c++) {
            taken[c] = true;
        }
        return joined.toString();
    }

    private boolean isPlain(int k) {
        SourceLine line = lines.get(k);
        String text = line.text();
        return !line.blank() && !taken[k] && !tableAt.containsKey(k) && !line.hasTab() && !HeadingRules.isBullet(text)
                && HeadingRules.match(text).isEmpty() && !UNIT_LINE.matcher(text).matches()
                && !TocLines.hasDotLeaders(text);
    }

    /** The index of the line that names a lone numbering at {@code i}, or -1. */
    private int nameLine(int i) {
        int j = i + 1;
        int gap = 0;
        while (j < lines.size() && lines.get(j).blank() && !taken[j]) {
            j++;
            gap++;
        }
        if (j >= lines.size() || gap > MAX_NAME_GAP || taken[j] || tableAt.containsKey(j)) {
            return -1;
        }
        String text = lines.get(j).text();
        if (lines.get(j).hasTab() || HeadingRules.isBullet(text) || HeadingRules.match(text).isPresent()
                || UNIT_LINE.matcher(text).matches() || TocLines.hasDotLeaders(text)
                || text.length() > HeadingRules.MAX_HEADING) {
            return -1;
        }
        return standsAlone(j) ? j : -1;
    }

    private boolean standsAlone(int j) {
        int k = j + 1;
        if (k >= lines.size()) {
            return true;
        }
        SourceLine next = lines.get(k);
        return next.blank() || taken[k] || tableAt.containsKey(k) || next.hasTab()
                || HeadingRules.isBullet(next.text()) || HeadingRules.match(next.text()).isPresent()
                || UNIT_LINE.matcher(next.text()).matches();
    }
}
