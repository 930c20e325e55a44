package dev.planetl.cli;

/** The command line asks for something that cannot be: exit code 64, the message on stderr. */
public class UsageException extends IllegalArgumentException {

    public UsageException(String message) {
        super(message);
    }
}
