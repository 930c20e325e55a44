package dev.planetl.read.grid;

import java.util.List;

/**
 * One body row of a table as the general model reads it.
 *
 * @param index zero-based grid row
 * @param path its labels, outermost first: merged labels carried down, numbering and indentation as a chain
 * @param total true when its innermost label closes a group (합계, 소계, 계, {@code 전략1 계})
 * @param grand true for a total of the whole table or of everything above its level (합계, 총계, 계)
 */
public record GridRow(int index, List<String> path, boolean total, boolean grand) {

    public GridRow {
        path = List.copyOf(path);
    }

    /** The labels enclosing this row's own one: its group. */
    public List<String> prefix() {
        return path.isEmpty() ? List.of() : path.subList(0, path.size() - 1);
    }
}
