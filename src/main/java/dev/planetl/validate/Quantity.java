package dev.planetl.validate;

/** What the numbers of a {@link CheckResult} count. */
public enum Quantity {
    /** Amounts in won. */
    WON,
    /** Shares in percent points. */
    PERCENT,
    /** Numbers of tasks (project lines). */
    COUNT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
