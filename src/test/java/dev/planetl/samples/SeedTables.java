package dev.planetl.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tables a seed text prints, read straight from its tab-separated lines (independently of any
 * extractor or rendering), as the expectation for golden tests of the renderings.
 *
 * <ul>
 *   <li>a table is a run of consecutive lines that contain a tab; each line is a row, its tab-separated
 *       fields the cells (trailing empty fields kept), NFC, surrounding whitespace stripped;</li>
 *   <li>a run whose every line is "title TAB page number" is the table of contents, not a table;</li>
 *   <li>a run separated from the previous one by blank lines only, whose first line repeats the previous run's
 *       first line, is that table continued after a page break: it is joined on and the repeated header
 *       line dropped;</li>
 *   <li>rows shorter than the table's widest row are padded with empty cells.</li>
 * </ul>
 * A merged cell of a rendering shows in the seed as its text in the first position it covers and empty
 * fields in the others, which is exactly how {@code Table.row(r)} reads a spanned grid.
 */
public final class SeedTables {

    private SeedTables() {
    }

    /** Each table as rows of cells. */
    public static List<List<List<String>>> read(Path seed) throws IOException {
        List<String> lines = Arrays.asList(Files.readString(seed, StandardCharsets.UTF_8).split("\r?\n", -1));
        List<List<String>> runs = new ArrayList<>();
        List<Integer> runStarts = new ArrayList<>();
        List<Integer> runEnds = new ArrayList<>();
        List<String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                if (current == null) {
                    current = new ArrayList<>();
                    runs.add(current);
                    runStarts.add(i);
                    runEnds.add(i);
                }
                current.add(line);
                runEnds.set(runEnds.size() - 1, i);
            } else {
                current = null;
            }
        }
        List<List<String>> tables = new ArrayList<>();
        int previousEnd = -1;
        for (int k = 0; k < runs.size(); k++) {
            List<String> run = runs.get(k);
            if (isContents(run)) {
                continue;
            }
            if (!tables.isEmpty() && onlyBlankBetween(lines, previousEnd, runStarts.get(k))
                    && run.get(0).equals(tables.get(tables.size() - 1).get(0))) {
                tables.get(tables.size() - 1).addAll(run.subList(1, run.size()));
            } else {
                tables.add(new ArrayList<>(run));
            }
            previousEnd = runEnds.get(k);
        }
        List<List<List<String>>> out = new ArrayList<>();
        for (List<String> table : tables) {
            out.add(grid(table));
        }
        return out;
    }

    private static boolean isContents(List<String> run) {
        return run.stream().allMatch(l -> {
            String[] f = l.split("\t", -1);
            return f.length == 2 && f[1].strip().matches("\\d{1,3}");
        });
    }

    private static boolean onlyBlankBetween(List<String> lines, int end, int start) {
        if (end < 0) {
            return false;
        }
        for (int i = end + 1; i < start; i++) {
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> grid(List<String> table) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        for (String line : table) {
            List<String> row = new ArrayList<>();
            for (String field : line.split("\t", -1)) {
                row.add(Normalizer.normalize(field, Normalizer.Form.NFC).strip());
            }
            rows.add(row);
            width = Math.max(width, row.size());
        }
        for (List<String> row : rows) {
            while (row.size() < width) {
                row.add("");
            }
        }
        return rows;
    }
}
