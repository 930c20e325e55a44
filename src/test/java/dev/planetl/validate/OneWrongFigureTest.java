package dev.planetl.validate;

import dev.planetl.read.Measure;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure seed 000 prints (the 분야별, 부처별 and 성과목표 tables and the matrix: 70 totals a year), printed
 * 100억원 too high in turn: the checks must point at that figure and at no other, and the document must be held
 * back.
 */
class OneWrongFigureTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();
    private static final ReadResult SEED = Seed000.read();
    private static final BigDecimal HUNDRED_EOK = new BigDecimal("100.00");

    /** The 2019 figures but the unreadable one: 69. */
    static Stream<String> figuresOf2019() {
        return SEED.totals().stream().filter(t -> t.fiscalYear() == 2019 && t.amountKrw() != null)
                .map(t -> t.source().ref());
    }

    /**
     * The same for the 2019 actuals, which have no project lines. A wrong figure in the row or the column that
     * proves the unreadable 966.11.00 (문화체육관광부's cells, the 계 column) also takes away that proof: the
     * unreadable figure then stays out as well, unrepaired.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("figuresOf2019")
    void in_2019_too_and_a_wrong_figure_in_the_proof_of_966_11_stops_its_repair(String ref) {
        ReadResult read = Seed000.withTotal(SEED, t -> t.source().ref().equals(ref), t -> Seed000.printedAs(t,
                new BigDecimal(t.amountAsWritten().replace(",", "")).add(HUNDRED_EOK).toPlainString()));
        Validation v = VALIDATOR.validate(read, 2020);
        boolean inProof = ref.startsWith("t3/r8/") || ref.startsWith("t3/") && ref.endsWith("/c6");
        if (inProof) {
            assertThat(v.repairs()).isEmpty();
            assertThat(v.rejectedTotals()).extracting(t -> t.source().ref()).containsExactlyInAnyOrder(ref, "t3/r8/c6");
            assertThat(v.findings(Rules.REPAIR_UNPROVEN)).hasSize(1);
        } else {
            assertThat(v.repairs()).extracting(f -> f.source().ref()).containsExactly("t3/r8/c6");
            assertThat(v.rejectedTotals()).extracting(t -> t.source().ref()).containsExactly(ref);
        }
        assertThat(v.findings(Rules.TOTAL_QUARANTINED)).singleElement()
                .satisfies(f -> assertThat(f.source().ref()).isEqualTo(ref));
        assertThat(v.failedChecks()).allSatisfy(c -> assertThat(c.fiscalYear()).isEqualTo(2019));
        assertThat(VALIDATOR.decide(v).publish()).isFalse();
    }

    static Stream<String> figuresOf2020() {
        return SEED.totals().stream().filter(t -> t.fiscalYear() == 2020 && t.measure() == Measure.PLAN)
                .map(t -> t.source().ref());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figuresOf2020")
    void the_checks_keep_out_exactly_the_wrong_figure(String ref) {
        // given one figure printed 100억원 higher than the document prints it
        ReadResult read = Seed000.withTotal(SEED, t -> t.source().ref().equals(ref), t -> Seed000.printedAs(t,
                new BigDecimal(t.amountAsWritten().replace(",", "")).add(HUNDRED_EOK).toPlainString()));
        // when validated
        Validation v = VALIDATOR.validate(read, 2020);
        // then that figure, and only it, is kept out as the wrong one
        assertThat(v.rejectedTotals()).extracting(t -> t.source().ref()).containsExactly(ref);
        assertThat(v.findings(Rules.TOTAL_QUARANTINED)).singleElement()
                .satisfies(f -> assertThat(f.source().ref()).isEqualTo(ref));
        assertThat(v.totals()).hasSize(SEED.totals().size() - 1);
        assertThat(v.reconciliationFailed()).isTrue();
        assertThat(VALIDATOR.decide(v).publish()).isFalse();
        // and the 2019 figures are untouched: the 966.11 is still repaired
        assertThat(v.repairs()).extracting(f -> f.source().ref()).containsExactly("t3/r8/c6");
        assertThat(v.failedChecks()).allSatisfy(c -> assertThat(c.fiscalYear()).isEqualTo(2020));
        assertThat(v.totals()).extracting(ReportedTotal::amountKrw).doesNotContainNull();
    }
}
