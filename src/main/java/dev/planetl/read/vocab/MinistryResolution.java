package dev.planetl.read.vocab;

import java.util.List;
import java.util.Objects;

/**
 * What a ministry as printed names for a fiscal year.
 *
 * @param asWritten the text as printed
 * @param ministries canonical names in force that year, in printed order; empty when unresolved
 * @param agency the canonical name of an agency printed with or instead of its ministry ({@code 산업부(국표원)}),
 *     or null
 * @param implementer the canonical name of an implementing agency (전담기관: {@code 한국연구재단}) printed where a
 *     ministry belongs, or null; it names no ministry, since several ministries fund each of them, so
 *     {@code ministries} is empty and the text is kept as written
 * @param ambiguous true when the reading is not certain: names run together without a separator
 *     ({@code 산업부과기부}) or an alias that names more than one ministry that year
 * @param reason why it did not resolve or is ambiguous, or null
 */
public record MinistryResolution(String asWritten, List<String> ministries, String agency, String implementer,
                                 boolean ambiguous, String reason) {

    public MinistryResolution {
        Objects.requireNonNull(asWritten, "asWritten");
        ministries = List.copyOf(ministries);
    }

    static MinistryResolution unresolved(String asWritten, String reason) {
        return new MinistryResolution(asWritten, List.of(), null, null, false, reason);
    }

    /** True when nothing was resolved. */
    public boolean unresolved() {
        return ministries.isEmpty();
    }

    /** True when the text names an implementing agency, which is kept as written and resolved to no ministry. */
    public boolean isImplementer() {
        return implementer != null;
    }

    /** True when exactly one ministry was resolved with certainty. */
    public boolean isSingle() {
        return ministries.size() == 1 && !ambiguous;
    }

    /** The one ministry, or null unless {@link #isSingle()}. */
    public String single() {
        return isSingle() ? ministries.get(0) : null;
    }
}
