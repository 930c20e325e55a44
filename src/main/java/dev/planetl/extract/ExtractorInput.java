package dev.planetl.extract;

import java.io.IOException;
import java.io.InputStream;

/** What extractors that need a file's whole content share: reading it, and refusing an empty one alike. */
public final class ExtractorInput {

    private ExtractorInput() {
    }

    /**
     * @return every byte of the stream, never empty
     * @throws ExtractionException CORRUPT when the stream cannot be read, EMPTY when it holds nothing
     */
    public static byte[] readAll(InputStream in, String source) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    source + ": the file could not be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, source + ": the file is empty");
        }
        return bytes;
    }
}
