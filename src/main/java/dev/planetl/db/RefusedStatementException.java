package dev.planetl.db;

/** A statement {@code planetl sql} will not run: not a single query. */
public class RefusedStatementException extends Exception {

    public RefusedStatementException(String message) {
        super(message);
    }
}
