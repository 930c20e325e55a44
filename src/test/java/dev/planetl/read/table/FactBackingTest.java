package dev.planetl.read.table;

import dev.planetl.extract.Provenance;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TableFact;
import dev.planetl.read.TotalKind;
import dev.planetl.read.grid.GridColumn;
import dev.planetl.read.grid.GridFact;
import dev.planetl.read.grid.GridRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind reader's line or total is kept only where the general model's fact of the same cell says the same amount,
 * year and measure. The readings here are built by hand, each a way a kind reader and the grid could part.
 */
class FactBackingTest {

    private static final BigDecimal A = new BigDecimal("1250000000");

    private static SourceRef cell(int row, int column, String raw) {
        return new SourceRef(new Provenance(4, 2, row, column, null, null), raw);
    }

    private static GridFact fact(int row, int column, BigDecimal amount, int year, Measure measure) {
        TableFact fact = new TableFact("p4/t2", List.of("사업 " + row), List.of(year + "년"), year, measure, "KRW",
                amount, "12.5", "억원", false, TableFact.CheckStatus.UNCHECKED, cell(row, column, "12.5"));
        return new GridFact(new GridRow(row, List.of("사업 " + row), false, false),
                new GridColumn(column, List.of(year + "년"), GridColumn.Kind.AMOUNT, true, false, year, measure, null,
                        null), fact);
    }

    private static ReportedTotal total(int row, int column, BigDecimal amount, int year, Measure measure) {
        return new ReportedTotal(TotalKind.GRAND, year, measure, null, null, null, null, null, null, null, amount,
                "12.5", "억원", cell(row, column, "12.5"));
    }

    private static BudgetLine line(int row, BigDecimal amount, int year, Measure measure) {
        return new BudgetLine(year, measure, "과학기술정보통신부", "과기정통부", null, null, "사업 " + row, null, amount,
                "12.5", "억원", new SourceRef(new Provenance(4, 2, row, 0, null, null), "사업 " + row + "\t12.5"));
    }

    private static TableReading reading(List<BudgetLine> lines, List<ReportedTotal> totals) {
        return new TableReading(lines, totals, List.of());
    }

    @Test
    void whatTheFactsBackIsKept() {
        FactBacking backing = new FactBacking(List.of(fact(1, 3, A, 2024, Measure.PLAN),
                fact(5, 3, A, 2024, Measure.PLAN)));
        TableReading out = backing.backed(reading(List.of(line(1, A, 2024, Measure.PLAN)),
                List.of(total(5, 3, A, 2024, Measure.PLAN))));
        assertThat(out.lines()).hasSize(1);
        assertThat(out.totals()).hasSize(1);
        assertThat(out.findings()).isEmpty();
    }

    @Test
    void aTotalWhoseCellTheGridReadsAsAnotherMeasureIsAConflictAndNotLoaded() {
        FactBacking backing = new FactBacking(List.of(fact(5, 3, A, 2024, Measure.ACTUAL)));
        TableReading out = backing.backed(reading(List.of(), List.of(total(5, 3, A, 2024, Measure.PLAN))));
        assertThat(out.totals()).isEmpty();
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(FactBacking.CONFLICT);
            assertThat(f.message()).contains("2024 plan").contains("2024 actual");
            assertThat(f.source().ref()).isEqualTo("p4/t2/r5/c3");
        });
    }

    @Test
    void aLineOfAnotherYearOrAmountThanItsRowsFactsIsNotLoaded() {
        FactBacking backing = new FactBacking(List.of(fact(1, 3, A, 2024, Measure.PLAN)));
        TableReading out = backing.backed(reading(List.of(line(1, A, 2023, Measure.PLAN),
                line(1, A.add(BigDecimal.ONE), 2024, Measure.PLAN)), List.of()));
        assertThat(out.lines()).isEmpty();
        assertThat(out.findings()).extracting(Finding::rule).containsExactly(FactBacking.CONFLICT,
                FactBacking.CONFLICT);
    }

    @Test
    void whatTheGridHoldsNoFactForIsUnbacked() {
        FactBacking backing = new FactBacking(List.of(fact(1, 3, A, 2024, Measure.PLAN)));
        TableReading out = backing.backed(reading(List.of(line(2, A, 2024, Measure.PLAN)),
                List.of(total(5, 3, A, 2024, Measure.PLAN))));
        assertThat(out.lines()).isEmpty();
        assertThat(out.totals()).isEmpty();
        assertThat(out.findings()).extracting(Finding::rule).containsExactly(FactBacking.UNBACKED,
                FactBacking.UNBACKED);
    }

    @Test
    void aTotalLeftWithoutAmountForTheArithmeticToRepairPassesOn() {
        TableReading out = new FactBacking(List.of()).backed(reading(List.of(),
                List.of(total(8, 6, null, 2019, Measure.ACTUAL))));
        assertThat(out.totals()).hasSize(1);
        assertThat(out.findings()).isEmpty();
    }
}
