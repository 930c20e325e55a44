package dev.planetl.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A read command's queries on plain JDBC, every column as text: what {@code status} prints. Spring's JdbcTemplate
 * would bring its conversion service and logging set-up, a third of a {@code planetl status} on a running server.
 */
final class Rows {

    private Rows() {
    }

    /** Every row, each column as its text (null as null). */
    static List<List<String>> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The first column of the one row the query returns, as a number; null when it is null. */
    static Long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no row from: " + sql);
            }
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            return st;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }
}
