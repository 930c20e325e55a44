package dev.planetl.validate.repair;

import dev.planetl.read.ReportedTotal;
import dev.planetl.validate.KrwUnits;
import dev.planetl.validate.check.MatrixGrid;
import dev.planetl.validate.check.MatrixGrid.Position;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one line of a matrix (a row or a column) says an unknown figure in it must be: the sum of its cells when
 * the unknown is the line's total, else the line's total less its other cells. A blank cell is nothing; a
 * printed figure that is unreadable or rejected leaves the line unable to prove anything.
 *
 * @param value the value in won, or null when the line cannot determine it
 * @param decimals the most decimals any printed figure used shows
 * @param text the sum as printed, e.g. {@code row 812.71 + 153.40 = 966.11}
 * @param failure why the line cannot determine the value, or null
 */
record Equation(BigDecimal value, int decimals, String text, String failure) {

    static Equation solve(String name, MatrixGrid grid, Position unknown, List<Position> cells, Position lineTotal,
                          boolean unknownIsTotal, List<ReportedTotal> rejected, KrwUnits units) {
        List<ReportedTotal> terms = new ArrayList<>();
        for (Position cell : cells) {
            if (!cell.equals(unknown)) terms.add(grid.at(cell).orElseThrow());
        }
        ReportedTotal total = null;
        if (!unknownIsTotal) {
            Optional<ReportedTotal> printed = grid.at(lineTotal);
            if (printed.isEmpty()) return failed(name + " has no printed total");
            total = printed.get();
        } else if (terms.isEmpty()) {
            return failed(name + " has no printed cell");
        }
        List<ReportedTotal> used = new ArrayList<>(terms);
        if (total != null) used.add(total);
        for (ReportedTotal figure : used) {
            if (figure.amountKrw() == null || rejected.stream().anyMatch(r -> r == figure)) {
                return failed(name + " holds another figure that could not be used: '" + figure.amountAsWritten()
                        + "' at " + figure.source().ref());
            }
        }
        BigDecimal sum = terms.stream().map(ReportedTotal::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add);
        int decimals = used.stream().mapToInt(f -> KrwUnits.decimals(f.amountAsWritten()).orElse(0)).max().orElse(0);
        String printedTerms = terms.stream().map(ReportedTotal::amountAsWritten).collect(Collectors.joining(" + "));
        if (total == null) {
            return new Equation(sum, decimals, name + " " + printedTerms + " = " + inUnitOf(sum, terms.get(0), units, decimals), null);
        }
        BigDecimal value = total.amountKrw().subtract(sum);
        String text = name + " " + total.amountAsWritten() + (terms.isEmpty() ? "" : " − (" + printedTerms + ")")
                + " = " + inUnitOf(value, total, units, decimals);
        return new Equation(value, decimals, text, null);
    }

    /** The value in the unit of a figure printed beside it, for the proof's text. */
    private static String inUnitOf(BigDecimal won, ReportedTotal beside, KrwUnits units, int decimals) {
        int exponent = units.exponent(beside.unitAsWritten()).orElse(0);
        return won.movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Equation failed(String why) {
        return new Equation(null, 0, null, why);
    }
}
