package dev.planetl.db;

import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsIT {

    @Test
    void contractViewsExistWithEveryColumnCommented() throws Exception {
        // given a fresh, migrated warehouse
        try (Warehouse w = TestPostgres.freshWarehouse(); Connection c = w.dataSource().getConnection()) {
            // when the catalogue is asked for the contract views' columns
            List<String> uncommented = new ArrayList<>();
            List<String> lineColumns = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select c.table_schema || '.' || c.table_name || '.' || c.column_name,
                           col_description((c.table_schema || '.' || c.table_name)::regclass, c.ordinal_position),
                           c.table_name, c.column_name
                    from information_schema.columns c
                    where c.table_schema in ('warehouse', 'quality') and c.table_name like 'v\\_%'
                    order by c.table_name, c.ordinal_position""")) {
                while (rs.next()) {
                    if (rs.getString(2) == null) uncommented.add(rs.getString(1));
                    if (rs.getString(3).equals("v_budget_line")) lineColumns.add(rs.getString(4));
                }
            }
            // then every column of every view carries a comment and v_budget_line has the contract's columns
            assertThat(uncommented).isEmpty();
            assertThat(lineColumns).isNotEmpty();
            assertThat(lineColumns).containsExactly("document", "document_sha256", "plan_title", "plan_year",
                    "fiscal_year", "measure", "ministry", "ministry_as_written", "policy_area_code", "policy_area",
                    "program", "is_new", "amount_krw", "amount_as_written", "unit_as_written", "page", "source_ref",
                    "missing");
        }
    }

    @Test
    void readerRoleCanReadViewsButNotTables() throws Exception {
        try (Warehouse w = TestPostgres.freshWarehouse(); Connection c = w.dataSource().getConnection()) {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select has_table_privilege('planetl_reader', 'warehouse.v_budget_line', 'select'),
                           has_table_privilege('planetl_reader', 'warehouse.budget_line', 'select'),
                           has_table_privilege('planetl_reader', 'warehouse.v_budget_line', 'insert')""")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
                assertThat(rs.getBoolean(2)).isFalse();
                assertThat(rs.getBoolean(3)).isFalse();
            }
        }
    }
}
