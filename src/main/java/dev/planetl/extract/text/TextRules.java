package dev.planetl.extract.text;

import java.util.List;
import java.util.Optional;

/**
 * The text extractor's rules for other extractors that meet the same text (HTML paragraphs, DOCX runs, text
 * pulled out of HWP or PDF): the same cleaning, the same numbered headings, the same header-row rule, so a
 * document reads alike whatever format it came in.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * A heading recognised from its numbering.
     *
     * @param level the numbering scheme's fixed level (see {@link HeadingRules})
     * @param numbering the numbering as printed, e.g. {@code IV.}, {@code 1-1}, {@code 가}
     * @param words the heading's words after the numbering; "" when the numbering stands alone
     */
    public record NumberedHeading(int level, String numbering, String words) {
    }

    /** The visible text of a line or cell: emphasis and HTML fragments removed, spaces collapsed, trimmed. */
    public static String clean(String text) {
        return InlineMarkup.cleanInline(text);
    }

    /** The numbered heading a cleaned line is, if it is one (bullets, long lines, number rows are not). */
    public static Optional<NumberedHeading> numberedHeading(String cleanedLine) {
        return HeadingRules.match(cleanedLine)
                .map(n -> new NumberedHeading(n.level(), n.label(), n.words()));
    }

    /** How many leading rows of a grid of cell texts are header rows, by {@link HeaderRows}' rule. */
    public static int headerRows(List<List<String>> rows) {
        return HeaderRows.count(rows);
    }

    /**
     * The same rule over a table's cells placed on its grid (a spanned position reads as empty), for extractors
     * whose format marks no header rows.
     */
    public static int headerRows(List<dev.planetl.extract.Cell> cells, int rows, int columns) {
        List<List<String>> grid = new java.util.ArrayList<>();
        for (int r = 0; r < rows; r++) {
            grid.add(new java.util.ArrayList<>(java.util.Collections.nCopies(columns, "")));
        }
        for (dev.planetl.extract.Cell cell : cells) {
            grid.get(cell.row()).set(cell.column(), cell.text());
        }
        return HeaderRows.count(grid);
    }

    /** Whether a cell's text is a number and nothing else ({@code 8,616.82}, {@code 5,521.27 (15.98)}, {@code '20~'25}). */
    public static boolean isNumber(String cell) {
        return HeaderRows.isNumber(cell);
    }
}
