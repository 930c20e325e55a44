package dev.planetl.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables written with spaces instead of tabs, only where they are clearly tables.
 *
 * <p>Two shapes are recognised, each needing at least {@value #MIN_ROWS} rows:
 * <ol>
 *   <li><b>Aligned columns</b>: consecutive lines that split at runs of two or more spaces into the same number
 *       of fields, each field after the first starting at the same display column (±{@value #SLACK}, Hangul
 *       counted double-width) on every line.</li>
 *   <li><b>Rows of the same number shape</b>, as in a ranking printed with single spaces
 *       ({@code 1 알파벳 미국 183 15.3 200위 이상 상승}): lines (up to {@value #MAX_GAP} blank lines apart) whose
 *       space-separated tokens, read as number or word, have the same kinds up to the last bare number, with at
 *       least two bare numbers. The words before the first number make one label cell; each token after it, up
 *       to the last number, is a cell; whatever follows is the last cell. A row whose shape differs (a sign
 *       split from its number, {@code 17,576 - 22.3}) ends the run rather than being repaired.
 *       The line just above is taken as the header row only when it holds no number and splits into exactly
 *       as many tokens as there are columns; a header whose words cannot be split into the columns without a
 *       guess stays a paragraph, and a warning says so.</li>
 * </ol>
 */
final class SpaceTableFinder {

    static final int MIN_ROWS = 3;
    static final int SLACK = 2;
    static final int MAX_GAP = 2;

    private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Tables found and what could not be placed. */
    record Result(List<TableRows> tables, List<String> warnings) {
    }

    private SpaceTableFinder() {
    }

    /** @param taken lines already part of a table, skipped here */
    static Result find(List<SourceLine> lines, boolean[] taken) {
        List<TableRows> tables = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean[] used = taken.clone();
        findAligned(lines, used, tables);
        findNumberShaped(lines, used, tables, warnings);
        tables.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return new Result(tables, warnings);
    }

    private static void findAligned(List<SourceLine> lines, boolean[] used, List<TableRows> tables) {
        int i = 0;
        while (i < lines.size()) {
            int[] starts = alignedStarts(lines.get(i), used[i]);
            if (starts == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < lines.size() && sameColumns(starts, alignedStarts(lines.get(j + 1), used[j + 1]))) {
                j++;
            }
            if (j - i + 1 >= MIN_ROWS) {
                List<TableRows.Row> rows = new ArrayList<>();
                List<List<String>> grid = new ArrayList<>();
                for (int k = i; k <= j; k++) {
                    List<String> cells = Arrays.stream(WIDE_GAP.split(lines.get(k).raw().strip()))
                            .map(InlineMarkup::clean).toList();
                    rows.add(new TableRows.Row(lines.get(k), cells));
                    grid.add(cells);
                    used[k] = true;
                }
                tables.add(new TableRows(i, j, rows, HeaderRows.count(grid)));
            }
            i = j + 1;
        }
    }

    /** Display columns where the second and later fields start, or null when the line is no candidate. */
    private static int[] alignedStarts(SourceLine line, boolean used) {
        if (used || line.blank() || line.hasTab()) {
            return null;
        }
        String raw = line.raw().stripTrailing();
        List<Integer> starts = new ArrayList<>();
        int width = 0;
        int spaces = 0;
        boolean seenText = false;
        for (int k = 0; k < raw.length(); ) {
            int cp = raw.codePointAt(k);
            if (cp == ' ') {
                spaces++;
            } else {
                if (seenText && spaces >= 2) {
                    starts.add(width);
                }
                seenText = true;
                spaces = 0;
            }
            width += displayWidth(cp);
            k += Character.charCount(cp);
        }
        return starts.isEmpty() ? null : starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean sameColumns(int[] a, int[] b) {
        if (b == null || a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            if (Math.abs(a[k] - b[k]) > SLACK) {
                return false;
            }
        }
        return true;
    }

    static int displayWidth(int cp) {
        boolean wide = cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6;
        return wide ? 2 : 1;
    }

    private static void findNumberShaped(List<SourceLine> lines, boolean[] used, List<TableRows> tables,
                                         List<String> warnings) {
        int i = 0;
        while (i < lines.size()) {
            String signature = signature(lines.get(i), used[i]);
            if (signature == null) {
                i++;
                continue;
            }
            List<Integer> members = new ArrayList<>(List.of(i));
            int k = i + 1;
            int gap = 0;
            while (k < lines.size() && gap <= MAX_GAP) {
                if (lines.get(k).blank() && !used[k]) {
                    gap++;
                } else if (signature.equals(signature(lines.get(k), used[k]))) {
                    members.add(k);
                    gap = 0;
                } else {
                    break;
                }
                k++;
            }
            int last = members.get(members.size() - 1);
            if (members.size() >= MIN_ROWS) {
                tables.add(numberShaped(lines, used, members, signature.length(), warnings));
            }
            i = last + 1;
        }
    }

    /**
     * A line's cells for the number-shape rule: its space-separated tokens, the words before the first bare
     * number joined into one label cell ({@code ㅇ컴퓨터 및 주변기기 119,800 …}).
     */
    private static List<String> tokens(SourceLine line) {
        String[] words = SPACE.split(line.text());
        int firstNumber = 0;
        while (firstNumber < words.length && !HeaderRows.isNumber(words[firstNumber])) {
            firstNumber++;
        }
        List<String> out = new ArrayList<>();
        if (firstNumber > 0 && firstNumber < words.length) {
            out.add(String.join(" ", Arrays.asList(words).subList(0, firstNumber)));
            out.addAll(Arrays.asList(words).subList(firstNumber, words.length));
        } else {
            out.addAll(Arrays.asList(words));
        }
        return out;
    }

    /** The kinds (N number, W word) of a line's cells up to its last bare number; null when no candidate. */
    private static String signature(SourceLine line, boolean used) {
        if (used || line.blank() || line.hasTab() || HeadingRules.isBullet(line.text())) {
            return null;
        }
        List<String> tokens = tokens(line);
        StringBuilder kinds = new StringBuilder();
        int numbers = 0;
        int lastNumber = -1;
        for (int t = 0; t < tokens.size(); t++) {
            boolean number = HeaderRows.isNumber(tokens.get(t));
            kinds.append(number ? 'N' : 'W');
            if (number) {
                numbers++;
                lastNumber = t;
            }
        }
        return numbers >= 2 && lastNumber >= 2 ? kinds.substring(0, lastNumber + 1) : null;
    }

    private static TableRows numberShaped(List<SourceLine> lines, boolean[] used, List<Integer> members,
                                          int shaped, List<String> warnings) {
        boolean rest = members.stream().anyMatch(m -> tokens(lines.get(m)).size() > shaped);
        int columns = shaped + (rest ? 1 : 0);
        List<TableRows.Row> rows = new ArrayList<>();
        int first = members.get(0);
        int headerRows = 0;
        Integer above = lineAbove(lines, used, first);
        if (above != null) {
            String[] words = SPACE.split(lines.get(above).text());
            boolean noNumber = Arrays.stream(words).noneMatch(HeaderRows::isNumber);
            if (noNumber && words.length == columns) {
                rows.add(new TableRows.Row(lines.get(above), List.of(words)));
                used[above] = true;
                headerRows = 1;
                first = above;
            } else if (noNumber && words.length > columns && words.length <= 2 * columns
                    && !HeadingRules.isBullet(lines.get(above).text())) {
                warnings.add("line " + lines.get(above).number() + ": the header of the space-separated table below"
                        + " has " + words.length + " words for " + columns + " columns and cannot be split without"
                        + " guessing; it is kept as a paragraph and the table has no header row");
            }
        }
        for (int m : members) {
            List<String> tokens = tokens(lines.get(m));
            List<String> cells = new ArrayList<>(tokens.subList(0, Math.min(shaped, tokens.size())));
            if (rest) {
                cells.add(tokens.size() > shaped ? String.join(" ", tokens.subList(shaped, tokens.size())) : "");
            }
            rows.add(new TableRows.Row(lines.get(m), cells));
        }
        for (int k = first; k <= members.get(members.size() - 1); k++) {
            used[k] = true;
        }
        return new TableRows(first, members.get(members.size() - 1), rows, headerRows);
    }

    private static Integer lineAbove(List<SourceLine> lines, boolean[] used, int index) {
        int gap = 0;
        for (int k = index - 1; k >= 0 && gap <= MAX_GAP; k--) {
            if (used[k]) {
                return null;
            }
            if (!lines.get(k).blank()) {
                return lines.get(k).hasTab() ? null : k;
            }
            gap++;
        }
        return null;
    }
}
