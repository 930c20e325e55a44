package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.PolicyArea;
import dev.planetl.read.vocab.PolicyAreaCatalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The columns of a header row that name policy goals, each resolved to its canonical goal. */
final class GoalColumns {

    private GoalColumns() {
    }

    /**
     * Goal columns of one row, in column order. A name that matches goals of several series is resolved within
     * the series of the surrounding headings when one is known.
     */
    static Map<Integer, AreaMatch> of(PolicyAreaCatalogue areas, Table table, int row, String series) {
        Map<Integer, AreaMatch> goals = new LinkedHashMap<>();
        for (int c = 0; c < table.columnCount(); c++) {
            String text = Cells.text(table, row, c);
            Optional<AreaMatch> match = areas.resolve(text, PolicyArea.Level.GOAL, series);
            if (match.isPresent()) {
                goals.put(c, match.get());
            }
        }
        return goals;
    }

    /** The leading row, among the first few, with the most goal columns (at least two), or -1. */
    static int headerRow(PolicyAreaCatalogue areas, Table table) {
        int best = -1;
        int bestCount = 1;
        for (int r = 0; r < Math.min(HeaderRoles.MAX_HEADER_ROWS, table.rowCount()); r++) {
            int count = of(areas, table, r, null).size();
            if (count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        return best;
    }
}
