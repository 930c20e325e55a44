package dev.planetl.validate;

import dev.planetl.read.Severity;
import org.junit.jupiter.api.Test;

import static dev.planetl.validate.Seed000.T_MATRIX_2020;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tolerance of a sum is half a printed step for every printed figure it combines. Seed 000's 2020 matrix row
 * 환경부 adds two cells (405.37 + 23.72) to its 계: three figures at 0.01억, so 1,500,000 won; its 계 column adds
 * eleven ministry totals to the grand total: twelve figures, eleven at 0.01억 and 중소벤처기업부's 5,055.6 at 0.1억,
 * so 11 × 500,000 + 5,000,000 = 10,500,000 won.
 */
class RoundingToleranceTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

    private static CheckResult check(Validation v, String rule, String scope) {
        return v.checks(rule).stream().filter(c -> c.scope().equals(scope)).findFirst().orElseThrow();
    }

    @Test
    void a_row_total_one_step_off_passes_with_a_warning_and_stays() {
        // given 환경부's 계 printed 429.10 where its cells add up to 429.09
        Validation v = VALIDATOR.validate(Seed000.withTotal(Seed000.read(), Seed000.at(T_MATRIX_2020, 11, 6),
                t -> Seed000.printedAs(t, "429.10")), 2020);
        // then the row agrees within its tolerance, and says so
        CheckResult row = check(v, Rules.TOTAL_ROW, "2020 plan / t7 / row 환경부");
        assertThat(row.passed()).isTrue();
        assertThat(row.difference()).isEqualByComparingTo("-1000000");
        assertThat(row.tolerance()).isEqualByComparingTo("1500000");
        assertThat(v.failedChecks()).isEmpty();
        assertThat(v.findings(Rules.TOTAL_ROW)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(v.rejectedTotals()).isEmpty();
    }

    @Test
    void a_row_total_three_steps_off_fails_its_row_and_is_kept_out_though_its_looser_column_passes() {
        // given 환경부's 계 printed 429.12: 3,000,000 won more than its cells
        Validation v = VALIDATOR.validate(Seed000.withTotal(Seed000.read(), Seed000.at(T_MATRIX_2020, 11, 6),
                t -> Seed000.printedAs(t, "429.12")), 2020);
        CheckResult row = check(v, Rules.TOTAL_ROW, "2020 plan / t7 / row 환경부");
        CheckResult column = check(v, Rules.TOTAL_COLUMN, "2020 plan / t7 / column 계 (ministries)");
        // then the row fails; the column, twelve figures wide, lets 3,000,000 won pass but does not vouch for it
        assertThat(row.passed()).isFalse();
        assertThat(column.passed()).isTrue();
        assertThat(column.tolerance()).isEqualByComparingTo("10500000");
        assertThat(v.findings(Rules.TOTAL_QUARANTINED)).singleElement()
                .satisfies(f -> assertThat(f.source().ref()).isEqualTo("t7/r11/c6"));
        assertThat(v.totals()).noneMatch(t -> t.source().ref().equals("t7/r11/c6"));
        assertThat(v.rejectedTotals()).hasSize(1);
    }

    @Test
    void a_share_agrees_within_half_its_printed_step_and_what_the_amounts_rounding_moves_it() {
        Validation v = VALIDATOR.validate(Seed000.read(), 2020);
        // 4,228.95 / 28,202.24 × 100 = 14.9951…, printed 15.00
        CheckResult share = v.checks(Rules.SHARE_VALUE).stream()
                .filter(c -> c.scope().startsWith("2019 actual / target 1-2")).findFirst().orElseThrow();
        assertThat(share.passed()).isTrue();
        assertThat(share.expected()).isEqualByComparingTo("15.00");
        assertThat(share.computed()).isEqualByComparingTo("14.995085");
        assertThat(share.tolerance()).isBetween(new java.math.BigDecimal("0.005"), new java.math.BigDecimal("0.0051"));
        CheckResult sum = v.checks(Rules.SHARE_SUM).get(0);
        assertThat(sum.computed()).isEqualByComparingTo("100.00");
        assertThat(sum.tolerance()).isEqualByComparingTo("0.05");
    }
}
