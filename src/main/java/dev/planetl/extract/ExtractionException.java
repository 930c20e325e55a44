package dev.planetl.extract;

/**
 * A file that could not be extracted, with a reason a data steward can act on.
 * The message names the file and says what is wrong with it; no stack trace is needed to understand it.
 */
public class ExtractionException extends Exception {

    /** Why a file could not be read. */
    public enum Reason {
        EMPTY, CORRUPT, ENCRYPTED, UNSUPPORTED_FORMAT, TOO_LARGE, TIMEOUT, NO_TEXT, HOSTILE,
        /** The process that extracted the document died without an answer (killed, or the JVM crashed). */
        CRASHED
    }

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExtractionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
