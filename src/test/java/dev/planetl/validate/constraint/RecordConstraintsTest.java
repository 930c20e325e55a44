package dev.planetl.validate.constraint;

import dev.planetl.extract.Provenance;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RecordConstraintsTest {

    private static final RecordConstraints CONSTRAINTS = RecordConstraints.standard();
    private static final SourceRef ROW = new SourceRef(new Provenance(null, 9, 1, null, 690, null),
            "CDM기반 정밀의료데이터 통합 플랫폼 기술개발사업(R&D)\t6,288\t계속\t산업부");

    /** The first line of seed 000's attachment, as a reader emits it. */
    private static BudgetLine line(int year, String ministry, String program, String amountKrw, String unit) {
        return new BudgetLine(year, Measure.PLAN, ministry, "산업부", "1-1", "선도적 산업데이터 플랫폼 프로젝트 추진",
                program, false, amountKrw == null ? null : new BigDecimal(amountKrw), "6,288", unit, ROW);
    }

    private static BudgetLine good() {
        return line(2020, "산업통상자원부", "CDM기반 정밀의료데이터 통합 플랫폼 기술개발사업(R&D)", "6288000000", "백만원");
    }

    private static ReportedTotal total(TotalKind kind, String ministry, String code, String share, Integer tasks,
                                       String amountKrw, String unit) {
        return new ReportedTotal(kind, 2020, Measure.PLAN, ministry, ministry, code, null, null, tasks,
                share == null ? null : new BigDecimal(share), amountKrw == null ? null : new BigDecimal(amountKrw),
                "4,210.78", unit, new SourceRef(new Provenance(null, 6, 1, 2, null, null), "4,210.78"));
    }

    @Test
    void a_line_as_seed_000_prints_it_meets_every_constraint() {
        // given the first attachment line of seed 000, read correctly
        // when it is checked against the plan year 2020
        Verdict verdict = CONSTRAINTS.check(good(), 2020);
        // then nothing is said about it
        assertThat(verdict.rejected()).isFalse();
        assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void a_negative_amount_is_a_decrease_and_loads() {
        // a printed △300 is read as −300: a cut the totals count with its sign, not a malformed value
        Verdict verdict = CONSTRAINTS.check(line(2020, "산업통상자원부", "사업", "-300", "백만원"), 2020);
        assertThat(verdict.rejected()).isFalse();
        assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void a_missing_amount_rejects_the_line() {
        Verdict verdict = CONSTRAINTS.check(line(2020, "산업통상자원부", "사업", null, "백만원"), 2020);
        assertThat(verdict.rejected()).isTrue();
        assertThat(verdict.findings()).extracting(Finding::rule).containsExactly("line.amount.missing");
    }

    @Test
    void an_unknown_unit_rejects_the_line_and_a_spaced_known_unit_does_not() {
        assertThat(CONSTRAINTS.check(line(2020, "산업통상자원부", "사업", "1", "백만달러"), 2020).findings())
                .extracting(Finding::rule).containsExactly("line.unit.unknown");
        assertThat(CONSTRAINTS.check(line(2020, "산업통상자원부", "사업", "1", null), 2020).findings())
                .extracting(Finding::rule).containsExactly("line.unit.unknown");
        assertThat(CONSTRAINTS.check(line(2020, "산업통상자원부", "사업", "1", "억 원"), 2020).rejected()).isFalse();
    }

    @Test
    void an_unresolved_ministry_rejects_the_line_and_an_unlisted_one_only_warns() {
        Verdict unresolved = CONSTRAINTS.check(line(2020, null, "사업", "1", "백만원"), 2020);
        assertThat(unresolved.rejected()).isTrue();
        assertThat(unresolved.findings()).extracting(Finding::rule).containsExactly("line.ministry.unresolved");

        Verdict unlisted = CONSTRAINTS.check(line(2020, "미래산업부", "사업", "1", "백만원"), 2020);
        assertThat(unlisted.rejected()).isFalse();
        assertThat(unlisted.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line.ministry.unknown", Severity.WARNING));
    }

    @Test
    void a_blank_program_rejects_the_line() {
        assertThat(CONSTRAINTS.check(line(2020, "산업통상자원부", " ", "1", "백만원"), 2020).findings())
                .extracting(Finding::rule).containsExactly("line.program.missing");
    }

    @Test
    void a_year_outside_1990_2100_rejects_and_a_year_far_from_the_plan_warns() {
        Verdict impossible = CONSTRAINTS.check(line(2200, "산업통상자원부", "사업", "1", "백만원"), 2020);
        assertThat(impossible.rejected()).isTrue();
        assertThat(impossible.findings()).extracting(Finding::rule)
                .containsExactly("line.year.range", "line.year.plan");

        Verdict far = CONSTRAINTS.check(line(2002, "산업통상자원부", "사업", "1", "백만원"), 2020);
        assertThat(far.rejected()).isFalse();
        assertThat(far.findings()).extracting(Finding::rule).containsExactly("line.year.plan");
        assertThat(CONSTRAINTS.check(line(2030, "산업통상자원부", "사업", "1", "백만원"), 2020).findings()).isEmpty();
    }

    @Test
    void a_total_by_target_with_share_and_task_count_in_range_passes() {
        Verdict verdict = CONSTRAINTS.check(total(TotalKind.TARGET, null, "1-1", "12.62", 28, "421078000000", "억원"),
                2020);
        assertThat(verdict.rejected()).isFalse();
        assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void a_share_above_100_or_a_negative_task_count_rejects_the_total() {
        assertThat(CONSTRAINTS.check(total(TotalKind.TARGET, null, "1-1", "126.2", 28, "1", "억원"), 2020)
                .findings()).extracting(Finding::rule).containsExactly("total.share.range");
        assertThat(CONSTRAINTS.check(total(TotalKind.TARGET, null, "1-1", "12.62", -1, "1", "억원"), 2020)
                .findings()).extracting(Finding::rule).containsExactly("total.task-count.negative");
    }

    @Test
    void a_total_by_ministry_needs_its_ministry_and_a_total_by_target_its_code() {
        assertThat(CONSTRAINTS.check(total(TotalKind.MINISTRY, null, null, null, null, "1", "억원"), 2020)
                .findings()).extracting(Finding::rule).containsExactly("total.ministry.unresolved");
        assertThat(CONSTRAINTS.check(total(TotalKind.TARGET, null, null, null, null, "1", "억원"), 2020)
                .findings()).extracting(Finding::rule).containsExactly("total.area.missing");
        assertThat(CONSTRAINTS.check(total(TotalKind.GRAND, null, null, null, null, "1", "억원"), 2020)
                .findings()).isEmpty();
    }

    @Test
    void an_unreadable_total_amount_is_left_to_the_arithmetic() {
        Verdict verdict = CONSTRAINTS.check(total(TotalKind.MINISTRY, "문화체육관광부", null, null, null, null, "억원"),
                2019);
        assertThat(verdict.rejected()).isFalse();
    }
}
