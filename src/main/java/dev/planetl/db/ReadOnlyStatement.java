package dev.planetl.db;

import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first of three walls around {@code planetl sql}: one statement per call, and only a query (select, with,
 * values, table, explain, show). Behind it the connection is read-only and the login role has
 * {@code default_transaction_read_only} on and no privilege that writes; this check only refuses early and says why.
 */
public final class ReadOnlyStatement {

    private static final Set<String> QUERY_WORDS = Set.of("select", "with", "values", "table", "explain", "show");

    private ReadOnlyStatement() {
    }

    /** The statement, or a {@link RefusedStatementException} saying why it is not a single query. */
    public static String check(String sql) throws RefusedStatementException {
        List<NativeQuery> statements;
        try {
            // the driver's own splitter: what it would send as separate statements is what we count
            statements = Parser.parseJdbcSql(sql, true, false, true, false, false);
        } catch (SQLException e) {
            throw new RefusedStatementException("cannot read the statement: " + e.getMessage());
        }
        List<NativeQuery> nonEmpty = statements.stream().filter(q -> !q.nativeSql.isBlank()).toList();
        if (nonEmpty.size() != 1) {
            throw new RefusedStatementException(nonEmpty.isEmpty() ? "no statement given"
                    : "one statement per call (" + nonEmpty.size() + " given)");
        }
        String word = firstWord(nonEmpty.get(0).nativeSql);
        if (!QUERY_WORDS.contains(word)) {
            throw new RefusedStatementException("only a query runs here (select, with, values, table, explain, "
                    + "show), not " + (word.isEmpty() ? "this" : word.toUpperCase(Locale.ROOT)));
        }
        return sql;
    }

    /** The first keyword, past comments and opening parentheses. */
    static String firstWord(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                i = skipBlockComment(sql, i);
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** PostgreSQL block comments nest. */
    private static int skipBlockComment(String sql, int from) {
        int depth = 0;
        int i = from;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }
}
