package dev.planetl.read.grid;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Table;
import dev.planetl.read.Measure;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.AmountReading;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.ColumnRole;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the {@link Grid} of a table: header rows flattened into column paths, each column's kind, year, measure
 * and unit from its header words (vocab/header-synonyms.tsv, measure-words.tsv, units.tsv), and the row paths.
 * Immutable and thread-safe.
 */
public final class GridBuilder {

    /** Header rows are looked for among this many leading rows when the extractor does not say. */
    private static final int MAX_HEADER_ROWS = 3;
    /** A number alone, negative or in parentheses, or with its share beside it: {@code 5,521.27 (15.98)}. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^[△▽−－-]?\\s*[(（]?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*[)）]?"
            + "(?:\\s*[(（]\\s*\\d{1,3}(?:\\.\\d+)?\\s*%?\\s*[)）])?$");
    private static final Pattern UNIT_LINE = Pattern.compile("^[(\\[（]?\\s*단\\s*위\\s*[:：]?.*");
    /** The longest header label, in characters, whose years make a year column. */
    private static final int MAX_YEAR_LABEL = 30;
    private static final Set<ColumnRole> NEVER_AMOUNT = EnumSet.of(ColumnRole.SHARE, ColumnRole.CHANGE_RATE,
            ColumnRole.TASK_COUNT, ColumnRole.SERIAL, ColumnRole.NOTE, ColumnRole.UNIT, ColumnRole.MINISTRY,
            ColumnRole.STATUS);
    private static final Set<ColumnRole> LABELS = EnumSet.of(ColumnRole.PROGRAM, ColumnRole.GOAL, ColumnRole.TARGET,
            ColumnRole.LABEL);
    private static final Set<String> STATUS_WORDS = Set.of("신규", "계속", "신규/계속", "계속/신규", "");

    private final Vocabularies vocabularies;

