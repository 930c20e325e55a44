package dev.planetl.read;

import dev.planetl.extract.Provenance;

/**
 * Where a value was read: the place in the document and the raw text printed there.
 *
 * @param provenance page, table, row, column or line, never null
 * @param raw the text as printed (a whole row's cells joined by tabs for a line), never null
 */
public record SourceRef(Provenance provenance, String raw) {

    public SourceRef {
        java.util.Objects.requireNonNull(provenance, "provenance");
        java.util.Objects.requireNonNull(raw, "raw");
    }

    public Integer page() {
        return provenance.page();
    }

    /** The stable short reference stored as source_ref, e.g. {@code t12/r3/c1}. */
    public String ref() {
        return provenance.ref();
    }
}
