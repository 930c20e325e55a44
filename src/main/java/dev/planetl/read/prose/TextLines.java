package dev.planetl.read.prose;

import java.util.regex.Pattern;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose of a document as printed lines: headings and paragraphs split at their line breaks, tables left
 * out (their cells are the table readers' business). A paragraph's n-th line gets line number
 * {@code provenance.line + n} when the extractor recorded a line, so every line keeps a place to point at.
 */
public final class TextLines {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private TextLines() {
    }

    /** @return the non-blank lines of the document's headings and paragraphs, in reading order */
    public static List<TextLine> of(Document document) {
        List<TextLine> out = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Table) {
                continue;
            }
            boolean heading = block instanceof Heading;
            String text = "";
            if (block instanceof Heading h) {
                text = h.numbering().isEmpty() ? h.text() : h.numbering() + " " + h.text();
            } else if (block instanceof Paragraph p) {
                text = p.text();
            }
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
            String[] parts = hasLineBreak(normalised) ? LINE_BREAK.split(normalised, -1) : new String[] {normalised};
            Provenance base = block.provenance();
            for (int n = 0; n < parts.length; n++) {
                String line = parts[n].strip();
                if (line.isEmpty()) {
                    continue;
                }
                Provenance where = base.line() == null ? base
                        : new Provenance(base.page(), null, null, null, base.line() + n, base.box());
                out.add(new TextLine(line, where, heading, i));
            }
        }
        return out;
    }

    /** A character {@code \R} can match: most blocks are one line, which splitting would only copy. */
    static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
