package dev.planetl.read.vocab;

import java.util.Objects;

/**
 * A printed policy-area name resolved to its canonical area, the printed form kept beside it.
 *
 * @param area the canonical area
 * @param asWritten the name as printed, or null when resolved from the code alone (the name was not printed)
 */
public record AreaMatch(PolicyArea area, String asWritten) {

    public AreaMatch {
        Objects.requireNonNull(area, "area");
    }
}
