package dev.planetl.job;

/**
 * A document that could not be processed. The ingest step skips it (declared on the step) and records it as failed
 * with this message; the run goes on.
 */
public class DocumentFailedException extends Exception {

    private final long documentId;

    public DocumentFailedException(long documentId, String message, Throwable cause) {
        super(message, cause);
        this.documentId = documentId;
    }

    public long documentId() {
        return documentId;
    }
}
