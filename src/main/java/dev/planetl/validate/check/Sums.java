package dev.planetl.validate.check;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.SourceRef;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.Period;
import dev.planetl.validate.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the evaluation of "a printed total = the sum of other printed figures". */
final class Sums {

    private final Steps steps;

    Sums(Steps steps) {
        this.steps = steps;
    }

    /** A printed total against other printed totals; every amount takes part in deciding which one is wrong. */
    Evaluation ofTotals(String rule, String scope, ReportedTotal expected, List<ReportedTotal> addends,
                        int rejectedInScope) {
        BigDecimal computed = BigDecimal.ZERO;
        BigDecimal tolerance = steps.halfStep(expected);
        List<SourceRef> sources = new ArrayList<>();
        sources.add(expected.source());
        List<Participant> participants = new ArrayList<>();
        participants.add(Participant.amount(expected));
        for (ReportedTotal addend : addends) {
            computed = computed.add(addend.amountKrw());
            tolerance = tolerance.add(steps.halfStep(addend));
            sources.add(addend.source());
            participants.add(Participant.amount(addend));
        }
        CheckResult result = CheckResult.of(rule, scope, Period.of(expected), expected.amountKrw(), computed,
                tolerance, Quantity.WON, sources.stream().filter(Objects::nonNull).toList());
        return new Evaluation(result, participants, true, expected.amountAsWritten(), rejectedInScope);
    }

    /**
     * A printed total against the project lines under it. Lines cannot be told apart by such a sum, so the
     * evaluation is not decisive: a failure holds the document back but blames no single figure.
     */
    Evaluation ofLines(String rule, String scope, ReportedTotal expected, List<BudgetLine> lines,
                       int rejectedInScope) {
        BigDecimal computed = BigDecimal.ZERO;
        BigDecimal tolerance = steps.halfStep(expected);
        List<SourceRef> sources = new ArrayList<>();
        sources.add(expected.source());
        for (BudgetLine line : lines) {
            computed = computed.add(line.amountKrw());
            tolerance = tolerance.add(steps.halfStep(line));
            sources.add(line.source());
        }
        CheckResult result = CheckResult.of(rule, scope, Period.of(expected), expected.amountKrw(), computed,
                tolerance, Quantity.WON, sources.stream().filter(Objects::nonNull).toList());
        return new Evaluation(result, List.of(Participant.amount(expected)), false, expected.amountAsWritten(),
                rejectedInScope);
    }
}
