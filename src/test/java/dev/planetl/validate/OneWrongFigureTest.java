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
 * Every figure seed 000 prints for the 2020 plan (the 분야별, 부처별 and 성과목표 tables and the matrix: 70 totals),
 * printed 100억원 too high in turn: the checks must point at that figure and at no other, and the document must
 * be held back.
 */
class OneWrongFigureTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();
    private static final ReadResult SEED = Seed000.read();
    private static final BigDecimal HUNDRED_EOK = new BigDecimal("100.00");

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
        ReportedTotal kept = v.totals().get(0);
        assertThat(kept.amountKrw()).isNotNull();
    }
}
