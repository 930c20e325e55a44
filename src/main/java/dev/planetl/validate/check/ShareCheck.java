package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.Period;
import dev.planetl.validate.Quantity;
import dev.planetl.validate.Rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code share.value}: a printed share equals amount / grand total × 100, within half a step of the share as
 * printed plus what the rounding of the amount and of the grand total can move it
 * ({@code 100 × (δamount + share/100 × δgrand) / grand}).
 * {@code share.sum}: the shares one table prints for one kind of total add up to 100, within half a step of
 * each printed share.
 */
public final class ShareCheck implements Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private final Steps steps;

    public ShareCheck(Steps steps) {
        this.steps = steps;
    }

    @Override
    public List<Evaluation> evaluate(CheckInput input) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (ReportedTotal total : input.totals()) {
            if (total.sharePct() != null && total.kind() != TotalKind.GRAND) {
                value(total, input.totals()).ifPresent(evaluations::add);
            }
        }
        evaluations.addAll(sums(input));
        return evaluations;
    }

    private Optional<Evaluation> value(ReportedTotal total, List<ReportedTotal> totals) {
        Optional<ReportedTotal> found = Figures.grandFor(total, totals);
        if (found.isEmpty() || found.get().amountKrw().signum() == 0) return Optional.empty();
        ReportedTotal grand = found.get();
        BigDecimal ratio = total.amountKrw().divide(grand.amountKrw(), PRECISION);
        BigDecimal computed = ratio.multiply(HUNDRED).setScale(6, RoundingMode.HALF_EVEN);
        BigDecimal tolerance = Steps.halfShareStep(total.sharePct()).add(HUNDRED
                .multiply(steps.halfStep(total).add(ratio.multiply(steps.halfStep(grand))))
                .divide(grand.amountKrw(), PRECISION)).setScale(6, RoundingMode.UP);
        List<SourceRef> sources = new ArrayList<>();
        sources.add(total.source());
        sources.add(grand.source());
        CheckResult result = CheckResult.of(Rules.SHARE_VALUE, Period.of(total).label() + " / "
                        + Figures.what(total) + " share at " + Figures.ref(total), Period.of(total), total.sharePct(),
                computed, tolerance, Quantity.PERCENT, sources.stream().filter(Objects::nonNull).toList());
        // a share hardly moves with its grand total (100억 on 33,365억 moves 0.94 % by 0.003), so a pass vouches
        // for the share and its own amount only
        return Optional.of(new Evaluation(result, List.of(Participant.share(total), Participant.amount(total),
                Participant.amount(grand)), List.of(Participant.share(total), Participant.amount(total)), true,
                total.sharePct().toPlainString(), 0));
    }

    private List<Evaluation> sums(CheckInput input) {
        record Group(TableKey table, TotalKind kind) {
        }
        Map<Group, List<ReportedTotal>> groups = new LinkedHashMap<>();
        for (ReportedTotal total : input.totals()) {
            TableKey table = TableKey.of(total);
            if (table != null && total.sharePct() != null && total.kind() != TotalKind.GRAND) {
                groups.computeIfAbsent(new Group(table, total.kind()), g -> new ArrayList<>()).add(total);
            }
        }
        List<Evaluation> evaluations = new ArrayList<>();
        groups.forEach((group, shared) -> {
            int kept = (int) input.rejectedTotals().stream().filter(t -> t.sharePct() != null
                    && t.kind() == group.kind() && group.table().equals(TableKey.of(t))).count();
            if (shared.size() + kept < 2) return;
            BigDecimal sum = shared.stream().map(ReportedTotal::sharePct).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal tolerance = shared.stream().map(t -> Steps.halfShareStep(t.sharePct()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            CheckResult result = CheckResult.of(Rules.SHARE_SUM, group.table().label() + " / shares of "
                            + group.kind().code() + " totals", group.table().period(), HUNDRED, sum, tolerance,
                    Quantity.PERCENT, shared.stream().map(ReportedTotal::source).filter(Objects::nonNull).toList());
            evaluations.add(new Evaluation(result, shared.stream().map(Participant::share).toList(), true,
                    shared.stream().map(t -> t.sharePct().toPlainString()).collect(Collectors.joining(" + ")), kept));
        });
        return evaluations;
    }
}
