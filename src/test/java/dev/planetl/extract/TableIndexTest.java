package dev.planetl.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The table's position index answers as a scan over every cell would, for dense and for sparse huge grids. */
class TableIndexTest {

    private static final Provenance AT = Provenance.ofLine(null, 1);

    @Test
    void every_position_answers_as_a_scan_of_the_cells_would_on_random_spanned_grids() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int rows = 1 + random.nextInt(12);
            int columns = 1 + random.nextInt(8);
            List<Cell> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (random.nextInt(3) > 0) {
                        int rowSpan = 1 + random.nextInt(Math.min(3, rows - r));
                        int columnSpan = 1 + random.nextInt(Math.min(3, columns - c));
                        cells.add(new Cell(r, c, rowSpan, columnSpan, r + "/" + c, AT));
                    }
                }
            }
            Table table = new Table(0, rows, columns, 0, cells, AT);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    assertThat(table.cellAt(r, c)).as("%d,%d in round %d", r, c, round).isEqualTo(scan(table, r, c));
                }
            }
            assertThat(table.cellAt(rows, 0)).isEmpty();
            assertThat(table.cellAt(-1, 0)).isEmpty();
        }
    }

    @Test
    void a_huge_sparse_grid_is_indexed_per_row_and_answers_the_same() {
        List<Cell> cells = List.of(new Cell(0, 0, 1, 1, "a", AT), new Cell(4_999, 3_000, 1, 999, "b", AT),
                new Cell(100, 10, 4_000, 2, "c", AT), new Cell(100, 5, 1, 3, "d", AT));
        Table table = new Table(0, 5_000, 4_000, 0, cells, AT);

        assertThat(table.textAt(0, 0)).isEqualTo("a");
        assertThat(table.cellAt(4_999, 3_998).map(Cell::text)).contains("b");
        assertThat(table.cellAt(4_099, 11).map(Cell::text)).contains("c");
        assertThat(table.textAt(4_099, 11)).isEmpty();
        assertThat(table.cellAt(100, 7).map(Cell::text)).contains("d");
        assertThat(table.cellAt(100, 8)).isEmpty();
        assertThat(table.cellAt(4_100, 10)).isEmpty();
    }

    @Test
    void a_table_stays_a_value_equal_to_one_built_from_the_same_cells() {
        List<Cell> cells = List.of(new Cell(1, 0, 1, 1, "x", AT), new Cell(0, 0, 1, 2, "h", AT));
        Table a = new Table(0, 2, 2, 1, cells, AT);
        Table b = new Table(0, 2, 2, 1, new ArrayList<>(cells), AT);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.cells()).containsExactly(cells.get(1), cells.get(0));
        assertThat(new Table(a.index(), a.rowCount(), a.columnCount(), a.headerRows(), a.cells(), a.provenance()))
                .isEqualTo(a);
    }

    private static Optional<Cell> scan(Table table, int r, int c) {
        return table.cells().stream().filter(cell -> cell.covers(r, c)).findFirst();
    }
}
