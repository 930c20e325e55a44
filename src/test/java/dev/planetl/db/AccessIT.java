package dev.planetl.db;

import dev.planetl.cli.PlanetlMain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way out of a read-only session tried against the real embedded server: through {@code planetl sql}, and
 * straight on the read-only logins with the session's read-only default switched off, where only the privileges
 * stand in the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {

    @TempDir
    static Path var;

    private EmbeddedServer server;
    private String queryPassword;
    private String analystPassword;

    @BeforeAll
    void startTheWarehouse() throws Exception {
        // planetl status sets up the warehouse and its query login the way every read command does
        assertThat(PlanetlMain.run("status", "--var-dir", var.toString())).isZero();
        server = EmbeddedServer.startOrAdopt(var, 0);
        queryPassword = Files.readString(var.resolve("planetl_query.password"), StandardCharsets.UTF_8).trim();
        analystPassword = Logins.ensureAnalyst(server);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "commit; create table public.x(i int)",
            "select 1; create table public.x(i int)",
            "set transaction read write",
            "begin read write",
            "set default_transaction_read_only=off",
            "reset all",
            "do $$ begin create table public.x(i int); end $$",
            "set role postgres",
            "copy (select 1) to program 'touch /tmp/planetl-escaped'",
            "create table public.x(i int)"})
    void planetlSqlRefusesWhatIsNotASingleQuery(String statement) throws Exception {
        assertThat(PlanetlMain.run("sql", statement, "--var-dir", var.toString())).isEqualTo(64);
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "select * from staging.document for update",
            "select pg_terminate_backend(pid) from pg_stat_activity where usename = 'postgres'",
            "select lo_import('/etc/passwd')",
            "select lo_create(0)",
            "select pg_advisory_lock(7)",
            "select set_config('default_transaction_read_only', 'off', false), pg_advisory_lock(7)",
            "with d as (delete from quality.run returning 1) select count(*) from d",
            "select * into public.x from staging.document",
            "select pg_read_file('/etc/passwd')"})
    void queriesWithSideEffectsFailOnTheServer(String statement) throws Exception {
        assertThat(PlanetlMain.run("sql", statement, "--var-dir", var.toString())).isEqualTo(2);
        assertNothingWritten();
    }

    @Test
    void aPlainQueryRuns() {
        assertThat(PlanetlMain.run("sql", "select count(*) from warehouse.v_budget_line", "--var-dir",
                var.toString())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "create table public.x(i int)",
            "create temp table x(i int)",
            "create schema x",
            "insert into staging.document (path) values ('x')",
            "delete from quality.run",
            "truncate quality.finding",
            "select lo_create(0)",
            "select lo_import('/etc/passwd')",
            "select pg_advisory_lock(7)",
            "select pg_notify('x', 'y')",
            "select pg_terminate_backend(pg_backend_pid())",
            "copy (select 1) to program 'touch /tmp/planetl-escaped'",
            "copy quality.run from '/etc/passwd'",
            "set role postgres",
            "set session authorization postgres",
            "alter role planetl_query superuser",
            "grant planetl_steward to analyst",
            "create function public.f() returns int language sql as 'select 1'"})
    void withTheReadOnlyDefaultSwitchedOffThePrivilegesStillStop(String statement) throws Exception {
        for (String[] login : new String[][] {{"planetl_query", queryPassword}, {"analyst", analystPassword}}) {
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), login[0], login[1])) {
                try (var st = c.createStatement(); var rs = st.executeQuery("show default_transaction_read_only")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("read-only by default at the server").isEqualTo("on");
                }
                c.createStatement().execute("set default_transaction_read_only = off");
                assertThatThrownBy(() -> c.createStatement().execute(statement)).as(login[0] + ": " + statement)
                        .isInstanceOf(SQLException.class);
            }
        }
        assertNothingWritten();
    }

    @Test
    void theReadOnlyLoginsAreMembersOfReadOnlyRolesOnly() throws Exception {
        try (Connection c = server.ownerConnection(); var st = c.createStatement()) {
            for (String login : List.of("planetl_query", "analyst")) {
                List<String> roles = new ArrayList<>();
                try (var rs = st.executeQuery("""
                        select r.rolname from pg_roles r where pg_has_role('%s', r.oid, 'member')
                        and r.rolname <> '%s' order by 1""".formatted(login, login))) {
                    while (rs.next()) {
                        roles.add(rs.getString(1));
                    }
                }
                assertThat(roles).as(login).isSubsetOf("planetl_reader", "planetl_steward");
                // pg_settings is granted UPDATE to PUBLIC by PostgreSQL itself: updating it is a session-level SET
                try (var rs = st.executeQuery("""
                        select coalesce(string_agg(n.nspname || '.' || c.relname, ', '), '')
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where c.relkind in ('r', 'v', 'm', 'p', 'f', 'S') and c.oid <> 'pg_catalog.pg_settings'::regclass
                          and has_table_privilege('%1$s', c.oid, 'INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER')
                        """.formatted(login))) {
                    rs.next();
                    assertThat(rs.getString(1)).as(login + " may write no table").isEmpty();
                }
                try (var rs = st.executeQuery("""
                        select count(*) from pg_namespace where has_schema_privilege('%1$s', oid, 'CREATE')""".formatted(login))) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(login + " may create in no schema").isZero();
                }
                try (var rs = st.executeQuery("""
                        select has_database_privilege('%1$s', 'planetl', 'CREATE,TEMPORARY'),
                               (select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls
                                from pg_roles where rolname = '%1$s')""".formatted(login))) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isFalse();
                    assertThat(rs.getBoolean(2)).isFalse();
                }
            }
        }
    }

    @Test
    void aLoginWithoutItsPasswordIsRefused() {
        for (String login : List.of("planetl_query", "analyst", "postgres")) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), login, ""))
                    .as(login).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), login, "guess"))
                    .as(login).hasMessageContaining("password authentication failed");
        }
        assertThat(var.resolve("analyst.password")).satisfies(f -> assertThat(Files.getPosixFilePermissions(f))
                .isEqualTo(PosixFilePermissions.fromString("rw-------")));
    }

    private void assertNothingWritten() throws SQLException {
        try (Connection c = server.ownerConnection(); var st = c.createStatement();
             var rs = st.executeQuery("""
                     select (select count(*) from pg_class where relname = 'x'),
                            (select count(*) from pg_largeobject_metadata),
                            (select count(*) from pg_locks where locktype = 'advisory'),
                            (select count(*) from quality.run), (select count(*) from staging.document)""")) {
            rs.next();
            assertThat(rs.getInt(1)).as("table x").isZero();
            assertThat(rs.getInt(2)).as("large objects").isZero();
            assertThat(rs.getInt(3)).as("advisory locks").isZero();
            assertThat(rs.getInt(4)).as("runs").isZero();
            assertThat(rs.getInt(5)).as("documents").isZero();
        }
        assertThat(Path.of("/tmp/planetl-escaped")).doesNotExist();
    }
}
