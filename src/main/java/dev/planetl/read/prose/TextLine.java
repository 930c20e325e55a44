package dev.planetl.read.prose;

import dev.planetl.extract.Provenance;

import java.util.Objects;

/**
 * One printed line of a heading or paragraph, in reading order.
 *
 * @param text the line's text, NFC, trimmed, never null
 * @param provenance page and line where it stands, never null
 * @param heading true when the line is (part of) a heading block
 * @param blockIndex index of the block it came from, so callers can tell block boundaries
 */
public record TextLine(String text, Provenance provenance, boolean heading, int blockIndex) {

    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }
}
