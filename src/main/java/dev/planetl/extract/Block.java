package dev.planetl.extract;

/** One unit of a document's reading order: a heading, a paragraph or a table. */
public sealed interface Block permits Heading, Paragraph, Table {

    /** Where the block stands in its file; never null. */
    Provenance provenance();

    /** The block's text as one string (a table's cells joined by tabs and newlines). */
    String text();
}
