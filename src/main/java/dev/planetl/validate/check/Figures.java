package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import dev.planetl.validate.Period;

import java.util.List;
import java.util.Optional;

/** Lookups among the printed totals, in the order the document prints them. */
final class Figures {

    private Figures() {
    }

    /** The grand total of the period: the one printed in the same table if any, else the first printed. */
    static Optional<ReportedTotal> grandFor(ReportedTotal total, List<ReportedTotal> totals) {
        Period period = Period.of(total);
        TableKey table = TableKey.of(total);
        List<ReportedTotal> grands = totals.stream()
                .filter(t -> t.kind() == TotalKind.GRAND && Period.of(t).equals(period)).toList();
        return grands.stream().filter(g -> table != null && table.equals(TableKey.of(g))).findFirst()
                .or(() -> grands.stream().findFirst());
    }

    /** The first printed total of a goal in the period. */
    static Optional<ReportedTotal> goal(String code, Period period, List<ReportedTotal> totals) {
        return totals.stream().filter(t -> t.kind() == TotalKind.GOAL && code.equals(t.policyAreaCode())
                && Period.of(t).equals(period)).findFirst();
    }

    /** What a total is of, for a person: {@code grand total}, {@code goal 1}, {@code ministry 환경부}. */
    static String what(ReportedTotal total) {
        if (total.kind() == null) return "total";
        return switch (total.kind()) {
            case GRAND -> "grand total";
            case GOAL -> "goal " + total.policyAreaCode();
            case TARGET -> "target " + total.policyAreaCode();
            case MINISTRY -> "ministry " + total.ministry();
            case MINISTRY_GOAL -> "ministry " + total.ministry() + ", goal " + total.policyAreaCode();
        };
    }

    /** The goal a target or area code belongs to: {@code 1} for {@code 1-2}. */
    static String goalOf(String areaCode) {
        int dash = areaCode.indexOf('-');
        return dash < 0 ? areaCode : areaCode.substring(0, dash);
    }

    static String ref(ReportedTotal total) {
        return total.source() == null ? "?" : total.source().ref();
    }

    static boolean is(TotalKind kind, ReportedTotal total) {
        return total.kind() == kind;
    }
}
