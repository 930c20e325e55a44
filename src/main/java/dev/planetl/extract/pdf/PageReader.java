package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads one page's glyphs and rules into tables and text runs in reading order: ruled tables first, then the
 * remaining lines in sections ({@link ColumnLayout}: full width, or two columns read left then right), in each
 * flow tables found by alignment and the rest as text runs, top to bottom.
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
        List<ColumnLayout.Section> sections = ColumnLayout.sections(TextLine.linesOf(rest));
        List<List<Placed>> flows = new ArrayList<>();
        for (ColumnLayout.Section section : sections) {
            flows.add(new ArrayList<>());
            if (section.twoColumns()) {
                flows.add(new ArrayList<>());
            }
        }
        for (DraftTable t : ruled.tables()) {
            flows.get(flowOf(sections, t)).add(new Placed(t.box().y(), t));
        }
        int flow = 0;
        for (ColumnLayout.Section section : sections) {
            read(section.left(), flows.get(flow++), pageNumber);
            if (section.twoColumns()) {
                read(section.right(), flows.get(flow++), pageNumber);
            }
        }
        List<Object> out = new ArrayList<>();
        for (List<Placed> placed : flows) {
            placed.sort(Comparator.comparingDouble(Placed::top));
            placed.forEach(p -> out.add(p.item()));
        }
        return out;
    }

    /**
     * Tables found by alignment and text runs of one flow of lines (a page, or one column of it). Tables are looked
     * for in rows split into records ({@link AlignedTableBuilder#records(List)}); rows outside tables stay whole.
     */
    private void read(List<TextLine> lines, List<Placed> placed, int pageNumber) {
        List<TextRow> whole = TextRow.rowsOf(lines);
        List<TextRow> rows = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        for (int w = 0; w < whole.size(); w++) {
            for (TextRow record : AlignedTableBuilder.records(whole.get(w))) {
                rows.add(record);
                origin.add(w);
            }
        }
        List<StreamTableFinder.Found> aligned = stream.find(rows, pageNumber);
        boolean[] inTable = new boolean[rows.size()];
        for (StreamTableFinder.Found f : aligned) {
            placed.add(new Placed(f.table().box().y(), f.table()));
            for (int i = f.firstRow(); i <= f.lastRow(); i++) {
                inTable[i] = true;
            }
        }
        int i = 0;
        while (i < rows.size()) {
            if (inTable[i]) {
                i++;
                continue;
            }
            List<TextLine> text = new ArrayList<>(rows.get(i).lines());
            int j = i + 1;
            while (j < rows.size() && !inTable[j] && origin.get(j).equals(origin.get(i))) {
                text.addAll(rows.get(j++).lines());
            }
            TextRow row = new TextRow(List.copyOf(text));
            placed.add(new Placed(row.top(), new DraftText(pageNumber, row.text(), row.size(), row.box())));
            i = j;
        }
    }

    /**
     * The flow a ruled table is read in: the last section starting above it (the first when none does), and in a
     * section of two columns the column holding its centre.
     */
    private static int flowOf(List<ColumnLayout.Section> sections, DraftTable table) {
        int flow = 0;
        int chosen = 0;
        for (ColumnLayout.Section section : sections) {
            if (section.top() <= table.box().y() || flow == 0) {
                chosen = flow;
                if (section.twoColumns() && table.box().x() + table.box().width() / 2 > section.gutter()) {
                    chosen++;
                }
            }
            flow += section.twoColumns() ? 2 : 1;
        }
        return chosen;
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