    public GridBuilder(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /**
     * @param table the table as extracted
     * @param context what the text before it says
     * @param tableRef how facts refer to the table
     * @return the grid, or empty when the table has no amount column
     */
    public Optional<Grid> build(Table table, TableContext context, String tableRef) {
        int top = unitRowAbove(table);
        int headerRows = headerRows(table, top);
        int bodyStart = top + headerRows;
        if (bodyStart >= table.rowCount()) {
            return Optional.empty();
        }
        Unit tableUnit = context.unit() != null ? context.unit() : headerUnit(table, top, bodyStart);
        List<List<String>> paths = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            paths.add(columnPath(table, top, bodyStart, c));
        }
        boolean anyYear = paths.stream().anyMatch(p -> p.stream().anyMatch(l -> !Labels.years(l).isEmpty()));
        // columns whose words name different measures (예산 | 실적) set them against each other: each its own
        boolean contrasted = paths.stream().map(p -> vocabularies.statements().read(String.join(" ", p)).measure())
                .filter(java.util.Objects::nonNull).distinct().count() > 1;
        List<GridColumn> columns = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            columns.add(column(table, bodyStart, c, paths.get(c), context, tableUnit, anyYear, contrasted));
        }
        if (columns.stream().noneMatch(c -> c.kind() == GridColumn.Kind.AMOUNT)) {
            return Optional.empty();
        }
        int firstAmount = columns.stream().filter(c -> c.kind() == GridColumn.Kind.AMOUNT)
                .mapToInt(GridColumn::index).min().orElse(0);
        List<Integer> labelColumns = columns.stream()
                .filter(c -> c.index() < firstAmount && c.kind() == GridColumn.Kind.LABEL)
                .map(GridColumn::index).toList();
        if (labelColumns.isEmpty()) {
            // a table whose rows are ministries (부처 | 목표별 실적 | 계) has no other label: the ministry is the row
            labelColumns = columns.stream().filter(c -> c.index() < firstAmount && c.role() == ColumnRole.MINISTRY)
                    .map(GridColumn::index).toList();
        }
        List<GridRow> rows = new RowPaths(table, labelColumns).rows(bodyStart, headerTexts(table, top, bodyStart));
        return Optional.of(new Grid(table, bodyStart, columns, rows, context, tableRef));
    }

    private GridColumn column(Table table, int bodyStart, int c, List<String> path, TableContext context,
                              Unit tableUnit, boolean anyYear, boolean contrasted) {
        ColumnRole decisive = null;
        boolean change = false;
        boolean label = false;
        boolean amount = false;
        boolean total = false;
        for (int i = path.size() - 1; i >= 0; i--) {
            ColumnRole role = vocabularies.headers().roleOf(path.get(i)).orElse(null);
            if (role == null) {
                continue;
            }
            if (NEVER_AMOUNT.contains(role) && decisive == null) {
                decisive = role;
            }
            change |= role == ColumnRole.CHANGE;
            label |= LABELS.contains(role);
            amount |= role == ColumnRole.AMOUNT || role == ColumnRole.TOTAL || role == ColumnRole.SUBTOTAL;
            total |= role == ColumnRole.TOTAL || role == ColumnRole.SUBTOTAL;
        }
        Set<Integer> years = new java.util.LinkedHashSet<>();
        // a year heads a column only in a heading-sized label: a sentence ending in its period ('17~'24) is no
        // year column (seed 003's 추진 내용 headers)
        path.stream().filter(l -> l.length() <= MAX_YEAR_LABEL).forEach(l -> years.addAll(Labels.years(l)));
        Unit unit = tableUnit;
        for (String l : path) {
            unit = vocabularies.amounts().units().unitIn(l).orElse(unit);
        }
        GridColumn.Kind kind;
        boolean named = true;
        if (decisive == ColumnRole.STATUS && !statusCells(table, bodyStart, c)) {
            kind = GridColumn.Kind.LABEL;
        } else if (decisive != null) {
            kind = GridColumn.Kind.OTHER;
        } else if (change) {
            kind = GridColumn.Kind.CHANGE;
        } else if (yearCells(table, bodyStart, c)) {
            // a column of years or periods (1998년, '21, '20~'25) labels its rows or dates them: no amounts
            kind = GridColumn.Kind.LABEL;
        } else if (label && unit != null && numbers(table, bodyStart, c, unit)) {
            // a goal or strategy header over columns of numbers (4대 정책 목표별 투자실적 › 각 목표): amounts
            kind = GridColumn.Kind.AMOUNT;
            named = false;
        } else if (label) {
            kind = GridColumn.Kind.LABEL;
        } else if (amount || !years.isEmpty()) {
            kind = GridColumn.Kind.AMOUNT;
        } else if (unit != null && numbers(table, bodyStart, c, unit)) {
            kind = GridColumn.Kind.AMOUNT;
            named = false;
        } else if (path.isEmpty() && statusWords(table, bodyStart, c)) {
            // a column of 신규/계속 whose header the extraction lost (an unruled PDF) is a status, not a row label
            kind = GridColumn.Kind.OTHER;
            decisive = ColumnRole.STATUS;
        } else {
            kind = GridColumn.Kind.LABEL;
        }
        // The column's own words first; what the section or caption says only where they say nothing. A table that
        // names years in some columns gives none to the others (a 합계 over '25–'29 belongs to no one year).
        Integer year = years.size() == 1 ? years.iterator().next() : years.isEmpty() && !anyYear
                ? context.fiscalYear() : null;
        Measure measure = measure(path, years, context, contrasted);
        return new GridColumn(c, path, kind, named, total, year, measure, unit, decisive);
    }

    /**
     * A column's measure, by the rule captions and headers follow for the kind readers too
     * ({@link TableContext#with}): words that name a year name its measure, and the section's measure belongs to the
     * section's year only (a bare {@code '23} under a {@code '24년 예산} section is neither plan nor actual until
     * something says so); words that name no year override the section only where the table sets measures
     * against each other ({@code 예산 | 실적}) or the section names none, so a {@code 투자실적} header under a
     * {@code '20년도 재정투자계획} section stays plan. A caption that names a measure but no year
     * ({@code < 재원별 연도별 투자계획 >} over '25–'29 columns) names every year column's.
     */
    private Measure measure(List<String> path, Set<Integer> years, TableContext context, boolean contrasted) {
        Measure words = vocabularies.statements().read(String.join(" ", path)).measure();
        Measure caption = null;
        if (context.caption() != null) {
            dev.planetl.read.context.Statement said = vocabularies.statements().read(context.caption());
            caption = said.hasYear() ? null : said.measure();
        }
        Measure measure;
        if (years.size() == 1) {
            Integer year = years.iterator().next();
            boolean sectionYear = context.fiscalYear() == null || context.fiscalYear().equals(year);
            measure = words != null ? words : sectionYear ? context.measure() : caption;
        } else if (years.isEmpty()) {
            measure = words != null && (contrasted || context.measure() == null) ? words : context.measure();
        } else {
            measure = words != null ? words : context.measure();
        }
        return measure != null ? measure : caption;
    }

    /** True when every non-blank body cell of the column, and at least one, is a year or period: 1999년, '21, '20~'25. */
    private boolean yearCells(Table table, int bodyStart, int c) {
        int years = 0;
        for (int r = bodyStart; r < table.rowCount(); r++) {
            String text = Labels.normalise(table.textAt(r, c));
            if (text.isEmpty()) {
                continue;
            }
            if (!vocabularies.cells().yearCell().matcher(text).matches()) {
                return false;
            }
            years++;
        }
        return years >= 1;
    }

    /** The header labels above a column, a cell merged across rows or equal to the one above counted once. */
    private static List<String> columnPath(Table table, int top, int bodyStart, int c) {
        List<String> path = new ArrayList<>();
        Cell previous = null;
        for (int r = top; r < bodyStart; r++) {
            Cell cell = table.cellAt(r, c).orElse(null);
            if (cell == null || cell == previous) {
                continue;
            }
            previous = cell;
            String text = Labels.normalise(cell.text());
            if (!text.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                path.add(text);
            }
        }
        return path;
    }

    /** A first row holding only a unit line is no header: the context has read its unit. */
    private static int unitRowAbove(Table table) {
        if (table.rowCount() < 2) {
            return 0;
        }
        List<String> texts = table.row(0).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        return texts.size() == 1 && UNIT_LINE.matcher(texts.get(0)).matches() ? 1 : 0;
    }

    /** As the extractor says, else the leading rows that hold no number but a year (at least one). */
    private static int headerRows(Table table, int top) {
        if (table.headerRows() > 0) {
            return Math.min(table.headerRows(), table.rowCount() - top - 1);
        }
        int n = 0;
        while (n < MAX_HEADER_ROWS && top + n < table.rowCount() - 1 && !holdsNumber(table, top + n)) {
            n++;
        }
        return Math.max(1, n);
    }

    private static boolean holdsNumber(Table table, int row) {
        for (int c = 0; c < table.columnCount(); c++) {
            String t = Labels.normalise(table.textAt(row, c));
            if (PLAIN_NUMBER.matcher(t).matches() && Labels.years(t).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Unit headerUnit(Table table, int top, int bodyStart) {
        for (int r = top; r < bodyStart; r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                Optional<Unit> u = vocabularies.amounts().units().unitIn(table.textAt(r, c));
                if (u.isPresent() && UNIT_LINE.matcher(Labels.normalise(table.textAt(r, c))).matches()) {
                    return u.get();
                }
            }
        }
        return null;
    }

    private static List<String> headerTexts(Table table, int top, int bodyStart) {
        List<String> out = new ArrayList<>();
        for (int r = top; r < bodyStart; r++) {
            out.add(Labels.normalise(String.join("\t", table.row(r))));
        }
        return out;
    }

    /** A status column only when every cell says 신규 or 계속; a 구분 column of names is a row label. */
    /** True when every non-blank body cell, and at least two, is 신규 or 계속 (total rows leave theirs blank). */
    private static boolean statusWords(Table table, int bodyStart, int c) {
        int words = 0;
        for (int r = bodyStart; r < table.rowCount(); r++) {
            String text = Labels.compact(table.textAt(r, c));
            if (text.isEmpty()) {
                continue;
            }
            if (!STATUS_WORDS.contains(text)) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    private static boolean statusCells(Table table, int bodyStart, int c) {
        for (int r = bodyStart; r < table.rowCount(); r++) {
            if (!STATUS_WORDS.contains(Labels.compact(table.textAt(r, c)))) {
                return false;
            }
        }
        return true;
    }

    /** An unnamed column holds amounts when it holds numbers and every one of them reads as an amount. */
    private boolean numbers(Table table, int bodyStart, int c, Unit unit) {
        int read = 0;
        for (int r = bodyStart; r < table.rowCount(); r++) {
            String text = table.textAt(r, c);
            AmountReading reading = vocabularies.amounts().parse(text, unit);
            if (reading instanceof AmountReading.Read && PLAIN_NUMBER.matcher(Labels.normalise(text)).matches()) {
                read++;
            } else if (!(reading instanceof AmountReading.Blank)) {
                return false;
            }
        }
        return read > 0;
    }
}
