package dev.planetl.read.grid;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.PrintedSum;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TableFact;
import dev.planetl.read.number.Amount;
import dev.planetl.read.number.AmountParser;
import dev.planetl.read.number.AmountReading;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.CellPatterns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every amount cell of a {@link Grid} into a {@link TableFact}, and the equations its totals print into
 * {@link PrintedSum}s. A cell that cannot be read is a finding when asked for (a table no kind reader took; the
 * kind readers report the cells of theirs); an amount whose fiscal year or measure is unknown is a finding, per
 * column, never a fact. One instance reads one grid; not thread-safe.
 */
final class GridFacts {

    private static final Pattern LAST_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?(?!.*\\d)");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Grid grid;
    private final AmountParser parser;
    private final CellPatterns patterns;
    private final boolean reportCells;
    private final Map<Long, CellValue> values = new LinkedHashMap<>();
    final List<TableFact> facts = new ArrayList<>();
    /** The same facts, each at its row and column. */
    final List<GridFact> placed = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    /** Numbers printed in amount columns, read or not: a table that prints some yet yields no fact says so. */
    int printedNumbers;
    /** The columns with a cell read as an amount, by index. */
    private final Set<Integer> columnsRead = new HashSet<>();
    /** The cells that could not be read, in reading order, until their columns are judged ({@link #judgeColumns}). */
    private final List<Failure> failures = new ArrayList<>();

    /** The rule of a column of text under a header of amounts. */
    static final String COLUMN_TEXT = "table.column_text";

    /** @param text a malformed number that is text where a number would start ({@link #textCell}) */
    private record Failure(int column, Finding finding, boolean text) {
    }

    /** A list marker before a word: {@code (1) 기획 분야}, {@code 2. 운영}, {@code 3) 실적}. */
    private static final Pattern LIST_MARKER = Pattern.compile("^\\(?\\d{1,2}[.)]\\s*(?=\\p{L})");

