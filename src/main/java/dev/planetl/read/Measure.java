package dev.planetl.read;

/** Whether a figure is what was planned for a fiscal year or what was actually spent. */
public enum Measure {
    PLAN, ACTUAL;

    /** The value stored in the warehouse ('plan' | 'actual'). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
