package dev.planetl.truth;

import dev.planetl.truth.PlanTruth.Fact;
import dev.planetl.truth.PlanTruth.Line;
import dev.planetl.truth.PlanTruth.Total;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The truth of the test plans is internally consistent: every printed total in it is recomputed from its parts
 * (a 소계 or 합계 row from the rows it closes, a 합계 column from the columns beside it, each total of the totals
 * file from the plan's lines or, where it lists none for that year, from the finer totals), every line and total
 * is a figure the plan's tables print, and the gap list names only truth rows that exist.
 */
class PlanTruthConsistencyTest {

    static List<String> stems() {
        return PlanTruth.stems();
    }

    @Test
    void thereAreAtLeastSixPlansWithTruth() {
        assertThat(stems()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void everyTotalRowAndColumnOfTheFactsEqualsTheSumOfItsParts(String stem) {
        List<Fact> facts = PlanTruth.load(stem).facts();
        assertThat(facts).isNotEmpty();
        int checked = 0;
        for (Fact total : facts) {
            boolean totalRow = PlanTruth.isTotalLabel(total.rowPath());
            boolean totalColumn = PlanTruth.isTotalLabel(total.columnPath());
            assertThat(total.isTotal()).as("is_total of %s", total.key()).isEqualTo(totalRow || totalColumn);
            if (totalRow) {
                String prefix = parent(total.rowPath());
                List<Fact> parts = facts.stream().filter(f -> f.tableCaption().equals(total.tableCaption())
                        && f.columnPath().equals(total.columnPath()) && !PlanTruth.isTotalLabel(f.rowPath())
                        && (prefix.isEmpty() || f.rowPath().startsWith(prefix + " › "))).toList();
                assertThat(parts).as("parts of %s", total.key()).isNotEmpty();
                assertThat(sum(parts)).as(total.key()).isEqualByComparingTo(total.amount());
                checked++;
            }
            if (totalColumn && !totalRow) {
                List<Fact> parts = facts.stream().filter(f -> f.tableCaption().equals(total.tableCaption())
                        && f.rowPath().equals(total.rowPath()) && !PlanTruth.isTotalLabel(f.columnPath())).toList();
                assertThat(parts).as("parts of %s", total.key()).isNotEmpty();
                assertThat(sum(parts)).as(total.key()).isEqualByComparingTo(total.amount());
                checked++;
            }
        }
        assertThat(checked).as("printed totals checked in %s", stem).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void everyTotalEqualsItsLinesOrItsFinerTotals(String stem) {
        PlanTruth truth = PlanTruth.load(stem);
        assertThat(truth.totals()).isNotEmpty();
        for (Total t : truth.totals()) {
            List<Line> lines = truth.lines().stream()
                    .filter(l -> l.fiscalYear() == t.fiscalYear() && l.measure().equals(t.measure())).toList();
            if (!lines.isEmpty()) {
                Predicate<Line> mine = switch (t.kind()) {
                    case "grand" -> l -> true;
                    case "goal", "target" -> l -> l.policyAreaCode().equals(t.policyAreaCode());
                    case "ministry" -> l -> l.ministry().equals(t.ministry());
                    case "ministry_goal" -> l -> l.ministry().equals(t.ministry())
                            && l.policyAreaCode().equals(t.policyAreaCode());
                    default -> throw new IllegalArgumentException("kind " + t.kind());
                };
                List<Line> parts = lines.stream().filter(mine).toList();
                assertThat(parts).as("lines of %s", t.key()).isNotEmpty();
                assertThat(parts.stream().map(Line::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("lines of %s", t.key()).isEqualByComparingTo(t.amountKrw());
                continue;
            }
            List<Total> sameYear = truth.totals().stream()
                    .filter(o -> o.fiscalYear() == t.fiscalYear() && o.measure().equals(t.measure())).toList();
            List<List<Total>> partitions = switch (t.kind()) {
                case "grand" -> List.of(kind(sameYear, "goal"), kind(sameYear, "ministry"));
                case "goal" -> List.of(kind(sameYear, "ministry_goal").stream()
                        .filter(o -> o.policyAreaCode().equals(t.policyAreaCode())).toList());
                case "ministry" -> List.of(kind(sameYear, "ministry_goal").stream()
                        .filter(o -> o.ministry().equals(t.ministry())).toList());
                default -> List.of();
            };
            for (List<Total> parts : partitions) {
                if (!parts.isEmpty()) {
                    assertThat(parts.stream().map(Total::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add))
                            .as("finer totals of %s", t.key()).isEqualByComparingTo(t.amountKrw());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void everyLineAndTotalIsAFigureATablePrints(String stem) {
        PlanTruth truth = PlanTruth.load(stem);
        Set<String> printed = new HashSet<>();
        for (Fact f : truth.facts()) {
            printed.add(f.fiscalYear() + " " + f.measure() + " " + f.amount().stripTrailingZeros().toPlainString());
        }
        for (Line l : truth.lines()) {
            assertThat(printed).as("line %s", l.key()).contains(
                    l.fiscalYear() + " " + l.measure() + " " + l.amountKrw().stripTrailingZeros().toPlainString());
        }
        for (Total t : truth.totals()) {
            assertThat(printed).as("total %s", t.key()).contains(
                    t.fiscalYear() + " " + t.measure() + " " + t.amountKrw().stripTrailingZeros().toPlainString());
        }
        Set<String> keys = new HashSet<>();
        truth.lines().forEach(l -> assertThat(keys.add("line " + l.key())).as("line key %s unique", l.key()).isTrue());
        truth.totals().forEach(t -> assertThat(keys.add("total " + t.key())).as("total %s unique", t.key()).isTrue());
        truth.facts().forEach(f -> assertThat(keys.add("fact " + f.key())).as("fact %s unique", f.key()).isTrue());
    }

    @Test
    void everyKnownGapNamesATruthRowOfAPlanAndARendering() {
        List<String> problems = new ArrayList<>();
        for (KnownGaps.Gap g : KnownGaps.load().all()) {
            if (!stems().contains(g.plan())) {
                problems.add("no plan " + g.plan());
                continue;
            }
            PlanTruth truth = PlanTruth.load(g.plan());
            boolean exists = switch (g.kind()) {
                case "line" -> truth.lines().stream().anyMatch(l -> l.key().equals(g.key()));
                case "total" -> truth.totals().stream().anyMatch(t -> t.key().equals(g.key()));
                case "fact" -> truth.facts().stream().anyMatch(f -> f.key().equals(g.key()));
                default -> false;
            };
            if (!exists || !OtherPlans.RENDERINGS.contains(g.rendering()) || g.reason().isBlank()) {
                problems.add(g.plan() + " " + g.rendering() + " " + g.kind() + " " + g.key());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Total> kind(List<Total> totals, String kind) {
        return totals.stream().filter(t -> t.kind().equals(kind)).toList();
    }

    private static String parent(String path) {
        int at = path.lastIndexOf(" › ");
        return at < 0 ? "" : path.substring(0, at);
    }

    private static BigDecimal sum(List<Fact> facts) {
        return facts.stream().map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
