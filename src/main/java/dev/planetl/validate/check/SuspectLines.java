package dev.planetl.validate.check;

import dev.planetl.read.Finding;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.Period;
import dev.planetl.validate.Quantity;
import dev.planetl.validate.Rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where a line read wrong can be: a wrong line makes its target's and its ministry's roll-ups fail by the same
 * difference, so it is among the lines both failed roll-ups hold. A sum of lines cannot prove which one is off,
 * so this only points a steward at the candidates ({@code reconcile.suspects}, a warning); it rejects nothing.
 * A roll-up that misses a line the constraints rejected is explained by that line, and points at nothing.
 */
public final class SuspectLines {

    private record Key(Period period, BigDecimal difference) {
    }

    private SuspectLines() {
    }

    public static List<Finding> of(List<Evaluation> evaluations) {
        List<CheckResult> results = evaluations.stream().filter(e -> e.rejectedInScope() == 0)
                .map(Evaluation::result).toList();
        Map<Key, List<CheckResult>> byTarget = new LinkedHashMap<>();
        Map<Key, List<CheckResult>> byMinistry = new LinkedHashMap<>();
        for (CheckResult r : results) {
            if (r.passed() || r.quantity() != Quantity.WON) continue;
            Key key = new Key(new Period(r.fiscalYear(), r.measure()), r.difference().stripTrailingZeros());
            if (r.rule().equals(Rules.RECONCILE_TARGET)) {
                byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            } else if (r.rule().equals(Rules.RECONCILE_MINISTRY)) {
                byMinistry.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byTarget.forEach((key, targets) -> {
            List<CheckResult> ministries = byMinistry.get(key);
            if (ministries == null) return;
            for (CheckResult target : targets) {
                for (CheckResult ministry : ministries.stream().filter(distinctScopes()).toList()) {
                    Set<SourceRef> candidates = new LinkedHashSet<>(lines(target));
                    candidates.retainAll(Set.copyOf(lines(ministry)));
                    if (candidates.isEmpty()) continue;
                    findings.add(new Finding(Severity.WARNING, Rules.RECONCILE_SUSPECTS, key.period().label()
                            + ": the lines differ from the printed totals by " + key.difference().toPlainString()
                            + " won in " + target.scope() + " and in " + ministry.scope()
                            + "; the line read wrong is one of these " + candidates.size() + ": "
                            + candidates.stream().map(SourceRef::ref).collect(Collectors.joining(", ")),
                            candidates.stream().map(SourceRef::raw).collect(Collectors.joining("\n")),
                            candidates.iterator().next()));
                }
            }
        });
        return findings;
    }

    /** The lines a roll-up added: its sources after the printed total. */
    private static List<SourceRef> lines(CheckResult r) {
        return r.sources().subList(Math.min(1, r.sources().size()), r.sources().size());
    }

    /** A ministry printed twice is reconciled twice over the same lines: keep the first. */
    private static Predicate<CheckResult> distinctScopes() {
        Set<List<SourceRef>> seen = new HashSet<>();
        return r -> seen.add(lines(r));
    }
}