    /**
     * A cell whose first character, after a list marker and any sign or opening parenthesis, is no digit:
     * {@code ㅇ 신용평가 등급에 따른 평가}, {@code 개정번호 : 3}, {@code (지 면) 2025. 12. 3.}, {@code (1) 기획 분야 (15점)};
     * not {@code 1,000 (5%)} nor {@code △12}.
     */
    static boolean textCell(String raw) {
        String s = LIST_MARKER.matcher(raw.strip()).replaceFirst("");
        int i = 0;
        while (i < s.length() && "(-−–△▲▽+ ".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.' && s.charAt(i) != ',';
    }

    GridFacts(Grid grid, AmountParser parser, CellPatterns patterns, boolean reportCells) {
        this.grid = grid;
        this.parser = parser;
        this.patterns = patterns;
        this.reportCells = reportCells;
    }

    GridFacts read() {
        Map<Integer, Integer> unplaced = new LinkedHashMap<>();
        for (GridRow row : grid.rows()) {
            for (GridColumn column : grid.columns()) {
                if (column.kind() != GridColumn.Kind.AMOUNT && column.kind() != GridColumn.Kind.CHANGE) {
                    continue;
                }
                CellValue value = value(row, column);
                values.put(key(row.index(), column.index()), value);
                if (column.kind() != GridColumn.Kind.AMOUNT || value.amount() == null) {
                    continue;
                }
                if (column.fiscalYear() == null || column.measure() == null) {
                    if (!spansYears(column)) {
                        unplaced.merge(column.index(), 1, Integer::sum);
                    }
                    continue;
                }
                Amount a = value.amount();
                TableFact fact = new TableFact(tableRef(value.term().source()), row.path(), column.path(),
                        column.fiscalYear(), column.measure(), a.currency(), a.value(), a.asWritten(),
                        a.unitAsWritten(), row.total() || column.total(), TableFact.CheckStatus.UNCHECKED,
                        value.term().source());
                facts.add(fact);
                placed.add(new GridFact(row, column, fact));
            }
        }
        if (!reportCells) {
            return this; // the kind reader that took the table reports a year or measure it cannot tell
        }
        judgeColumns();
        // One finding per table and missing part: its columns share the one cause (no year stated before the table)
        Map<String, List<Integer>> byWhat = new LinkedHashMap<>();
        unplaced.keySet().forEach(c -> byWhat.computeIfAbsent(grid.columns().get(c).fiscalYear() == null
                ? "fiscal year" : "measure (plan or actual)", w -> new ArrayList<>()).add(c));
        byWhat.forEach((what, columns) -> {
            int n = columns.stream().mapToInt(unplaced::get).sum();
            List<String> names = columns.stream().map(c -> "'" + String.join(TableFact.PATH_SEPARATOR,
                    grid.columns().get(c).path()) + "'").toList();
            String first = String.join(TableFact.PATH_SEPARATOR, grid.columns().get(columns.get(0)).path());
            findings.add(Finding.warning("fact.unplaced", grid.tableRef() + " column" + (columns.size() > 1 ? "s " : " ")
                    + String.join(", ", names) + ": " + n + " amount(s) without a " + what
                    + " (neither its header nor the text before the table states one); not loaded",
                    new SourceRef(at(grid.bodyStart(), columns.get(0)), first)));
        });
        return this;
    }

    /**
     * The findings of the cells that could not be read. A column that its header makes one of amounts (a year, 예산,
     * 금액) but not one of whose cells reads as a number, each of them text where a number would start
     * ({@link #textCell}: an evaluation sheet's 평가 사항, a safety data sheet's 개정번호 : 3 under
     * 개정일자 : 2021.09.30), holds no amounts to be wrong about: one warning {@value #COLUMN_TEXT} for the column,
     * with its first cell's text, and its cells are not counted as printed numbers. A column with any amount keeps an error for each cell it cannot read, and
     * so does one with a cell of another failure (an unknown unit, a number word out of order).
     */
    private void judgeColumns() {
        Map<Integer, List<Failure>> byColumn = new LinkedHashMap<>();
        failures.forEach(f -> byColumn.computeIfAbsent(f.column(), c -> new ArrayList<>()).add(f));
        Set<Integer> textColumns = new HashSet<>();
        byColumn.forEach((c, fs) -> {
            if (!columnsRead.contains(c) && fs.stream().allMatch(Failure::text)) {
                textColumns.add(c);
            }
        });
        for (Failure f : failures) {
            List<Failure> column = byColumn.get(f.column());
            if (!textColumns.contains(f.column())) {
                findings.add(f.finding());
            } else if (f == column.get(0)) {
                int n = column.size();
                printedNumbers -= n;
                findings.add(Finding.warning(COLUMN_TEXT, grid.tableRef() + " column '"
                        + String.join(TableFact.PATH_SEPARATOR, grid.columns().get(f.column()).path())
                        + "': its header names amounts, but none of its " + n + " cell(s) reads as a number, each "
                        + "text where one would start (the first: '" + f.finding().rawText()
                        + "'); not read as amounts", f.finding().source()));
            }
        }
        failures.clear();
    }

    /**
     * A total column over the table's year columns ({@code '25 … '29 | 합계}): a sum over several years, which is no
     * fact of any one year (the contract) and no finding either; its cells are checked against the year columns.
     */
    private boolean spansYears(GridColumn column) {
        return column.total() && column.fiscalYear() == null && grid.amountColumns().stream()
                .filter(c -> !c.total() && c.fiscalYear() != null).map(GridColumn::fiscalYear).distinct().count() > 1;
    }

    /** The cell as a term of the table's equations; null when the grid holds no such cell. */
    CellValue valueAt(int row, int column) {
        return values.getOrDefault(key(row, column), CellValue.UNUSABLE);
    }

    private CellValue value(GridRow row, GridColumn column) {
        Table table = grid.table();
        String raw = table.textAt(row.index(), column.index());
        Cell cell = table.cellAt(row.index(), column.index()).orElse(null);
        if (cell != null && (cell.row() != row.index() || cell.column() != column.index())) {
            return CellValue.UNUSABLE; // a span from another cell: no figure of its own
        }
        SourceRef source = new SourceRef(at(row.index(), column.index()), Labels.normalise(raw));
        String text = Labels.normalise(raw);
        if (!row.path().isEmpty() && patterns.rateRow().matcher(row.path().get(row.path().size() - 1)).matches()) {
            return CellValue.UNUSABLE; // a rate or change row under amount columns: no money of its own
        }
        if (text.endsWith("%") || patterns.scheduleMark().matcher(text).matches() || patterns.count().matcher(text).matches()) {
            // a share, a count (51명), or a roadmap cell under a year column ('20~'25, 2012년, 계속): no money
            return CellValue.UNUSABLE;
        }
        AmountReading reading = parser.parse(text, column.unit());
        if (reading instanceof AmountReading.Blank) {
            return CellValue.blank(source);
        }
        printedNumbers++;
        if (reading instanceof AmountReading.Failed failed) {
            if (reportCells && column.named()) {
                failures.add(new Failure(column.index(), new Finding(dev.planetl.read.Severity.ERROR, failed.rule(),
                        grid.tableRef() + " row '" + String.join(TableFact.PATH_SEPARATOR, row.path()) + "', column '"
                                + String.join(TableFact.PATH_SEPARATOR, column.path()) + "': " + failed.reason(),
                        failed.raw(), source), AmountReading.MALFORMED.equals(failed.rule()) && textCell(text)));
            }
            return CellValue.UNUSABLE;
        }
        columnsRead.add(column.index());
        Amount amount = ((AmountReading.Read) reading).amount();
        return new CellValue(new PrintedSum.Term(source, amount.value(), amount.currency(), halfStep(amount)),
                amount);
    }

    /** Half the last printed digit, in the currency's base unit: 0.5 × 10^(unit exponent − decimals). */
    private BigDecimal halfStep(Amount amount) {
        int exponent = parser.units().parseUnit(amount.unitAsWritten()).map(Unit::exponent).orElse(0);
        Matcher m = LAST_NUMBER.matcher(amount.asWritten());
        int decimals = 0;
        if (m.find()) {
            int dot = m.group().indexOf('.');
            decimals = dot < 0 ? 0 : m.group().length() - dot - 1;
        }
        return HALF.multiply(BigDecimal.ONE.scaleByPowerOfTen(exponent - decimals));
    }

    /**
     * Where a cell stands. A cell whose extractor placed it in a table keeps that place, so a table joined to its
     * continuation refers to the printed rows.
     */
    private Provenance at(int row, int column) {
        Table table = grid.table();
        Provenance base = table.cellAt(row, column).map(Cell::provenance).orElse(table.provenance());
        Integer page = base.page() != null ? base.page() : table.provenance().page();
        if (base.tableIndex() != null && base.row() != null && base.column() != null) {
            return new Provenance(page, base.tableIndex(), base.row(), base.column(), base.line(), base.box());
        }
        return new Provenance(page, table.index(), row, column, base.line(), base.box());
    }

    /** {@code p3/t2}: the table part of the cell's place, so a continuation keeps its own table. */
    private static String tableRef(SourceRef source) {
        Provenance p = source.provenance();
        return new Provenance(p.page(), p.tableIndex(), null, null, null, null).ref();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
