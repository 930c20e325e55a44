package dev.planetl.validate.repair;

import java.util.regex.Pattern;

import dev.planetl.read.Finding;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.validate.KrwUnits;
import dev.planetl.validate.Rules;
import dev.planetl.validate.check.MatrixGrid;
import dev.planetl.validate.check.MatrixGrid.Position;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Repairs a printed total that could not be read (amount null, with the reader's {@code number.malformed}
 * finding at the same place) only with proof: it must stand in a ministry × goal matrix whose row arithmetic
 * and column arithmetic, over readable printed figures only, determine the same value, and the printed text's
 * digits must start with that value at the table's precision (seed 000: {@code 966.11.00}, row 812.71 + 153.40
 * = 966.11, column 28,202.24 − the other ministries' 계 = 966.11). The repaired total carries the value used; a
 * {@link Severity#REPAIR} finding {@code repair.arithmetic} with the printed text and both sums replaces the
 * reader's error. Anything short of that stays quarantined. Stateless and thread-safe.
 */
public final class ArithmeticRepair {

    private static final Pattern NON_DIGIT = Pattern.compile("[^0-9]");

    /**
     * @param totals the totals in print order, unreadable ones kept out and repaired ones in their place
     * @param quarantined unreadable totals that could not be repaired
     * @param findings the reader's findings, less the errors a repair answered, plus the repair findings
     */
    public record Outcome(List<ReportedTotal> totals, List<ReportedTotal> quarantined, List<Finding> findings) {

        public Outcome {
            totals = List.copyOf(totals);
            quarantined = List.copyOf(quarantined);
            findings = List.copyOf(findings);
        }
    }

    private final KrwUnits units;

    public ArithmeticRepair(KrwUnits units) {
        this.units = units;
    }

    /**
     * @param totals totals that passed the record constraints, unreadable ones (amount null) included
     * @param rejected totals the record constraints rejected: they stand in the matrix but prove nothing
     * @param readerFindings the findings of the readers
     */
    public Outcome repair(List<ReportedTotal> totals, List<ReportedTotal> rejected, List<Finding> readerFindings) {
        List<ReportedTotal> everything = new ArrayList<>(totals);
        everything.addAll(rejected);
        List<MatrixGrid> grids = MatrixGrid.of(everything);
        List<Finding> findings = new ArrayList<>(readerFindings);
        List<ReportedTotal> kept = new ArrayList<>();
        List<ReportedTotal> quarantined = new ArrayList<>();
        for (ReportedTotal total : totals) {
            if (total.amountKrw() != null) {
                kept.add(total);
                continue;
            }
            Optional<Finding> malformed = readerFindings.stream().filter(f -> isMalformedAt(f, total)).findFirst();
            if (malformed.isEmpty()) {
                findings.add(new Finding(Severity.ERROR, Rules.TOTAL_AMOUNT_MISSING, "a " + total.kind().code()
                        + " total has no amount and no reader finding says why; it is not loaded",
                        text(total.amountAsWritten()), total.source()));
                quarantined.add(total);
                continue;
            }
            String printed = malformed.get().rawText().isEmpty() ? text(total.amountAsWritten())
                    : malformed.get().rawText();
            Optional<MatrixGrid> grid = grids.stream().filter(g -> g.contains(total)).findFirst();
            Proof proof = grid.isEmpty() ? Proof.unproven("it is not printed in a ministry × goal matrix, so no row"
                    + " and column arithmetic can prove its value") : prove(grid.get(), total, printed, rejected);
            if (proof.value() == null) {
                findings.add(new Finding(Severity.WARNING, Rules.REPAIR_UNPROVEN, "printed '" + printed
                        + "' could not be read and is not repaired: " + proof.reason(), printed, total.source()));
                quarantined.add(total);
                continue;
            }
            findings.remove(malformed.get());
            findings.add(new Finding(Severity.REPAIR, Rules.REPAIR_ARITHMETIC, "printed '" + printed
                    + "' could not be read; used " + proof.valueInUnit() + " " + total.unitAsWritten() + " ("
                    + proof.value().toPlainString() + " won), which its row and its column both prove: "
                    + proof.reason(), printed, total.source()));
            kept.add(withAmount(total, proof.value()));
        }
        return new Outcome(kept, quarantined, findings);
    }

    private Proof prove(MatrixGrid grid, ReportedTotal total, String printed, List<ReportedTotal> rejected) {
        Position at = MatrixGrid.position(total).orElseThrow();
        Equation row = Equation.solve("row", grid, at, grid.cellsOfRow(at.row()), new Position(at.row(), null),
                at.isTotalColumn(), rejected, units);
        Equation column = Equation.solve("column", grid, at, grid.cellsOfColumn(at.column()),
                new Position(null, at.column()), at.isTotalRow(), rejected, units);
        if (row.value() == null || column.value() == null) {
            return Proof.unproven((row.value() == null ? row.failure() : column.failure()));
        }
        String both = row.text() + "; " + column.text();
        if (row.value().compareTo(column.value()) != 0) {
            return Proof.unproven("row and column disagree: " + both);
        }
        if (row.value().signum() < 0) {
            return Proof.unproven("the arithmetic gives a negative amount: " + both);
        }
        OptionalInt exponent = units.exponent(total.unitAsWritten());
        if (exponent.isEmpty()) {
            return Proof.unproven("its unit '" + total.unitAsWritten() + "' is not known");
        }
        BigDecimal inUnit;
        try {
            inUnit = row.value().movePointLeft(exponent.getAsInt()).setScale(Math.max(row.decimals(),
                    column.decimals()), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return Proof.unproven("the proved value " + row.value().toPlainString()
                    + " won is finer than the table's precision: " + both);
        }
        String proved = digits(inUnit.toPlainString());
        if (proved.isEmpty() || !digits(printed).startsWith(proved)) {
            return Proof.unproven("the printed digits do not begin with the proved value " + inUnit.toPlainString()
                    + ": " + both);
        }
        return new Proof(row.value(), inUnit.toPlainString(), both);
    }

    private static boolean isMalformedAt(Finding finding, ReportedTotal total) {
        return Rules.NUMBER_MALFORMED.equals(finding.rule()) && finding.source() != null && total.source() != null
                && finding.source().provenance().equals(total.source().provenance());
    }

    private static ReportedTotal withAmount(ReportedTotal t, BigDecimal amountKrw) {
        return new ReportedTotal(t.kind(), t.fiscalYear(), t.measure(), t.ministry(), t.ministryAsWritten(),
                t.policyAreaCode(), t.policyArea(), t.policyAreaAsWritten(), t.taskCount(), t.sharePct(), amountKrw,
                t.amountAsWritten(), t.unitAsWritten(), t.source());
    }

    static String digits(String text) {
        return NON_DIGIT.matcher(text).replaceAll("");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private record Proof(BigDecimal value, String valueInUnit, String reason) {

        static Proof unproven(String reason) {
            return new Proof(null, null, reason);
        }
    }
}
