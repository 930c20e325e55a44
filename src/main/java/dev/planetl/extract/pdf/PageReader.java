package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads one page's glyphs and rules into tables and text runs in reading order (top to bottom):
 * ruled tables first, then tables found by alignment in the remaining text, then the rest as text runs.
 * Stateless.
 */
final class PageReader {

    private final LatticeTableFinder lattice = new LatticeTableFinder();
    private final StreamTableFinder stream = new StreamTableFinder();

    /**
     * Tables ({@link DraftTable}) and text runs ({@link DraftText}) of the page, top to bottom; what could not be
     * done is added to {@code warnings}.
     */
    List<Object> read(List<Rule> rules, List<Glyph> glyphs, int pageNumber, String source, List<String> warnings) {
        LatticeTableFinder.Result ruled = lattice.find(rules, glyphs, pageNumber);
        if (ruled.tooManyRules()) {
            warnings.add(source + ": page " + pageNumber + " draws more than " + LatticeTableFinder.MAX_RULES
                    + " lines (a drawing or chart); ruled tables were not looked for on it");
        }
        Set<Glyph> used = ruled.used();
        List<Glyph> rest = glyphs.stream().filter(g -> !used.contains(g)).toList();
        List<TextRow> rows = TextRow.rowsOf(TextLine.linesOf(rest));
        List<StreamTableFinder.Found> aligned = stream.find(rows, pageNumber);

        List<Placed> placed = new ArrayList<>();
        for (DraftTable t : ruled.tables()) {
            placed.add(new Placed(t.box().y(), t));
        }
        boolean[] inTable = new boolean[rows.size()];
        for (StreamTableFinder.Found f : aligned) {
            placed.add(new Placed(f.table().box().y(), f.table()));
            for (int i = f.firstRow(); i <= f.lastRow(); i++) {
                inTable[i] = true;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!inTable[i]) {
                TextRow row = rows.get(i);
                placed.add(new Placed(row.top(), new DraftText(pageNumber, row.text(), row.size(), row.box())));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        return placed.stream().map(Placed::item).toList();
    }

    /** The page's text as text runs only, for a page whose drawing could not be read. */
    static List<Object> textOnly(List<Glyph> glyphs, int pageNumber) {
        List<Object> out = new ArrayList<>();
        for (TextRow row : TextRow.rowsOf(TextLine.linesOf(glyphs))) {
            out.add(new DraftText(pageNumber, row.text(), row.size(), row.box()));
        }
        return out;
    }

    private record Placed(double top, Object item) {
    }
}
