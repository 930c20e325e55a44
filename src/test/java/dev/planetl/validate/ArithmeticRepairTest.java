package dev.planetl.validate;

import dev.planetl.read.Finding;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import org.junit.jupiter.api.Test;

import static dev.planetl.validate.Seed000.T_MATRIX_2019;
import static dev.planetl.validate.Seed000.T_MATRIX_2020;
import static org.assertj.core.api.Assertions.assertThat;

/** Repairs beyond seed 000's own 966.11.00: a matrix cell, the grand total, and two unknowns that block each other. */
class ArithmeticRepairTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

    @Test
    void an_unreadable_cell_is_repaired_from_its_row_total_and_its_column_total() {
        // given the 2020 matrix's 문화체육관광부 goal-1 cell printed 1,531.67.00
        ReadResult read = Seed000.withTotal(Seed000.read(), Seed000.at(T_MATRIX_2020, 6, 2),
                t -> Seed000.printedAs(t, "1,531.67.00"));
        // when validated
        Validation v = VALIDATOR.validate(read, 2020);
        // then row 1,722.47 − 190.80 and column 11,226.44 − the other cells both give 1,531.67
        assertThat(v.repairs()).extracting(Finding::rawText).containsExactlyInAnyOrder("966.11.00", "1,531.67.00");
        Finding repair = v.repairs().stream().filter(f -> f.rawText().equals("1,531.67.00")).findFirst()
                .orElseThrow();
        assertThat(repair.message()).contains("row 1,722.47 − (190.80) = 1531.67", "column 11,226.44 − (2,664.28",
                "= 1531.67");
        ReportedTotal cell = v.totals().stream().filter(t -> t.source().ref().equals("t7/r6/c2")).findFirst()
                .orElseThrow();
        assertThat(cell.amountKrw()).isEqualByComparingTo("153167000000");
        assertThat(v.failedChecks()).isEmpty();
        assertThat(v.rejectedTotals()).isEmpty();
    }

    @Test
    void an_unreadable_grand_total_is_repaired_from_the_goal_totals_and_the_ministry_totals() {
        // given the 2020 matrix's 합계/계 corner printed 33,365.32.0
        Validation v = VALIDATOR.validate(Seed000.withTotal(Seed000.read(), Seed000.at(T_MATRIX_2020, 13, 6),
                t -> Seed000.printedAs(t, "33,365.32.0")), 2020);
        assertThat(v.repairs()).extracting(Finding::rawText).contains("33,365.32.0");
        assertThat(v.totals()).filteredOn(t -> t.source().ref().equals("t7/r13/c6")).singleElement()
                .satisfies(t -> assertThat(t.amountKrw()).isEqualByComparingTo("3336532000000"));
        assertThat(v.failedChecks()).isEmpty();
    }

    @Test
    void two_unreadable_figures_in_one_column_prove_nothing() {
        // given the 2019 grand total unreadable too: the 계 column then holds two unknowns
        Validation v = VALIDATOR.validate(Seed000.withTotal(Seed000.read(), Seed000.at(T_MATRIX_2019, 13, 6),
                t -> Seed000.printedAs(t, "28,202.24.00")), 2020);
        assertThat(v.repairs()).isEmpty();
        assertThat(v.findings(Severity.ERROR)).filteredOn(f -> f.rule().equals("number.malformed")).hasSize(2);
        assertThat(v.findings(Rules.REPAIR_UNPROVEN)).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("holds another figure that could not be used"));
        assertThat(v.rejectedTotals()).extracting(t -> t.source().ref())
                .containsExactlyInAnyOrder("t3/r8/c6", "t3/r13/c6");
    }

    @Test
    void a_total_without_amount_and_without_a_reader_finding_is_kept_out() {
        // given the reader left 환경부's 2019 계 without amount and said nothing
        ReadResult read = Seed000.read();
        ReadResult silent = new ReadResult(read.plan(), read.lines(), read.totals().stream()
                .map(t -> t.source().ref().equals("t3/r12/c6") ? new ReportedTotal(t.kind(), t.fiscalYear(),
                        t.measure(), t.ministry(), t.ministryAsWritten(), t.policyAreaCode(), t.policyArea(),
                        t.policyAreaAsWritten(), t.taskCount(), t.sharePct(), null, t.amountAsWritten(),
                        t.unitAsWritten(), t.source()) : t).toList(), read.mentions(), read.tasks(), read.findings());
        Validation v = VALIDATOR.validate(silent, 2020);
        assertThat(v.findings(Rules.TOTAL_AMOUNT_MISSING)).singleElement()
                .satisfies(f -> assertThat(f.source().ref()).isEqualTo("t3/r12/c6"));
        assertThat(v.rejectedTotals()).extracting(t -> t.source().ref()).contains("t3/r12/c6");
    }
}
