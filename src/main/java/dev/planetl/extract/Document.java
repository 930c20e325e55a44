package dev.planetl.extract;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What an extractor saw in one file: its metadata and its blocks in reading order.
 * Immutable; text in every block is NFC-normalised by the extractor that built it.
 *
 * @param metadata title, format, page count and the like, never null
 * @param blocks headings, paragraphs and tables in reading order, never null
 * @param warnings what the extractor noticed but could work around (a page without a text layer,
 *     a table it could not rebuild), never null
 */
public record Document(DocumentMetadata metadata, List<Block> blocks, List<String> warnings) {

    public Document {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public Document(DocumentMetadata metadata, List<Block> blocks) {
        this(metadata, blocks, List.of());
    }

    public Stream<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast);
    }
}
