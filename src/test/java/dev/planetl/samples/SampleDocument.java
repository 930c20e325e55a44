package dev.planetl.samples;

import java.util.List;
import java.util.Objects;

/**
 * A document to render into HWP or HWPX: paragraphs and tables in reading order, text exactly as it
 * should appear in the file.
 */
public record SampleDocument(String title, List<Block> blocks) {

    public SampleDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** A paragraph or a table. */
    public sealed interface Block permits Para, Grid {
    }

    /** One paragraph; a tab in the text is written as the format's tab. */
    public record Para(String text) implements Block {
    }

    /**
     * A table given by its grid size and its cells at their anchors.
     *
     * @param rows grid rows
     * @param columns grid columns
     */
    public record Grid(int rows, int columns, List<GridCellSpec> cells) implements Block {

        public Grid {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell anchored at (row, column), covering rowSpan x columnSpan positions; header marks a title cell;
     * inner, when not null, is a table written inside the cell after its text.
     */
    public record GridCellSpec(int row, int column, int rowSpan, int columnSpan, String text, boolean header,
                               Grid inner) {

        public GridCellSpec(int row, int column, int rowSpan, int columnSpan, String text, boolean header) {
            this(row, column, rowSpan, columnSpan, text, header, null);
        }

        public static GridCellSpec of(int row, int column, String text) {
            return new GridCellSpec(row, column, 1, 1, text, false);
        }
    }
}
