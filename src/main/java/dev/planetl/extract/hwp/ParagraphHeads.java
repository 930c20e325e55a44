package dev.planetl.extract.hwp;

import java.util.function.Function;

/**
 * The numbers and bullets Hangul prints before paragraphs from their outline or numbering style: they are not in
 * the stored text, so the HWP and HWPX walkers ask the library to work them out. When that fails once, the
 * document is read without them and a warning says so. One instance per document; not thread-safe.
 *
 * @param <P> the library's paragraph type
 */
public final class ParagraphHeads<P> {

    private final BlockSink sink;
    private final Function<P, String> make;
    private boolean failed;

    public ParagraphHeads(BlockSink sink, Function<P, String> make) {
        this.sink = sink;
        this.make = make;
    }

    /** The number or bullet printed before the paragraph, followed by a space, or "". */
    public String head(P paragraph) {
        if (failed) {
            return "";
        }
        try {
            String head = make.apply(paragraph);
            return head == null || head.isBlank() ? "" : head.strip() + " ";
        } catch (RuntimeException e) {
            failed = true;
            sink.warn(sink.source() + ": the automatic paragraph numbers could not be computed (" + e
                    + "); numbers Hangul adds from outline styles are missing from the text");
            return "";
        }
    }
}
