package dev.planetl.extract.pdf;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names the real cause when PDFBox refuses a file. PDFBox reports most structural damage as "Missing root object
 * specification in trailer", whatever happened: a file cut short, objects nested so deep that its parser gave up,
 * a cross-reference table pointing nowhere. A steward needs to know which, so the file's raw bytes are looked at
 * once, after the failure: how deep arrays and dictionaries nest outside streams, and whether the file ends as a
 * PDF ends. Only run on files that already failed; linear in their size, which the PDF limit bounds.
 */
final class PdfDamage {

    /** Deeper than any real document's arrays and dictionaries; PDFBox's own parser stops far above it. */
    static final int MAX_NESTING = 1_000;
    private static final int TAIL = 1024;

    private PdfDamage() {
    }

    static ExtractionException explain(Path file, String source, Exception failure) {
        try {
            int depth = maxNesting(file);
            if (depth > MAX_NESTING) {
                return new ExtractionException(Reason.HOSTILE, source + ": refused as hostile: its objects are nested "
                        + depth + " levels deep (more than " + MAX_NESTING + ")", failure);
            }
            if (!endsWithEof(file)) {
                return new ExtractionException(Reason.CORRUPT, source + ": a damaged or truncated PDF: the file "
                        + "does not end as a PDF ends (no %%EOF in its last " + TAIL + " bytes); was it cut short "
                        + "while copying or downloading?", failure);
            }
        } catch (IOException unreadable) {
            failure.addSuppressed(unreadable);
        }
        String message = String.valueOf(failure.getMessage());
        if (message.contains("Missing root object")) {
            return new ExtractionException(Reason.CORRUPT, source + ": a damaged PDF: its cross-reference table and "
                    + "trailer lead to no document catalog, so it has no pages to read", failure);
        }
        return new ExtractionException(Reason.CORRUPT, source + ": a damaged PDF (" + firstLine(message) + ")",
                failure);
    }

    /**
     * The deepest nesting of arrays ({@code [}) and dictionaries ({@code <<}) in the file's syntax, skipping
     * comments, literal and hex strings and the bytes of streams.
     */
    static int maxNesting(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return maxNesting(in);
        }
    }

    static int maxNesting(InputStream in) throws IOException {
        int depth = 0;
        int max = 0;
        int c;
        int pending = -1;
        StreamSkipper streams = new StreamSkipper();
        while ((c = pending >= 0 ? pending : in.read()) >= 0) {
            pending = -1;
            if (streams.atStreamKeyword(c)) {
                streams.skipToEndstream(in);
                continue;
            }
            switch (c) {
                case '%' -> skipLine(in);
                case '(' -> skipLiteralString(in);
                case '[' -> max = Math.max(max, ++depth);
                case ']' -> depth = Math.max(0, depth - 1);
                case '<' -> {
                    int next = in.read();
                    if (next == '<') {
                        max = Math.max(max, ++depth);
                    } else {
                        skipHexString(in, next);
                    }
                }
                case '>' -> {
                    int next = in.read();
                    if (next == '>') {
                        depth = Math.max(0, depth - 1);
                    } else {
                        pending = next;
                    }
                }
                default -> {
                    // names, numbers, keywords and white space do not nest
                }
            }
        }
        return max;
    }

    private static void skipLine(InputStream in) throws IOException {
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && c != '\r') {
            // a comment runs to the end of its line
        }
    }

    private static void skipLiteralString(InputStream in) throws IOException {
        int open = 1;
        int c;
        while (open > 0 && (c = in.read()) >= 0) {
            if (c == '\\') {
                in.read();
            } else if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
        }
    }

    private static void skipHexString(InputStream in, int first) throws IOException {
        int c = first;
        while (c >= 0 && c != '>') {
            c = in.read();
        }
    }

    private static boolean endsWithEof(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.max(0, size - TAIL));
            String tail = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return tail.contains("%%EOF");
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Recognises the keyword {@code stream} as the bytes go by, and skips a stream's data to {@code endstream}. */
    private static final class StreamSkipper {
        private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
        private int matched;

        boolean atStreamKeyword(int c) {
            matched = c == STREAM[matched] ? matched + 1 : (c == STREAM[0] ? 1 : 0);
            if (matched == STREAM.length) {
                matched = 0;
                return true;
            }
            return false;
        }

        void skipToEndstream(InputStream in) throws IOException {
            int m = 0;
            int c;
            while ((c = in.read()) >= 0) {
                m = c == ENDSTREAM[m] ? m + 1 : (c == ENDSTREAM[0] ? 1 : 0);
                if (m == ENDSTREAM.length) {
                    return;
                }
            }
        }
    }
}
