package dev.planetl.extract;

/**
 * Where a piece of text came from. Absent parts are null: a text file has no pages, a paragraph no cell.
 *
 * @param page one-based page number where the format has pages (PDF, or page markers in text)
 * @param tableIndex zero-based index of the table among the document's tables
 * @param row zero-based table row
 * @param column zero-based table column
 * @param line one-based line in a text file, or the paragraph ordinal in formats without lines
 * @param box the glyphs' bounding box on the page, PDF only
 */
public record Provenance(Integer page, Integer tableIndex, Integer row, Integer column, Integer line, BoundingBox box) {

    public static Provenance ofLine(Integer page, int line) {
        return new Provenance(page, null, null, null, line, null);
    }

    public static Provenance ofPage(Integer page) {
        return new Provenance(page, null, null, null, null, null);
    }

    public Provenance inTable(int index) {
        return new Provenance(page, index, null, null, line, box);
    }

    public Provenance atCell(int r, int c) {
        return new Provenance(page, tableIndex, r, c, line, box);
    }

    /** A short stable reference such as {@code p3/t2/r5/c1} or {@code l689}, used as source_ref. */
    public String ref() {
        StringBuilder s = new StringBuilder();
        if (page != null) s.append("p").append(page);
        if (tableIndex != null) s.append(s.isEmpty() ? "" : "/").append("t").append(tableIndex);
        if (row != null) s.append("/r").append(row);
        if (column != null) s.append("/c").append(column);
        if (line != null && tableIndex == null) s.append(s.isEmpty() ? "" : "/").append("l").append(line);
        return s.toString();
    }
}
