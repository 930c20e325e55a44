package dev.planetl.extract;

import java.io.InputStream;

/**
 * Turns the bytes of one file of a known format into a {@link Document}.
 * Implementations are stateless and thread-safe; the caller opens and closes the stream.
 */
public interface Extractor {

    /** The format this extractor reads. */
    DocumentFormat format();

    /**
     * @param in the file's bytes; not closed here
     * @param source a name for messages (the file's path), never null
     * @return the document, never null
     * @throws ExtractionException when the file cannot be read, with a reason a user understands
     */
    Document extract(InputStream in, String source) throws ExtractionException;
}
