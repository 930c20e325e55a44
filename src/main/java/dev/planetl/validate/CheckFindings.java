package dev.planetl.validate;

import dev.planetl.read.Finding;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.ReportedTotal;
import dev.planetl.validate.check.Blame;
import dev.planetl.validate.check.Participant;
import dev.planetl.validate.check.Evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The findings the cross-checks give: an error per failed check, a warning per check passed only by rounding. */
final class CheckFindings {

    private CheckFindings() {
    }

    static Optional<Finding> of(Evaluation evaluation) {
        CheckResult r = evaluation.result();
        SourceRef where = r.sources().isEmpty() ? null : r.sources().get(0);
        if (!r.passed()) {
            String kept = evaluation.rejectedInScope() == 0 ? ""
                    : "; " + evaluation.rejectedInScope() + " value(s) of this scope were rejected before the check";
            return Optional.of(new Finding(Severity.ERROR, r.rule(), r.scope() + ": printed "
                    + plain(r.expected()) + " but the figures give " + plain(r.computed()) + " (difference "
                    + plain(r.difference()) + ", tolerance " + plain(r.tolerance()) + " " + r.quantity().code() + ")"
                    + kept, evaluation.rawText(), where));
        }
        if (r.quantity() == Quantity.WON && r.difference().signum() != 0) {
            return Optional.of(new Finding(Severity.WARNING, r.rule(), r.scope() + ": agrees only within rounding,"
                    + " difference " + plain(r.difference()) + " won (tolerance " + plain(r.tolerance()) + " won)",
                    evaluation.rawText(), where));
        }
        return Optional.empty();
    }

    static Finding quarantined(Blame.Blamed blamed) {
        String failed = blamed.failed().stream().map(e -> e.result().rule() + " (" + e.result().scope() + ")")
                .distinct().collect(Collectors.joining(", "));
        ReportedTotal total = blamed.total();
        if (blamed.amountWrong()) {
            String text = total.amountAsWritten() == null ? "" : total.amountAsWritten();
            return new Finding(Severity.ERROR, Rules.TOTAL_QUARANTINED, "taken for the wrong figure and not loaded: "
                    + "every check of it failed and none vouches for it: " + failed, text, total.source());
        }
        List<String> figures = new ArrayList<>();
        if (blamed.parts().contains(Participant.Part.SHARE)) figures.add("share " + total.sharePct());
        if (blamed.parts().contains(Participant.Part.TASK_COUNT)) figures.add("number of tasks " + total.taskCount());
        String what = String.join(" and ", figures);
        return new Finding(Severity.ERROR, Rules.TOTAL_QUARANTINED, "its printed " + what + " taken for the wrong "
                + "figure and not loaded; its amount is kept: " + failed, what, total.source());
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
