package dev.planetl.validate;

import dev.planetl.read.Measure;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents with a handful of figures, to pin down what the checks do when little is printed. */
class SmallDocumentsTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

    private static ReadResult of(ReportedTotal... totals) {
        return new ReadResult(PlanInfo.unknown(), List.of(), List.of(totals), List.of(), List.of(), List.of());
    }

    private static ReportedTotal grand(int table, String printed) {
        return Seed000.total(TotalKind.GRAND, 2020, Measure.PLAN, null, null, null, null, null, printed,
                Seed000.cell(table, 1, 4));
    }

    @Test
    void a_document_with_nothing_to_check_is_published() {
        Validation v = VALIDATOR.validate(of(), 2020);
        assertThat(v.checks()).isEmpty();
        assertThat(v.hasErrors()).isFalse();
        assertThat(VALIDATOR.decide(v).publish()).isTrue();
    }

    @Test
    void a_figure_printed_twice_alike_is_loaded_twice() {
        Validation v = VALIDATOR.validate(of(grand(0, "33,365.32"), grand(4, "33,365.32")), 2020);
        assertThat(v.checks(Rules.FIGURE_CONSISTENT)).singleElement()
                .satisfies(c -> assertThat(c.scope()).isEqualTo("2020 plan / grand total / t0/r1/c4 vs t4/r1/c4"));
        assertThat(v.failedChecks()).isEmpty();
        assertThat(v.totals()).hasSize(2);
    }

    @Test
    void two_printings_that_disagree_with_nothing_else_to_tell_them_apart_are_both_kept_out() {
        // given the grand total printed 33,365.32 in one table and 33,356.32 in another, and nothing else
        Validation v = VALIDATOR.validate(of(grand(0, "33,365.32"), grand(4, "33,356.32")), 2020);
        assertThat(v.failedChecks()).extracting(CheckResult::rule).containsExactly(Rules.FIGURE_CONSISTENT);
        assertThat(v.findings(Rules.TOTAL_QUARANTINED)).hasSize(2);
        assertThat(v.totals()).isEmpty();
        assertThat(VALIDATOR.decide(v).publish()).isFalse();
        assertThat(PublicationPolicy.PUBLISH_ACCEPTED.decide(v).publish()).isTrue();
        assertThat(PublicationPolicy.PUBLISH_ACCEPTED.decide(v).reason()).contains("2 rejected value(s)");
    }

    @Test
    void the_plan_year_comes_from_the_title_page_when_not_given() {
        Validation v = VALIDATOR.validate(Seed000.read());
        assertThat(v.planYear()).isEqualTo(2020);
        assertThat(v.failedChecks()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VALIDATOR.validate(of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plan year");
    }

    @Test
    void the_default_policy_holds_back() {
        assertThat(PublicationPolicy.DEFAULT).isEqualTo(PublicationPolicy.HOLD_BACK_ON_ERROR);
        assertThat(VALIDATOR.policy()).isEqualTo(PublicationPolicy.HOLD_BACK_ON_ERROR);
    }

    @Test
    void figures_of_different_years_or_measures_are_never_compared() {
        ReportedTotal plan = grand(0, "33,365.32");
        ReportedTotal actual = Seed000.total(TotalKind.GRAND, 2020, Measure.ACTUAL, null, null, null, null, null,
                "28,202.24", Seed000.cell(4, 1, 4));
        Validation v = VALIDATOR.validate(of(plan, actual), 2020);
        assertThat(v.checks()).isEmpty();
        assertThat(v.totals()).hasSize(2);
    }
}
