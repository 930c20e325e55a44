package dev.planetl.read.grid;

import dev.planetl.extract.Table;
import dev.planetl.read.context.TableContext;

import java.util.List;
import java.util.Optional;

/**
 * A table read as header paths × row paths: the general model under every budget reader. A kind reader is one
 * projection of it (a project list keeps the rows with a program label, a goal-totals table the total column of
 * each goal row); the facts are all of it; and a table no kind reader recognises is projected onto lines and totals
 * by the general projection ({@code dev.planetl.read.table.GridProjection}) from its {@link GridReading}: rows under
 * a program header are lines, total rows totals, each from the fact of its cell, where the roles make them certain.
 *
 * @param table the table as extracted
 * @param bodyStart the first row below the header rows
 * @param columns every column, in grid order
 * @param rows the body rows that hold labels or figures, in grid order
 * @param context what the text before the table says about it
 * @param tableRef the table as {@code p3/t2}, or {@code t2} without pages
 */
public record Grid(Table table, int bodyStart, List<GridColumn> columns, List<GridRow> rows, TableContext context,
                   String tableRef) {

    public Grid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public List<GridColumn> amountColumns() {
        return columns.stream().filter(c -> c.kind() == GridColumn.Kind.AMOUNT).toList();
    }

    public Optional<GridColumn> column(int index) {
        return index >= 0 && index < columns.size() ? Optional.of(columns.get(index)) : Optional.empty();
    }
}
