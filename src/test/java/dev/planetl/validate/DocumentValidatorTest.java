package dev.planetl.validate;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.planetl.validate.Seed000.T_MATRIX_2019;
import static dev.planetl.validate.Seed000.T_MATRIX_2020;
import static dev.planetl.validate.Seed000.T_MINISTRIES_2020;
import static dev.planetl.validate.Seed000.T_TARGETS_2019;
import static dev.planetl.validate.Seed000.T_TARGETS_2020;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentValidatorTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();
    private static ReadResult seed;
    private static Validation clean;

    @BeforeAll
    static void validateSeed000() {
        seed = Seed000.read();
        clean = VALIDATOR.validate(seed, 2020);
    }

    @Nested
    class Seed000AsPrinted {

        @Test
        void the_fixture_holds_what_the_document_prints() {
            // the attachment lists 171 project lines; sections II.2 and IV and the matrices print 140 totals:
            // per year 5 (분야별) + 11 (부처별) + 10 (성과목표) + 44 (matrix: 28 filled cells, 11 ministry
            // totals, 4 goal totals and the grand total)
            assertThat(seed.lines()).hasSize(171);
            assertThat(seed.totals()).hasSize(2 * (5 + 11 + 10 + (28 + 16)));
            assertThat(seed.findings()).extracting(Finding::rule).containsExactly("number.malformed");
        }

        @Test
        void every_check_passes() {
            assertThat(clean.failedChecks()).isEmpty();
            assertThat(clean.reconciliationFailed()).isFalse();
            assertThat(clean.hasErrors()).isFalse();
        }

        @Test
        void every_rule_was_exercised_as_often_as_the_document_prints_figures_for_it() {
            // per matrix: 11 ministry rows; 4 goal columns and the grand total against the 합계 row and the 계
            // column
            assertThat(clean.checks(Rules.TOTAL_ROW)).hasSize(22);
            assertThat(clean.checks(Rules.TOTAL_COLUMN)).hasSize(12);
            // goals (분야별), ministries (부처별), targets (성과목표) against the grand total, both years
            assertThat(clean.checks(Rules.TOTAL_GRAND)).hasSize(6);
            assertThat(clean.checks(Rules.TOTAL_GOAL)).hasSize(8);
            // grand + 4 goals + 11 ministries printed twice each year
            assertThat(clean.checks(Rules.FIGURE_CONSISTENT)).hasSize(32);
            assertThat(clean.checks(Rules.SHARE_VALUE)).hasSize(20);
            assertThat(clean.checks(Rules.SHARE_SUM)).hasSize(2);
            // project lines exist for the 2020 plan only
            assertThat(clean.checks(Rules.TASK_COUNT)).hasSize(10);
            assertThat(clean.checks(Rules.RECONCILE_TARGET)).hasSize(10);
            assertThat(clean.checks(Rules.RECONCILE_GOAL)).hasSize(8);
            assertThat(clean.checks(Rules.RECONCILE_MINISTRY)).hasSize(22);
            assertThat(clean.checks(Rules.RECONCILE_MINISTRY_GOAL)).hasSize(28);
            assertThat(clean.checks(Rules.RECONCILE_GRAND)).hasSize(2);
            assertThat(clean.checks()).allSatisfy(c -> assertThat(c.rule()).isIn(Rules.CHECKS));
        }

        @Test
        void the_sums_agree_to_the_won_so_no_rounding_warning_is_raised() {
            assertThat(clean.checks()).filteredOn(c -> c.quantity() == Quantity.WON)
                    .allSatisfy(c -> assertThat(c.difference()).isZero());
            assertThat(clean.findings(Severity.WARNING)).isEmpty();
        }

        @Test
        void the_lines_of_target_1_2_add_up_to_its_printed_total_and_count() {
            CheckResult target = clean.checks(Rules.RECONCILE_TARGET).stream()
                    .filter(c -> c.scope().contains("target 1-2")).findFirst().orElseThrow();
            assertThat(target.scope()).startsWith("2020 plan / target 1-2");
            assertThat(target.expected()).isEqualByComparingTo("630973000000"); // 6,309.73억원
            assertThat(target.computed()).isEqualByComparingTo("630973000000");
            // 39 lines at 1 백만원 and the total at 0.01억: 40 half steps of 1,000,000 won
            assertThat(target.tolerance()).isEqualByComparingTo("20000000");
            assertThat(target.sources()).hasSize(40);
            CheckResult count = clean.checks(Rules.TASK_COUNT).stream()
                    .filter(c -> c.scope().contains("target 1-2")).findFirst().orElseThrow();
            assertThat(count.expected()).isEqualByComparingTo("39");
            assertThat(count.computed()).isEqualByComparingTo("39");
        }

        @Test
        void exactly_one_value_is_repaired_the_966_11_of_the_2019_matrix() {
            assertThat(clean.repairs()).singleElement().satisfies(repair -> {
                assertThat(repair.rule()).isEqualTo(Rules.REPAIR_ARITHMETIC);
                assertThat(repair.rawText()).isEqualTo("966.11.00");
                assertThat(repair.source().ref()).isEqualTo("t3/r8/c6");
                assertThat(repair.message()).contains("966.11", "row 812.71 + 153.40 = 966.11",
                        "column 28,202.24 − (8,065.62 + 8,052.3 + 3,914.55", "= 966.11");
            });
            ReportedTotal repaired = clean.totals().stream()
                    .filter(t -> t.source().ref().equals("t3/r8/c6")).findFirst().orElseThrow();
            assertThat(repaired.amountKrw()).isEqualByComparingTo("96611000000");
            assertThat(repaired.amountAsWritten()).isEqualTo("966.11.00");
            assertThat(clean.findings("number.malformed")).isEmpty();
        }

        @Test
        void nothing_is_rejected() {
            assertThat(clean.lines()).hasSize(171);
            assertThat(clean.totals()).hasSize(seed.totals().size());
            assertThat(clean.rejectedLines()).isEmpty();
            assertThat(clean.rejectedTotals()).isEmpty();
            assertThat(clean.totals()).allSatisfy(t -> assertThat(t.amountKrw()).isNotNull());
        }

        @Test
        void the_document_is_published_under_either_policy() {
            assertThat(VALIDATOR.decide(clean).publish()).isTrue();
            assertThat(PublicationPolicy.PUBLISH_ACCEPTED.decide(clean).publish()).isTrue();
        }
    }

    @Nested
    class AWrongTotal {

        // given the 부처별 table of section IV printing 국토교통부 3,950.51 where the matrix and the lines say 3,900.51
        private final Validation v = VALIDATOR.validate(Seed000.withTotal(seed,
                Seed000.at(T_MINISTRIES_2020, 4, 1), t -> Seed000.printedAs(t, "3,950.51")), 2020);

        @Test
        void fails_the_checks_it_takes_part_in() {
            assertThat(v.failedChecks()).extracting(CheckResult::rule).containsExactlyInAnyOrder(
                    Rules.TOTAL_GRAND, Rules.FIGURE_CONSISTENT, Rules.RECONCILE_MINISTRY);
            assertThat(v.findings(Rules.FIGURE_CONSISTENT)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("ministry 국토교통부", "t5/r4/c1 vs t7/r5/c6");
            });
            CheckResult grand = v.checks(Rules.TOTAL_GRAND).stream().filter(c -> !c.passed()).findFirst()
                    .orElseThrow();
            assertThat(grand.difference()).isEqualByComparingTo("5000000000"); // 50억원 too much
        }

        @Test
        void is_kept_out_and_the_matrix_figure_stays() {
            assertThat(v.findings(Rules.TOTAL_QUARANTINED)).singleElement()
                    .satisfies(f -> assertThat(f.source().ref()).isEqualTo("t5/r4/c1"));
            assertThat(v.rejectedTotals()).singleElement()
                    .satisfies(t -> assertThat(t.amountAsWritten()).isEqualTo("3,950.51"));
            assertThat(v.totals()).noneMatch(t -> t.amountAsWritten().equals("3,950.51"));
            assertThat(v.totals()).anyMatch(t -> t.source().ref().equals("t7/r5/c6")
                    && t.amountKrw().compareTo(new BigDecimal("390051000000")) == 0);
            assertThat(v.totals()).hasSize(seed.totals().size() - 1);
        }

        @Test
        void holds_the_document_back_by_default_only() {
            assertThat(v.reconciliationFailed()).isTrue();
            assertThat(v.hasErrors()).isTrue();
            assertThat(VALIDATOR.decide(v).publish()).isFalse();
            assertThat(VALIDATOR.decide(v).reason()).contains("held back");
            assertThat(PublicationPolicy.PUBLISH_ACCEPTED.decide(v).publish()).isTrue();
        }
    }

    @Nested
    class AWrongMatrixCell {

        // given the 2020 matrix printing 환경부's goal-1 cell as 450.37 instead of 405.37
        private final Validation v = VALIDATOR.validate(Seed000.withTotal(seed, Seed000.at(T_MATRIX_2020, 11, 2),
                t -> Seed000.printedAs(t, "450.37")), 2020);

        @Test
        void its_row_and_its_column_fail_and_only_the_cell_is_kept_out() {
            assertThat(v.failedChecks()).extracting(CheckResult::rule).containsExactlyInAnyOrder(
                    Rules.TOTAL_ROW, Rules.TOTAL_COLUMN, Rules.RECONCILE_MINISTRY_GOAL);
            assertThat(v.failedChecks()).filteredOn(c -> c.rule().equals(Rules.TOTAL_ROW))
                    .singleElement().satisfies(c -> assertThat(c.scope()).isEqualTo("2020 plan / t7 / row 환경부"));
            assertThat(v.rejectedTotals()).singleElement().satisfies(t -> {
                assertThat(t.kind()).isEqualTo(TotalKind.MINISTRY_GOAL);
                assertThat(t.ministry()).isEqualTo("환경부");
            });
        }
    }

    @Nested
    class AWrongTaskCount {

        // given target 1-3 of 2020 printed with 9 tasks where the attachment lists 8 lines
        private final Validation v = VALIDATOR.validate(Seed000.withTotal(seed, Seed000.at(T_TARGETS_2020, 3, 2),
                t -> new ReportedTotal(t.kind(), t.fiscalYear(), t.measure(), t.ministry(), t.ministryAsWritten(),
                        t.policyAreaCode(), t.policyArea(), t.policyAreaAsWritten(), 9, t.sharePct(), t.amountKrw(),
                        t.amountAsWritten(), t.unitAsWritten(), t.source())), 2020);

        @Test
        void fails_task_count_and_only_the_count_is_kept_out_since_the_amount_reconciles() {
            assertThat(v.failedChecks()).singleElement().satisfies(c -> {
                assertThat(c.rule()).isEqualTo(Rules.TASK_COUNT);
                assertThat(c.expected()).isEqualByComparingTo("9");
                assertThat(c.computed()).isEqualByComparingTo("8");
                assertThat(c.quantity()).isEqualTo(Quantity.COUNT);
            });
            assertThat(v.rejectedTotals()).isEmpty();
            assertThat(v.findings(Rules.TOTAL_QUARANTINED)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("number of tasks 9", "its amount is kept");
                assertThat(f.source().ref()).isEqualTo("t6/r3/c2");
            });
            assertThat(v.totals()).filteredOn(t -> t.source().ref().equals("t6/r3/c2")).singleElement()
                    .satisfies(t -> {
                        assertThat(t.taskCount()).isNull();
                        assertThat(t.amountKrw()).isEqualByComparingTo("70593000000");
                        assertThat(t.sharePct()).isEqualByComparingTo("2.12");
                    });
        }
    }

    @Nested
    class AWrongShare {

        // given target 1-2 of 2019 printed with a share of 51.00 % instead of 15.00 %
        private final Validation v = VALIDATOR.validate(Seed000.withTotal(seed, Seed000.at(T_TARGETS_2019, 2, 2),
                t -> new ReportedTotal(t.kind(), t.fiscalYear(), t.measure(), t.ministry(), t.ministryAsWritten(),
                        t.policyAreaCode(), t.policyArea(), t.policyAreaAsWritten(), t.taskCount(),
                        new BigDecimal("51.00"), t.amountKrw(), t.amountAsWritten(), t.unitAsWritten(), t.source())),
                2020);

        @Test
        void fails_share_value_and_share_sum_and_only_the_share_is_kept_out() {
            assertThat(v.failedChecks()).extracting(CheckResult::rule)
                    .containsExactlyInAnyOrder(Rules.SHARE_VALUE, Rules.SHARE_SUM);
            CheckResult value = v.checks(Rules.SHARE_VALUE).stream().filter(c -> !c.passed()).findFirst()
                    .orElseThrow();
            assertThat(value.scope()).isEqualTo("2019 actual / target 1-2 share at t2/r2/c2");
            assertThat(value.computed()).isBetween(new BigDecimal("14.99"), new BigDecimal("15.00"));
            assertThat(v.rejectedTotals()).isEmpty();
            assertThat(v.findings(Rules.TOTAL_QUARANTINED)).singleElement()
                    .satisfies(f -> assertThat(f.rawText()).isEqualTo("share 51.00"));
            assertThat(v.totals()).filteredOn(t -> t.source().ref().equals("t2/r2/c2")).singleElement()
                    .satisfies(t -> {
                        assertThat(t.sharePct()).isNull();
                        assertThat(t.amountKrw()).isEqualByComparingTo("422895000000");
                        assertThat(t.taskCount()).isEqualTo(36);
                    });
        }
    }

    @Nested
    class ALineWithAnUnknownUnit {

        // given the first line of target 1-1 read in 백만불, a unit no dictionary of won knows
        private final Validation v = VALIDATOR.validate(Seed000.withLine(seed,
                l -> l.program().startsWith("CDM기반"), l -> new BudgetLine(l.fiscalYear(), l.measure(),
                        l.ministry(), l.ministryAsWritten(), l.policyAreaCode(), l.policyArea(), l.program(),
                        l.isNew(), l.amountKrw(), l.amountAsWritten(), "백만불", l.source())), 2020);

        @Test
        void yields_line_unit_unknown_and_is_kept_out() {
            assertThat(v.findings("line.unit.unknown")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rawText()).startsWith("CDM기반 정밀의료데이터 통합 플랫폼 기술개발사업(R&D)\t6,288");
                assertThat(f.source().ref()).isEqualTo("t8/r1");
            });
            assertThat(v.rejectedLines()).singleElement()
                    .satisfies(l -> assertThat(l.unitAsWritten()).isEqualTo("백만불"));
            assertThat(v.lines()).hasSize(170);
        }

        @Test
        void its_scopes_no_longer_reconcile_and_say_why() {
            assertThat(v.failedChecks()).extracting(CheckResult::rule).contains(Rules.RECONCILE_TARGET,
                    Rules.RECONCILE_MINISTRY, Rules.RECONCILE_GRAND, Rules.TASK_COUNT);
            assertThat(v.findings(Rules.RECONCILE_TARGET)).singleElement().satisfies(f -> assertThat(f.message())
                    .contains("target 1-1", "difference -6288000000", "1 value(s) of this scope were rejected"));
            // the rejected line explains the gap: no accepted line is pointed at
            assertThat(v.findings(Rules.RECONCILE_SUSPECTS)).isEmpty();
            assertThat(v.rejectedTotals()).isEmpty();
            assertThat(VALIDATOR.decide(v).publish()).isFalse();
        }
    }

    @Nested
    class ALineReadWrong {

        // given the line 국가기준점 관리 (1-1, 국토부) read as 16,163 백만원 where the attachment prints 16,063
        private final Validation v = VALIDATOR.validate(Seed000.withLine(seed,
                l -> l.program().equals("국가기준점 관리"), l -> new BudgetLine(l.fiscalYear(), l.measure(),
                        l.ministry(), l.ministryAsWritten(), l.policyAreaCode(), l.policyArea(), l.program(),
                        l.isNew(), Seed000.baekman("16,163"), "16,163", l.unitAsWritten(), l.source())), 2020);

        @Test
        void fails_every_roll_up_it_belongs_to_but_blames_no_printed_total() {
            // 1억 more: beyond even the grand roll-up's tolerance of 172 half steps (86,000,000 won)
            assertThat(v.failedChecks()).extracting(CheckResult::scope).containsExactlyInAnyOrder(
                    "2020 plan / grand total as printed at t4/r1/c4",
                    "2020 plan / grand total as printed at t7/r13/c6",
                    "2020 plan / target 1-1 as printed at t6/r1/c2",
                    "2020 plan / goal 1 as printed at t4/r1/c0",
                    "2020 plan / goal 1 as printed at t7/r13/c2",
                    "2020 plan / ministry 국토교통부 as printed at t5/r4/c1",
                    "2020 plan / ministry 국토교통부 as printed at t7/r5/c6",
                    "2020 plan / ministry 국토교통부, goal 1 as printed at t7/r5/c2");
            assertThat(v.failedChecks()).allSatisfy(c -> assertThat(c.difference()).isEqualByComparingTo("100000000"));
            assertThat(v.checks(Rules.RECONCILE_GRAND)).allSatisfy(c -> assertThat(c.tolerance())
                    .isEqualByComparingTo("86000000"));
            assertThat(v.failedChecks()).extracting(CheckResult::rule).doesNotContain(Rules.TASK_COUNT,
                    Rules.TOTAL_ROW, Rules.TOTAL_COLUMN, Rules.TOTAL_GRAND, Rules.FIGURE_CONSISTENT);
            assertThat(v.rejectedTotals()).isEmpty();
            assertThat(VALIDATOR.decide(v).publish()).isFalse();
        }

        @Test
        void points_at_the_four_lines_of_target_1_1_that_국토교통부_leads() {
            // 국가기준점 관리, 국토교통행정정보시스템구축, 스마트시티 기반구축, 첨단자동차검사연구센터 구축
            assertThat(v.findings(Rules.RECONCILE_SUSPECTS)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("by 100000000 won", "one of these 4");
                assertThat(f.rawText().lines().map(l -> l.split("\t")[0])).containsExactly("국가기준점 관리",
                        "국토교통행정정보시스템구축", "스마트시티 기반구축", "첨단자동차검사연구센터 구축");
            });
        }

        @Test
        void pins_a_line_down_when_it_is_the_only_one_of_its_ministry_under_its_target() {
            // given 공공데이터 개방 및 이용활성화 지원, the one line of 행정안전부 under 1-1, read as 36,388 for 36,288
            Validation one = VALIDATOR.validate(Seed000.withLine(seed,
                    l -> l.program().equals("공공데이터 개방 및 이용활성화 지원"), l -> new BudgetLine(l.fiscalYear(),
                            l.measure(), l.ministry(), l.ministryAsWritten(), l.policyAreaCode(), l.policyArea(),
                            l.program(), l.isNew(), Seed000.baekman("36,388"), "36,388", l.unitAsWritten(),
                            l.source())), 2020);
            assertThat(one.findings(Rules.RECONCILE_SUSPECTS)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("one of these 1");
                assertThat(f.rawText()).startsWith("공공데이터 개방 및 이용활성화 지원\t36,288");
            });
        }
    }

    @Nested
    class ALineWithAMinistryNoDictionaryKnows {

        // given a line whose 주관부처 reads 미래융합부: the reader leaves the ministry unresolved
        private final Validation v = VALIDATOR.validate(Seed000.withLine(seed,
                l -> l.program().equals("환경정보융합빅데이터 플랫폼 구축"), l -> new BudgetLine(l.fiscalYear(),
                        l.measure(), null, "미래융합부", l.policyAreaCode(), l.policyArea(), l.program(), l.isNew(),
                        l.amountKrw(), l.amountAsWritten(), l.unitAsWritten(), l.source())), 2020);

        @Test
        void yields_line_ministry_unresolved_and_is_kept_out() {
            assertThat(v.findings("line.ministry.unresolved")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rawText()).contains("환경정보융합빅데이터 플랫폼 구축");
            });
            assertThat(v.rejectedLines()).extracting(BudgetLine::ministryAsWritten).containsExactly("미래융합부");
            assertThat(v.lines()).extracting(BudgetLine::program).doesNotContain("환경정보융합빅데이터 플랫폼 구축");
            assertThat(v.failedChecks()).extracting(CheckResult::rule).contains(Rules.RECONCILE_MINISTRY);
        }
    }

    @Nested
    class AnUnreadableTotalThatCannotBeProved {

        @Test
        void stays_quarantined_when_its_digits_do_not_start_with_the_proved_value() {
            // given 문화체육관광부 2019 printed 996.11.00: row and column prove 966.11, the text does not agree
            Validation v = VALIDATOR.validate(Seed000.withTotal(seed, Seed000.at(T_MATRIX_2019, 8, 6),
                    t -> Seed000.printedAs(t, "996.11.00")), 2020);
            assertThat(v.repairs()).isEmpty();
            assertThat(v.findings("number.malformed")).hasSize(1);
            assertThat(v.findings(Rules.REPAIR_UNPROVEN)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("do not begin with the proved value 966.11"));
            assertThat(v.rejectedTotals()).extracting(t -> t.source().ref()).containsExactly("t3/r8/c6");
            assertThat(v.totals()).noneMatch(t -> t.source().ref().equals("t3/r8/c6"));
        }

        @Test
        void stays_quarantined_when_row_and_column_disagree() {
            // given the 2019 matrix's 환경부 계 printed 254.7: the column then proves 966.01, the row 966.11
            Validation v = VALIDATOR.validate(Seed000.withTotal(seed, Seed000.at(T_MATRIX_2019, 12, 6),
                    t -> Seed000.printedAs(t, "254.7")), 2020);
            assertThat(v.repairs()).isEmpty();
            assertThat(v.findings(Rules.REPAIR_UNPROVEN)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("row and column disagree"));
            assertThat(v.rejectedTotals()).extracting(t -> t.source().ref()).contains("t3/r8/c6");
        }

        @Test
        void a_malformed_total_outside_a_matrix_is_not_repaired() {
            // given the 부처별 table's 966.11 unreadable too
            Validation v = VALIDATOR.validate(Seed000.withTotal(seed, Seed000.at(Seed000.T_MINISTRIES_2019, 3, 3),
                    t -> Seed000.printedAs(t, "966.1.1")), 2020);
            assertThat(v.repairs()).extracting(Finding::rawText).containsExactly("966.11.00");
            assertThat(v.findings(Rules.REPAIR_UNPROVEN)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("not printed in a ministry × goal matrix"));
            assertThat(v.rejectedTotals()).extracting(t -> t.source().ref()).containsExactly("t1/r3/c3");
        }
    }

    @Test
    void a_fiscal_year_more_than_ten_years_from_the_plan_loads_with_a_warning() {
        // given the document judged against a 2030 plan: 2019 lies 11 years before it, 2020 ten
        Validation v = VALIDATOR.validate(seed, 2030);
        assertThat(v.findings("line.year.plan")).isEmpty();
        assertThat(v.findings("total.year.plan")).hasSize(70)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(v.lines()).hasSize(171);
        assertThat(v.failedChecks()).isEmpty();
        assertThat(v.lines().get(0).measure()).isEqualTo(Measure.PLAN);
    }
}
