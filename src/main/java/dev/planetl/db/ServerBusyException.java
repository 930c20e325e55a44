package dev.planetl.db;

/** The embedded server is in use by other commands and cannot be restarted or stopped now: retry later. */
public class ServerBusyException extends IllegalStateException {

    public ServerBusyException(String message) {
        super(message);
    }
}
