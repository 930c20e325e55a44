package dev.planetl.read.grid;

import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.Severity;
import dev.planetl.read.Measure;
import dev.planetl.read.PrintedSum;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TableFact;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.Statement;
import dev.planetl.read.context.TableContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every table of one document into facts through the general model, beside the kind readers: the lines
 * printed between two tables are kept, so a period caption such as {@code (2010.11월 누계 기준/잠정)} gives a
 * statistics sheet its year. One collector reads one document, in reading order; not thread-safe.
 */
public final class TableFactCollector {

    /**
     * A month-cumulative period, {@code 2010.11월 누계}, {@code 2010년 6월말 누계}: the figures are what was collected
     * and spent up to that month of the year, so they are actuals of that fiscal year.
     */
    private static final Pattern CUMULATIVE_PERIOD = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:\\.|년)\\s*(\\d{1,2})\\s*월\\s*(?:말\\s*)?(?:누계|누적)");

    private final GridBuilder builder;
    private final Vocabularies vocabularies;
    private final List<String> linesBefore = new ArrayList<>();
    private final List<TableFact> facts = new ArrayList<>();
    private final List<PrintedSum> sums = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    public TableFactCollector(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.builder = new GridBuilder(vocabularies);
    }

    public void accept(Heading heading) {
        linesBefore.add(heading.numbering() + " " + heading.text());
    }

    public void accept(Paragraph paragraph) {
        linesBefore.addAll(List.of(paragraph.text().split("\n")));
    }

    /**
     * @param table a table as extracted, or joined to the header of the table it continues
     * @param context what the text before it says
     * @param readByKind true when a kind reader read it: that reader reports its unreadable cells, so they are
     *     not reported twice
     * @return the table's grid and its facts, or empty when it has no amount column
     */
    public Optional<GridReading> read(Table table, TableContext context, boolean readByKind) {
        TableContext placed = withPeriod(context);
        linesBefore.clear();
        String ref = Provenance.ofPage(table.provenance().page()).inTable(table.index()).ref();
        Optional<Grid> grid = builder.build(table, placed, ref);
        if (grid.isEmpty()) {
            return Optional.empty();
        }
        GridFacts cells = new GridFacts(grid.get(), vocabularies.amounts(), vocabularies.cells(), !readByKind).read();
        facts.addAll(cells.facts);
        findings.addAll(cells.findings);
        sums.addAll(new GridSums(grid.get(), cells).sums());
        if (!readByKind && cells.facts.isEmpty() && cells.printedNumbers > 0) {
            // a warning when nothing else says why; a summary (info) of the cell and column findings that do
            SourceRef where = new SourceRef(table.provenance(), String.join("\t", table.row(0)).strip());
            findings.add(new Finding(cells.findings.isEmpty() ? Severity.WARNING : Severity.INFO, NO_FACT, ref + ": "
                    + cells.printedNumbers + " number(s) in amount columns, none of them a fact (see the findings of "
                    + "its cells and columns)", where.raw(), where));
        }
        return Optional.of(new GridReading(grid.get(), cells.placed));
    }

    /** The rule of a finding that says a table printed amounts and yielded no fact. */
    public static final String NO_FACT = "table.no_fact";

    public List<TableFact> facts() {
        return List.copyOf(facts);
    }

    public List<PrintedSum> sums() {
        return List.copyOf(sums);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    private TableContext withPeriod(TableContext context) {
        if (context.fiscalYear() != null) {
            return context;
        }
        for (String line : linesBefore) {
            Matcher m = CUMULATIVE_PERIOD.matcher(line);
            if (m.find()) {
                return context.with(new Statement(Integer.parseInt(m.group(1)), Measure.ACTUAL));
            }
        }
        return context;
    }
}
