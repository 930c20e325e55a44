package dev.planetl.db;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statement check of planetl sql: one query per call; the server-side walls are tested in AccessIT. */
class ReadOnlyStatementTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "select 1",
            "select 1;",
            "  -- a comment\n select ';' as semicolon",
            "/* a /* nested */ comment */ with t as (select 1) select * from t",
            "(select 1) union (select 2)",
            "values (1)",
            "table warehouse.v_budget_line",
            "explain select * from warehouse.v_budget_total",
            "show fsync",
            "select $$a;b$$, 'c;d', \"e;f\" from (select 1) \"e;f\""})
    void aSingleQueryRuns(String sql) {
        assertThatCode(() -> ReadOnlyStatement.check(sql)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "commit; create table public.x(i int)",
            "select 1; select 2",
            "set transaction read write",
            "begin read write",
            "start transaction read write",
            "set default_transaction_read_only = off",
            "reset all",
            "do $$ begin perform 1; end $$",
            "set role postgres",
            "reset role",
            "set session authorization postgres",
            "copy (select 1) to program 'id'",
            "create table public.x(i int)",
            "insert into staging.document default values",
            "/* select */ delete from quality.run",
            "call something()",
            "prepare p as select 1",
            "",
            "  ;  "})
    void anythingElseIsRefused(String sql) {
        assertThatThrownBy(() -> ReadOnlyStatement.check(sql)).isInstanceOf(RefusedStatementException.class);
    }
}
