package dev.planetl.read;

/** What a budget mention in prose states. */
public enum MentionKind {
    /** A one-year figure: ('25) 8,272억원. */
    ANNUAL,
    /** A total over several years: ('24~'28, 208억). */
    MULTI_YEAR_TOTAL,
    /** The national (국비) share of a total: 총 9,352억원(국비 6,947억원). */
    NATIONAL_SHARE,
    OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
