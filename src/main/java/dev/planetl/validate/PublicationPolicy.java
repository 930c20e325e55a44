package dev.planetl.validate;

/** What to do with a document some of whose figures were rejected or do not reconcile. */
public enum PublicationPolicy {

    /** Publish the document without its rejected values, whatever the checks say. */
    PUBLISH_ACCEPTED,

    /**
     * Hold the whole document back when any cross-check fails. A value kept out of a scope some check covers
     * makes that check fail, so a document is held back as soon as its loaded figures would not add up to the
     * totals it prints. The default.
     */
    HOLD_BACK_ON_ERROR;

    public static final PublicationPolicy DEFAULT = HOLD_BACK_ON_ERROR;

    public PublicationDecision decide(Validation validation) {
        long failed = validation.failedChecks().size();
        int rejected = validation.rejectedLines().size() + validation.rejectedTotals().size();
        return switch (this) {
            case PUBLISH_ACCEPTED -> new PublicationDecision(true, "published without its " + rejected
                    + " rejected value(s); " + failed + " check(s) failed");
            case HOLD_BACK_ON_ERROR -> validation.reconciliationFailed()
                    ? new PublicationDecision(false, "held back: " + failed + " check(s) failed, first "
                    + validation.failedChecks().get(0).rule() + " (" + validation.failedChecks().get(0).scope() + ")")
                    : new PublicationDecision(true, "every check passed; " + rejected + " rejected value(s) left out");
        };
    }
}
