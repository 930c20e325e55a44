package dev.planetl.db;

import dev.planetl.cli.PlanetlMain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read command on a running, prepared server logs in once, as the read-only query login; whatever its checks
 * cannot confirm (a schema behind, a login changed, pg_hba.conf not planetl's) sends it the long way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickReadIT {

    @TempDir
    static Path var;

    private EmbeddedServer server;

    @BeforeAll
    void startTheWarehouse() throws Exception {
        // the first status prepares the server, migrates and sets up the query login (the long way)
        assertThat(PlanetlMain.run("status", "--var-dir", var.toString())).isZero();
        server = EmbeddedServer.startOrAdopt(var, 0);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aPreparedServerIsOpenedAsTheQueryLoginReadOnly() throws Exception {
        Optional<QuickRead.Opened> opened = QuickRead.open(var, "status", Duration.ZERO);
        assertThat(opened).isPresent();
        try (Connection c = opened.get().connection()) {
            try (var rs = c.createStatement().executeQuery("select current_user, current_setting("
                    + "'default_transaction_read_only')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(ServerAccess.QUERY_LOGIN);
                assertThat(rs.getString(2)).isEqualTo("on");
            }
        } finally {
            opened.get().server().close();
        }
    }

    @Test
    void aChangedChecksumOrAMissingHistoryRowTakesTheLongWay() throws Exception {
        try (Connection owner = server.ownerConnection(); var st = owner.createStatement()) {
            st.execute("update flyway_schema_history set checksum = checksum + 1 where version = '4'");
            try {
                assertThat(QuickRead.open(var, "status", Duration.ZERO)).as("behind: checksum").isEmpty();
            } finally {
                st.execute("update flyway_schema_history set checksum = checksum - 1 where version = '4'");
            }
            st.execute("create table saved_row as select * from flyway_schema_history where version = '10'");
            st.execute("delete from flyway_schema_history where version = '10'");
            try {
                assertThat(QuickRead.open(var, "status", Duration.ZERO)).as("behind: a row missing").isEmpty();
            } finally {
                st.execute("insert into flyway_schema_history select * from saved_row");
                st.execute("drop table saved_row");
            }
        }
        Optional<QuickRead.Opened> again = QuickRead.open(var, "status", Duration.ZERO);
        assertThat(again).as("current again").isPresent();
        again.get().connection().close();
        again.get().server().close();
    }

    @Test
    void aLoginThatCannotReadTheHistoryOrWasGivenMoreTakesTheLongWay() throws Exception {
        try (Connection owner = server.ownerConnection(); var st = owner.createStatement()) {
            st.execute("revoke select on flyway_schema_history from " + ServerAccess.QUERY_LOGIN);
            assertThat(QuickRead.open(var, "status", Duration.ZERO)).as("history not readable").isEmpty();
            // the long way sets the login up again, after which the short one serves
            assertThat(PlanetlMain.run("status", "--var-dir", var.toString())).isZero();
            assertThat(Logins.queryLoginAsSetUp(owner)).isTrue();

            st.execute("alter role " + ServerAccess.QUERY_LOGIN + " createdb");
            try {
                assertThat(QuickRead.open(var, "status", Duration.ZERO)).as("a changed role").isEmpty();
            } finally {
                st.execute("alter role " + ServerAccess.QUERY_LOGIN + " nocreatedb");
            }
        }
    }
}
