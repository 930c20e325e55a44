package dev.planetl.extract.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.extract.Numbering;
import dev.planetl.extract.pdf.DraftTable.DraftCell;

/**
 * Turns a document's draft items into model blocks: tables get their index and every cell its provenance;
 * a text run set larger than the body text and starting with a numbering ({@code IV.}, {@code 1.}, {@code 1-1},
 * {@code 가}) is a heading, other text runs are paragraphs. All text is NFC. Stateless.
 */
final class BlockBuilder {

    /** A heading is set at least this much larger than the body text. */
    private static final double HEADING_SIZE = 1.08;
    private static final Numbering NUMBERING = Numbering.standard();
    private static final List<NumberingScheme> SCHEMES = List.of(
            new NumberingScheme(NUMBERING.level(Numbering.Scheme.ROMAN), Pattern.compile(
                    "^(" + NUMBERING.regex(Numbering.Scheme.ROMAN) + "\\.)\\s*(\\S.*)$")),
            new NumberingScheme(NUMBERING.level(Numbering.Scheme.HYPHENATED),
                    Pattern.compile("^(\\d{1,2}-\\d{1,2})\\.?\\s+(\\S.*)$")),
            new NumberingScheme(NUMBERING.level(Numbering.Scheme.ARABIC),
                    Pattern.compile("^(\\d{1,2}\\.?)\\s+(\\D.*|\\d{4}.*)$")),
            new NumberingScheme(NUMBERING.level(Numbering.Scheme.HANGUL), Pattern.compile(
                    "^(" + NUMBERING.regex(Numbering.Scheme.HANGUL) + "\\.?)\\s+(\\S.*)$")),
            new NumberingScheme(NUMBERING.level(Numbering.Scheme.CIRCLED), Pattern.compile(
                    "^(" + NUMBERING.regex(Numbering.Scheme.CIRCLED) + ")\\s*(\\S.*)$")));

    private record NumberingScheme(int level, Pattern pattern) {
    }

    List<Block> build(List<Object> items) {
        double body = bodySize(items);
        List<Block> blocks = new ArrayList<>();
        int tableIndex = 0;
        int ordinal = 0;
        for (Object item : items) {
            if (item instanceof DraftTable t) {
                blocks.add(table(t, tableIndex++));
            } else if (item instanceof DraftText t) {
                ordinal++;
                String text = nfc(t.text());
                Provenance where = new Provenance(t.page(), null, null, null, ordinal, t.box());
                Heading heading = t.size() >= body * HEADING_SIZE ? heading(text, where) : null;
                blocks.add(heading != null ? heading : new Paragraph(text, where));
            }
        }
        return blocks;
    }

    private static Heading heading(String text, Provenance where) {
        for (NumberingScheme scheme : SCHEMES) {
            Matcher m = scheme.pattern().matcher(text);
            if (m.matches()) {
                return new Heading(scheme.level(), m.group(1), m.group(2).strip(), where);
            }
        }
        return text.length() <= 80 ? new Heading(1, "", text, where) : null;
    }

    private static Table table(DraftTable t, int index) {
        List<Cell> cells = new ArrayList<>();
        for (DraftCell c : t.cells()) {
            Provenance where = new Provenance(c.page(), index, c.row(), c.column(), null, c.box());
            cells.add(new Cell(c.row(), c.column(), c.rowSpan(), c.columnSpan(), nfc(c.text()), where));
        }
        Provenance where = new Provenance(t.page(), index, null, null, null, t.box());
        return new Table(index, t.rowCount(), t.columnCount(), t.headerRows(), cells, where);
    }

    /** The size most of the running text is set in, weighted by length. */
    private static double bodySize(List<Object> items) {
        java.util.Map<Long, Integer> weight = new java.util.HashMap<>();
        for (Object item : items) {
            if (item instanceof DraftText t) {
                weight.merge(Math.round(t.size() * 10), t.text().length(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 10.0).orElse(10.0);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
