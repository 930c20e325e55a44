package dev.planetl.validate;

import dev.planetl.read.Severity;

/** What to do with a document some of whose figures were rejected or do not reconcile. */
public enum PublicationPolicy {

    /** Publish the document without its rejected values, whatever the checks say. */
    PUBLISH_ACCEPTED,

    /**
     * Hold the whole document back when any cross-check fails or any finding is an error (a value rejected, a
     * figure no reader could place, a total taken for the wrong one): the warehouse then never holds a part of a
     * document that would disagree with a total it prints, even where the total itself could not be checked.
     * The default.
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
                var error = validation.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
                yield error.map(f -> new PublicationDecision(false, "held back: " + rejected + " value(s) rejected, "
                                + errors(validation) + " error finding(s), first " + f.rule() + " ("
                                + f.message() + ")"))
                        .orElseGet(() -> new PublicationDecision(true, "every check passed, no value rejected"));
            }
        };
    }

    private static long errors(Validation validation) {
        return validation.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }
}
