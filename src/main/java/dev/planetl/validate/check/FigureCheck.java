package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.Period;
import dev.planetl.validate.Quantity;
import dev.planetl.validate.Rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code figure.consistent}: a figure the document prints in more than one place (a ministry's total in the
 * 부처별 table and in the matrix's 계 column, the grand total in the 분야별 table and the matrix) agrees. Each
 * later printing is compared with the first.
 */
public final class FigureCheck implements Check {

    private record FigureKey(TotalKind kind, Period period, String ministry, String areaCode) {
    }

    private final Steps steps;

    public FigureCheck(Steps steps) {
        this.steps = steps;
    }

    @Override
    public List<Evaluation> evaluate(CheckInput input) {
        Map<FigureKey, List<ReportedTotal>> printings = new LinkedHashMap<>();
        for (ReportedTotal total : input.totals()) {
            FigureKey key = new FigureKey(total.kind(), Period.of(total), total.ministry(), total.policyAreaCode());
            printings.computeIfAbsent(key, k -> new ArrayList<>()).add(total);
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (List<ReportedTotal> same : printings.values()) {
            ReportedTotal first = same.get(0);
            for (ReportedTotal other : same.subList(1, same.size())) {
                String scope = Period.of(first).label() + " / " + Figures.what(first) + " / "
                        + Figures.ref(first) + " vs " + Figures.ref(other);
                List<SourceRef> sources = new ArrayList<>();
                if (first.source() != null) sources.add(first.source());
                if (other.source() != null) sources.add(other.source());
                CheckResult result = CheckResult.of(Rules.FIGURE_CONSISTENT, scope, Period.of(first),
                        first.amountKrw(), other.amountKrw(), steps.halfStep(first).add(steps.halfStep(other)),
                        Quantity.WON, sources);
                evaluations.add(new Evaluation(result, List.of(Participant.amount(first), Participant.amount(other)),
                        true, first.amountAsWritten() + " vs " + other.amountAsWritten(), 0));
            }
        }
        return evaluations;
    }
}
