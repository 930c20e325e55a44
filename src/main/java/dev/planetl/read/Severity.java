package dev.planetl.read;

/** How bad a finding is. */
public enum Severity {
    /** The value or document was rejected. */
    ERROR,
    /** Loaded, but a steward should look. */
    WARNING,
    /** A printed value was corrected because the document's own arithmetic proves the right one. */
    REPAIR,
    /**
     * Kept for the record, nothing to act on: an amount in prose that is no budget fact (no year printed with it,
     * a rate per unit, a forecast, a restatement), a table that prints no amount at all.
     */
    INFO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
