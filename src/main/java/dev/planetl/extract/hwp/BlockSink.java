package dev.planetl.extract.hwp;

import dev.planetl.extract.Block;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the blocks of one HWP or HWPX document in reading order. Paragraph texts are NFC-normalised
 * here, once; a numbering standing alone ({@code 2}, {@code IV.}) is joined with the title in the
 * paragraph after it into one {@link Heading}. One instance per extraction; not thread-safe.
 */
public final class BlockSink {

    private final String source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private HeadingNumbering.Match pendingNumbering;
    private Provenance pendingWhere;
    private int tableCount;

    public BlockSink(String source) {
        this.source = source;
    }

    /** Adds one body paragraph's text (blank text is skipped). */
    public void paragraph(String rawText, int ordinal) {
        String text = Normalizer.normalize(rawText, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return;
        }
        Provenance where = Provenance.ofLine(null, ordinal);
        Optional<HeadingNumbering.Match> numbering = HeadingNumbering.find(text);
        if (pendingNumbering != null) {
            HeadingNumbering.Match alone = pendingNumbering;
            Provenance aloneWhere = pendingWhere;
            pendingNumbering = null;
            if (numbering.isEmpty() && HeadingNumbering.looksLikeTitle(text)) {
                blocks.add(new Heading(alone.level(), alone.numbering(), text, aloneWhere));
                return;
            }
            blocks.add(new Paragraph(alone.numbering(), aloneWhere));
        }
        if (numbering.isPresent()) {
            HeadingNumbering.Match m = numbering.get();
            if (m.rest().isEmpty()) {
                pendingNumbering = m;
                pendingWhere = where;
                return;
            }
            if (HeadingNumbering.looksLikeTitle(m.rest())) {
                blocks.add(new Heading(m.level(), m.numbering(), m.rest(), where));
                return;
            }
        }
        blocks.add(new Paragraph(text, where));
    }

    /** The index the next table will get. */
    public int nextTableIndex() {
        return tableCount;
    }

    /** Adds a table built with {@link #nextTableIndex()}. */
    public void table(Table table) {
        flushPending();
        if (table.index() != tableCount) {
            throw new IllegalStateException("table index " + table.index() + " out of order, expected " + tableCount);
        }
        tableCount++;
        blocks.add(table);
    }

    public void warn(String message) {
        warnings.add(message);
    }

    public String source() {
        return source;
    }

    public List<Block> blocks() {
        flushPending();
        return List.copyOf(blocks);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void flushPending() {
        if (pendingNumbering != null) {
            blocks.add(new Paragraph(pendingNumbering.numbering(), pendingWhere));
            pendingNumbering = null;
        }
    }
}
