package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.context.TableContext;

/**
 * Reads one kind of budget table, recognised by its header words, never by its position in the document.
 * Implementations are stateless and thread-safe.
 */
public interface TableReader {

    /** True when the table's header rows name the columns this reader reads. */
    boolean recognises(Table table);

    /**
     * Reads a table this reader recognises. Values that cannot be placed become findings in the result.
     *
     * @param table a table for which {@link #recognises(Table)} is true
     * @param context the year, measure, unit and policy area the text before the table states
     * @return lines, totals and findings, never null
     */
    TableReading read(Table table, TableContext context);
}
