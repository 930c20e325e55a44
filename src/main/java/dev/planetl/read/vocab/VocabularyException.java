package dev.planetl.read.vocab;

/**
 * A vocabulary file that cannot be used: missing, unreadable, or a line that does not parse. The message names the
 * file and, for a bad line, its line number ({@code /etc/planetl/vocab/units.tsv:12: …}). Thrown before any
 * document is read, so the command line reports it as a usage error.
 */
public final class VocabularyException extends IllegalArgumentException {

    public VocabularyException(String message) {
        super(message);
    }

    public VocabularyException(String message, Throwable cause) {
        super(message, cause);
    }
}
