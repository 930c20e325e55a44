package dev.planetl.truth;

import dev.planetl.truth.PlanTruth.Fact;
import dev.planetl.truth.PlanTruth.Line;
import dev.planetl.truth.PlanTruth.Total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Compares what one rendering landed in the warehouse with its plan's truth, in two directions.
 * <ul>
 *   <li>{@link #wrong()}: every landed row must be a truth row: same keys (program or path, fiscal year, measure,
 *       kind, area code, ministry) and exactly the same amount. An attribute the warehouse leaves null (a ministry it
 *       could not place, an unknown 신규/계속) is missing, not wrong; an attribute it fills must be the truth's.</li>
 *   <li>{@link #missing()}: every truth row must have a landed row equal in every key, null attributes included.</li>
 * </ul>
 * Each landed row is matched with at most one truth row and the other way round (a figure printed twice is two
 * facts).
 */
public record TruthComparison(List<String> wrong, List<Missing> missing) {

    /** A truth row that did not land: its kind (line, total, fact), key, and what landed in its place, if anything. */
    public record Missing(String kind, String key, String partly) {
    }

    /** A line as v_budget_line holds it. */
    public record LandedLine(String program, String ministry, int fiscalYear, String measure, BigDecimal amountKrw,
                             Boolean isNew, String policyAreaCode) {
    }

    /** A total as v_budget_total holds it. */
    public record LandedTotal(String kind, String policyAreaCode, String ministry, int fiscalYear, String measure,
                              BigDecimal amountKrw) {
    }

    /** A fact as v_table_fact holds it. */
    public record LandedFact(String rowPath, String columnPath, int fiscalYear, String measure, String currency,
                             BigDecimal amount, boolean isTotal) {
        String matchKey() {
            return String.join("|", PlanTruth.squeeze(rowPath), PlanTruth.squeeze(columnPath),
                    Integer.toString(fiscalYear), measure, currency, Boolean.toString(isTotal));
        }
    }

    public TruthComparison {
        wrong = List.copyOf(wrong);
        missing = List.copyOf(missing);
    }

    /** facts null: the warehouse has no v_table_fact, so facts are compared neither way. */
    public static TruthComparison compare(PlanTruth truth, List<LandedLine> lines, List<LandedTotal> totals,
                                          List<LandedFact> facts) {
        List<String> wrong = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        match(lines, truth.lines(), TruthComparison::lineCompatible, l -> "line " + l, wrong);
        match(truth.lines(), lines, (t, l) -> lineCompatible(l, t) && lineComplete(l, t), l -> null, null)
                .forEach(t -> missing.add(new Missing("line", t.key(), lines.stream()
                        .filter(l -> lineCompatible(l, t)).findFirst().map(TruthComparison::unplaced).orElse(""))));
        match(totals, truth.totals(), TruthComparison::totalCompatible, t -> "total " + t, wrong);
        match(truth.totals(), totals, (t, l) -> totalCompatible(l, t) && totalComplete(l, t), t -> null, null)
                .forEach(t -> missing.add(new Missing("total", t.key(), totals.stream()
                        .filter(l -> totalCompatible(l, t)).findFirst().map(TruthComparison::unplaced).orElse(""))));
        if (facts != null) {
            match(facts, truth.facts(), TruthComparison::factEqual, f -> "fact " + f, wrong);
            match(truth.facts(), facts, (t, l) -> factEqual(l, t), f -> null, null)
                    .forEach(t -> missing.add(new Missing("fact", t.key(), "")));
        }
        return new TruthComparison(wrong, missing);
    }

    /** Matches each of {@code rows} with a distinct candidate; returns (and describes into out) those without one. */
    private static <A, B> List<A> match(List<A> rows, List<B> candidates, BiPredicate<A, B> fits,
                                        java.util.function.Function<A, String> describe, List<String> out) {
        boolean[] used = new boolean[candidates.size()];
        List<A> unmatched = new ArrayList<>();
        for (A row : rows) {
            int found = -1;
            for (int i = 0; i < candidates.size() && found < 0; i++) {
                if (!used[i] && fits.test(row, candidates.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                unmatched.add(row);
                if (out != null) {
                    out.add(describe.apply(row));
                }
            } else {
                used[found] = true;
            }
        }
        return unmatched;
    }

    private static String unplaced(LandedLine l) {
        List<String> none = new ArrayList<>();
        if (l.ministry() == null) {
            none.add("ministry");
        }
        if (l.isNew() == null) {
            none.add("is_new");
        }
        if (l.policyAreaCode() == null) {
            none.add("policy_area_code");
        }
        return "lands without " + String.join(", ", none);
    }

    private static String unplaced(LandedTotal t) {
        return "lands without " + (t.policyAreaCode() == null ? "policy_area_code" : "ministry");
    }

    private static boolean lineCompatible(LandedLine l, Line t) {
        return PlanTruth.programKey(l.program()).equals(PlanTruth.programKey(t.program()))
                && l.fiscalYear() == t.fiscalYear() && l.measure().equals(t.measure())
                && l.amountKrw().compareTo(t.amountKrw()) == 0
                && (l.ministry() == null || l.ministry().equals(t.ministry()))
                && (l.isNew() == null || t.isNew().isEmpty() || l.isNew().toString().equals(t.isNew()))
                && (l.policyAreaCode() == null || t.policyAreaCode().isEmpty()
                        || l.policyAreaCode().equals(t.policyAreaCode()));
    }

    private static boolean lineComplete(LandedLine l, Line t) {
        return l.ministry() != null && (t.isNew().isEmpty() || l.isNew() != null)
                && (t.policyAreaCode().isEmpty() || l.policyAreaCode() != null);
    }

    private static boolean totalCompatible(LandedTotal l, Total t) {
        return l.kind().equals(t.kind()) && l.fiscalYear() == t.fiscalYear() && l.measure().equals(t.measure())
                && l.amountKrw().compareTo(t.amountKrw()) == 0
                && (l.policyAreaCode() == null || l.policyAreaCode().equals(t.policyAreaCode()))
                && (l.ministry() == null || l.ministry().equals(t.ministry()));
    }

    private static boolean totalComplete(LandedTotal l, Total t) {
        return (t.policyAreaCode().isEmpty() || l.policyAreaCode() != null)
                && (t.ministry().isEmpty() || l.ministry() != null);
    }

    private static boolean factEqual(LandedFact l, Fact t) {
        return l.matchKey().equals(t.matchKey()) && l.amount().compareTo(t.amount()) == 0;
    }
}
