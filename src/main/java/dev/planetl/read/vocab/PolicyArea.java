package dev.planetl.read.vocab;

import java.util.Objects;

/**
 * A policy goal or performance target of a plan series.
 *
 * @param series the plan series, e.g. {@code 산업융합발전 기본계획(제2차)}; "" for an area no catalogue lists, read
 *     from the document as printed
 * @param level goal or target
 * @param code {@code 1} for a goal, {@code 1-1} for a target
 * @param canonicalName the name as the plan defines it, e.g. {@code 융합을 산업 全분야로 확산}
 */
public record PolicyArea(String series, Level level, String code, String canonicalName) {

    /** Goals are numbered 1, 2 …; targets 1-1, 1-2 … under their goal. */
    public enum Level { GOAL, TARGET }

    public PolicyArea {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(canonicalName, "canonicalName");
    }

    /** An area the document prints that no catalogue lists: its code from its numbering, its name as printed. */
    public static PolicyArea asPrinted(Level level, String code, String name) {
        return new PolicyArea("", level, code, name);
    }

    /** True for an area of the catalogue, false for one read as printed. */
    public boolean catalogued() {
        return !series.isEmpty();
    }

    /** The goal code a target belongs to ({@code 3} for {@code 3-1}); a goal's own code. */
    public String goalCode() {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }
}
