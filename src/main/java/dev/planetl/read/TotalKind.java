package dev.planetl.read;

/** What a reported total is broken down by. */
public enum TotalKind {
    /** The grand total of a table (합계). */
    GRAND,
    /** One policy goal (정책 목표), e.g. area 1. */
    GOAL,
    /** One performance target (성과목표), e.g. area 1-1. */
    TARGET,
    /** One ministry, over all areas. */
    MINISTRY,
    /** One ministry within one goal: a cell of the ministry × goal matrix. */
    MINISTRY_GOAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
