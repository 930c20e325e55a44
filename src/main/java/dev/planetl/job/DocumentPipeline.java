package dev.planetl.job;

import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;

/**
 * Extracts, reads and validates one document. Implementations are thread-safe.
 */
public interface DocumentPipeline {

    /**
     * @return the document's accepted facts, findings and checks, never null
     * @throws DocumentFailedException when the document cannot be processed at all (corrupt, encrypted,
     *     empty, hostile, or a reader failed); the message says why, for the steward
     */
    DocumentFacts process(RegisteredDocument document) throws DocumentFailedException;

    /**
     * The version of extractors, readers and vocabularies; a document read by another version is read again.
     */
    String version();
}
