package dev.planetl.read.table;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.classify.PlanClassifier;
import dev.planetl.read.context.ContextTracker;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.grid.TableFactCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads every budget table of a document: walks its blocks in reading order, keeps the context the headings and
 * lines state (year, measure, unit, policy area), and hands each table to the first kind reader that recognises
 * it. Every table is also read through the general model ({@link dev.planetl.read.grid.Grid}) into facts, and what a
 * kind reader takes is kept only as a projection of them ({@link FactBacking}: the fact of its cell says the same
 * amount, year and measure); a table no
 * kind reader recognises is projected from its grid by the general projection ({@link GridProjection}: lines of the
 * rows under a program header, totals of its total rows), and one that projects nothing is a finding
 * {@code table.unrecognised} with its header row.
 * Stateless and thread-safe: each call keeps its own context.
 */
public final class BudgetTableReader {

    private final Vocabularies vocabularies;
    private final List<TableReader> readers;
    private final GridProjection projection;
    private static final TableReading NOTHING = new TableReading(List.of(), List.of(), List.of());

    /** The standard readers, most specific first. */
    public BudgetTableReader(Vocabularies vocabularies) {
        this(vocabularies, List.of(
                new MinistryGoalMatrixReader(vocabularies),
                new ProjectTableReader(vocabularies),
                new ProjectListTableReader(vocabularies),
                new TargetTotalsTableReader(vocabularies),
                new MinistryTotalsTableReader(vocabularies),
                new GoalTotalsTableReader(vocabularies),
                new GoalRowsTableReader(vocabularies),
                new MinistryColumnsMatrixReader(vocabularies),
                new AreaRowsTableReader(vocabularies)));
    }

    /** Given readers, tried in order. */
    public BudgetTableReader(Vocabularies vocabularies, List<TableReader> readers) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
        this.readers = List.copyOf(readers);
        this.projection = new GridProjection(vocabularies);
    }

    /** Over the vocabularies shipped under {@code vocab/}. */
    public static BudgetTableReader standard() {
        return new BudgetTableReader(Vocabularies.standard());
    }

    /**
     * @return lines, totals and findings of all the document's tables, in reading order, the issuing body read from
     *     its title page; never null
     */
    public TableReading read(Document document) {
        return read(document, new PlanClassifier().classify(document).plan().issuer());
    }

    /**
     * @param issuer the issuing body of the document's title page, as printed, or null: the ministry of the lines
     *     of a table without a ministry column, when it is one ministry
     * @return lines, totals and findings of all the document's tables, in reading order; never null
     */
    public TableReading read(Document document, String issuer) {
        ContextTracker tracker = new ContextTracker(vocabularies, issuer);
        List<BudgetLine> lines = new ArrayList<>();
        List<ReportedTotal> totals = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Table lastTable = null;
        TableReader lastReader = null;
        TableContext lastContext = null;
        TableFactCollector facts = new TableFactCollector(vocabularies);
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                tracker.accept(heading);
                facts.accept(heading);
                lastTable = null;
            } else if (block instanceof Paragraph paragraph) {
                tracker.accept(paragraph);
                facts.accept(paragraph);
                if (!Continuations.isPageFurniture(paragraph)) {
                    lastTable = null;
                }
            } else if (block instanceof Table extracted) {
                Table table = HeaderSpans.restored(extracted);
                TableContext context = tracker.contextFor(table);
                Table toRead = table;
                Optional<TableReader> reader = recogniser(table);
                if (reader.isEmpty() && lastTable != null && lastTable.columnCount() == table.columnCount()) {
                    Table joined = Continuations.withHeaderOf(lastTable, headerRows(lastTable), table);
                    TableReader previous = lastReader;
                    reader = recogniser(joined).filter(r -> r == previous);
                    if (reader.isPresent()) {
                        toRead = joined;
                        context = lastContext;
                    }
                }
                if (reader.isEmpty()) {
                    // No kind reader's layout: the general projection takes from the grid what its roles make
                    // certain; a table it projects nothing from is unrecognised, its facts only
                    TableReading projected = facts.read(table, context, false).flatMap(projection::project)
                            .orElse(NOTHING);
                    if (projected.lines().isEmpty() && projected.totals().isEmpty()) {
                        findings.add(unrecognised(table));
                    }
                    lines.addAll(projected.lines());
                    totals.addAll(projected.totals());
                    findings.addAll(projected.findings());
                    lastTable = null;
                    continue;
                }
                List<dev.planetl.read.grid.GridFact> cells = facts.read(toRead, context, true)
                        .map(dev.planetl.read.grid.GridReading::facts).orElse(List.of());
                TableReading reading = new FactBacking(cells).backed(reader.get().read(toRead, context));
                lines.addAll(reading.lines());
                totals.addAll(reading.totals());
                findings.addAll(reading.findings());
                if (toRead == table) {
                    lastTable = table;
                    lastReader = reader.get();
                    lastContext = context;
                }
            }
        }
        findings.addAll(facts.findings());
        return new TableReading(lines, totals, findings, facts.facts(), facts.sums());
    }

    /**
     * True when one of the budget-table readers recognises the table by its own header, so a composing reader can
     * tell which of the {@code table.unrecognised} findings concern tables another reader (a schedule) took.
     */
    public boolean recognises(Table table) {
        return recogniser(table).isPresent();
    }

    private Optional<TableReader> recogniser(Table table) {
        return readers.stream().filter(r -> r.recognises(table)).findFirst();
    }

    /** The header rows of a table a reader recognised: as the extractor says, else the first row. */
    private static int headerRows(Table table) {
        return Math.max(1, Math.min(table.headerRows(), table.rowCount() - 1));
    }

    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile(
            "(?:^|[^가-힣]|[조억만천])원|예산|사업비|투자|재원"); // 원 as a unit, not the 원 of 지원
    /** An amount printed with a currency unit anywhere in the table: 10억원, 3,000 백만원, 1.2조 원. */
    private static final java.util.regex.Pattern PRINTED_MONEY = java.util.regex.Pattern.compile(
            "\\d\\s*(?:조|억|천만|백만|만|천)?\\s*원");

    private static Finding unrecognised(Table table) {
        int rows = Math.max(1, Math.min(table.headerRows(), table.rowCount()));
        List<String> header = new ArrayList<>();
        for (int r = 0; r < Math.min(rows, table.rowCount()); r++) {
            header.add(Cells.rowText(table, r));
        }
        String raw = String.join("\n", header);
        // A table whose header names no money (원, 예산, 사업비, 투자) and that prints no amount in a currency holds
        // no figure the warehouse would miss: info. Prose tables ("구분 | 주요 내용") that speak of 투자 in a
        // sentence are of that kind.
        boolean money = MONEY.matcher(raw).find() || PRINTED_MONEY.matcher(table.text()).find();
        return new Finding(money ? Severity.WARNING : Severity.INFO, "table.unrecognised", Cells.where(table, -1)
                + ": no reader recognises its header; its figures are not read"
                + (money ? "" : " (it names no amount of money)"), raw, new SourceRef(Cells.at(table, 0, 0), raw));
    }
}
