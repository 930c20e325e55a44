package dev.planetl.validate;

import dev.planetl.read.Finding;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What to do with a document some of whose figures were rejected or do not reconcile. */
public enum PublicationPolicy {

    /** Publish the document without its rejected values, whatever the checks say. */
    PUBLISH_ACCEPTED,

    /**
     * Hold the whole document back when any cross-check fails or any error finding concerns a figure it would
     * publish (a value rejected, a figure no reader could place, a total taken for the wrong one, in a table that
     * still publishes other figures, or about the document as a whole): the warehouse then never holds a part of a
     * document that would disagree with a total it prints, even where the total itself could not be checked. An
     * error inside a table that publishes nothing at all (its unit nowhere printed, say) or about a prose figure
     * concerns only the value it quarantines; the document is then published with findings (exit 1). The default.
     */
    HOLD_BACK_ON_ERROR;

    public static final PublicationPolicy DEFAULT = HOLD_BACK_ON_ERROR;

    public PublicationDecision decide(Validation validation) {
        long failed = validation.failedChecks().size();
        int rejected = validation.rejectedLines().size() + validation.rejectedTotals().size();
        return switch (this) {
            case PUBLISH_ACCEPTED -> new PublicationDecision(true, "published without its " + rejected
                    + " rejected value(s); " + failed + " check(s) failed");
            case HOLD_BACK_ON_ERROR -> {
                if (validation.reconciliationFailed()) {
                    yield new PublicationDecision(false, "held back: " + failed + " check(s) failed, first "
                            + validation.failedChecks().get(0).rule() + " (" + validation.failedChecks().get(0).scope()
                            + ")");
                }
                Set<String> publishing = tablesPublishing(validation);
                List<Finding> concerning = validation.findings(Severity.ERROR).stream()
                        .filter(f -> concernsPublished(f, publishing)).toList();
                if (!concerning.isEmpty()) {
                    Finding f = concerning.get(0);
                    yield new PublicationDecision(false, "held back: " + rejected + " value(s) rejected, "
                            + concerning.size() + " error finding(s) about figures it would publish, first "
                            + f.rule() + " (" + f.message() + ")");
                }
                long quarantined = errors(validation);
                yield new PublicationDecision(true, quarantined == 0 ? "every check passed, no value rejected"
                        : "every check passed; " + quarantined + " error finding(s) concern only the values they "
                        + "keep out (unreadable cells of tables that publish nothing, prose mentions)");
            }
        };
    }

    /** The tables (page and index) any line, total or fact that would be published comes from. */
    static Set<String> tablesPublishing(Validation validation) {
        Set<String> tables = new HashSet<>();
        validation.lines().forEach(l -> tableOf(l.source()).ifPresent(tables::add));
        validation.totals().forEach(t -> tableOf(t.source()).ifPresent(tables::add));
        validation.facts().forEach(f -> tableOf(f.source()).ifPresent(tables::add));
        return tables;
    }

    /**
     * Whether an error finding concerns a figure the document would publish. A cell that could not be read
     * ({@code number.*}, {@code unit.*}) or a prose mention ({@code mention.*}) concerns only its own value, kept
     * out, unless its table publishes other figures, whose printed totals it would be missing from. Every other
     * error (a table no reader could place, a ministry or area unresolved, a total taken for the wrong one, one
     * about the whole document) concerns the document: a part of it could disagree with what it prints.
     */
    static boolean concernsPublished(Finding finding, Set<String> publishingTables) {
        if (!concernsOnlyItsValue(finding.rule())) {
            return true;
        }
        return tableOf(finding.source()).map(publishingTables::contains).orElse(false);
    }

    private static boolean concernsOnlyItsValue(String rule) {
        return rule.startsWith("number.") || rule.startsWith("unit.") || rule.startsWith("mention.");
    }

    private static Optional<String> tableOf(SourceRef source) {
        if (source == null || source.provenance().tableIndex() == null) {
            return Optional.empty();
        }
        return Optional.of(source.provenance().page() + "/" + source.provenance().tableIndex());
    }

    private static long errors(Validation validation) {
        return validation.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }
}
