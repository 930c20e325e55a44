package dev.planetl.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides how many leading rows of a text table are header rows.
 *
 * <p>The rule: header rows are the leading rows that hold no number. A number is a cell that is a value and
 * nothing else: {@code 8,616.82}, {@code 966.11.00}, {@code 5,521.27 (15.98)}, {@code 12.5%}, {@code △240}, or
 * a year or year span in the short form plans use, {@code '20}, {@code '20~'25}, {@code '20~}. A range of counts
 * such as {@code 10~49} or a heading such as {@code '20년도 예산} is no number. Two refinements:
 * <ul>
 *   <li>a section row (only its first cell filled, as {@code 1. 적시·적절한 산업 데이터 확보 지원} in a schedule)
 *       after the first row ends the header;</li>
 *   <li>a table without any number has one header row when its first row reads like one (every filled cell at
 *       most {@value #MAX_HEADER_CELL} characters, at least half of them filled), else none.</li>
 * </ul>
 */
final class HeaderRows {

    static final int MAX_HEADER_CELL = 20;

    private static final Pattern VALUE = Pattern.compile(
            "[△▲▽▼+\\-−]?\\d[\\d,]*(?:\\.\\d+)*\\s*(?:%p|%)?(?:\\s*\\(\\s*[△+\\-−]?[\\d,.]+\\s*%?\\s*\\))?");
    private static final Pattern YEARS = Pattern.compile(
            "['’‘`]\\d{2}(?:\\.\\d{1,2})?(?:\\s*[~∼\\-–]\\s*(?:['’‘`]?\\d{2}(?:\\.\\d{1,2})?)?)?");

    private HeaderRows() {
    }

    static int count(List<List<String>> rows) {
        boolean anyNumber = rows.stream().anyMatch(HeaderRows::holdsNumber);
        if (!anyNumber) {
            return rows.size() > 1 && readsLikeHeader(rows.get(0)) ? 1 : 0;
        }
        int header = 0;
        for (List<String> row : rows) {
            if (holdsNumber(row) || header > 0 && isSectionRow(row)) {
                break;
            }
            header++;
        }
        return header;
    }

    static boolean isNumber(String cell) {
        String s = cell.strip();
        return !s.isEmpty() && (VALUE.matcher(s).matches() || YEARS.matcher(s).matches());
    }

    private static boolean holdsNumber(List<String> row) {
        return row.stream().anyMatch(HeaderRows::isNumber);
    }

    private static boolean isSectionRow(List<String> row) {
        return row.size() > 1 && !row.get(0).isEmpty() && row.subList(1, row.size()).stream().allMatch(String::isEmpty);
    }

    private static boolean readsLikeHeader(List<String> row) {
        long filled = row.stream().filter(c -> !c.isEmpty()).count();
        return filled > 0 && filled * 2 >= row.size() && row.stream().allMatch(c -> c.length() <= MAX_HEADER_CELL);
    }
}
