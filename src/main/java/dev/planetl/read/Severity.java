package dev.planetl.read;

/** How bad a finding is. */
public enum Severity {
    /** The value or document was rejected. */
    ERROR,
    /** Loaded, but a steward should look. */
    WARNING,
    /** A printed value was corrected because the document's own arithmetic proves the right one. */
    REPAIR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
