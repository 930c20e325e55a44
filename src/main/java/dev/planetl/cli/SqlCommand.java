package dev.planetl.cli;

import dev.planetl.db.ReadOnlyStatement;
import dev.planetl.db.RefusedStatementException;
import dev.planetl.db.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs one query against the warehouse and prints the result as an aligned table (or CSV).",
                "Only a single select, with, values, table, explain or show runs, in a read-only session of the "
                + "read-only login planetl_query; anything else is refused (exit code 64)."})
public class SqlCommand implements Callable<Integer> {

    @Mixin
    WarehouseOptions warehouse;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL query, e.g. \"select * from warehouse.v_budget_total\"")
    String query;

    @Option(names = "--csv", description = "Print CSV instead of an aligned table.")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            ReadOnlyStatement.check(query);
        } catch (RefusedStatementException e) {
            throw new UsageException("planetl sql refuses this statement: " + e.getMessage());
        }
        try (Warehouse w = warehouse.openForReading("sql"); Connection c = w.dataSource().getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                boolean hasRows = st.execute(query);
                if (!hasRows) {
                    spec.commandLine().getOut().println("(no rows)");
                    return 0;
                }
                try (ResultSet rs = st.getResultSet()) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> header = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        header.add(md.getColumnLabel(i));
                    }
                    List<List<String>> rows = new ArrayList<>();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object o = rs.getObject(i);
                            row.add(o == null ? "" : o instanceof java.sql.Array a
                                    ? java.util.Arrays.toString((Object[]) a.getArray()) : o instanceof java.math.BigDecimal b
                                    ? b.toPlainString() : o.toString());
                        }
                        rows.add(row);
                    }
                    spec.commandLine().getOut().print(csv ? TextTable.csv(header, rows) : TextTable.aligned(header, rows));
                    spec.commandLine().getOut().flush();
                }
            } finally {
                c.rollback();
            }
        }
        return 0;
    }
}
