package dev.planetl.read;

import dev.planetl.extract.Document;

/**
 * Reads what a document's tables and prose mean. Stateless and thread-safe.
 * A value that cannot be placed with certainty becomes a {@link Finding}, never a guess.
 */
public interface DocumentReader {

    /** @return the lines, totals and findings of the document, never null */
    ReadResult read(Document document);
}
