package dev.planetl.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded warehouse server: data kept between commands, and one server per data folder. */
class EmbeddedServerIT {

    @TempDir
    Path var;

    @Test
    void theServerIsDurable() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.startOrAdopt(var, 0);
             var c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.SUPERUSER, "")) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = c.createStatement().executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aSecondCommandUsesTheRunningServerAndDataSurvivesARestart() throws Exception {
        try (EmbeddedServer first = EmbeddedServer.startOrAdopt(var, 0)) {
            assertThat(first.owned()).isTrue();
            try (var c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedServer.SUPERUSER, "")) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('한글')");
            }
            try (EmbeddedServer second = EmbeddedServer.startOrAdopt(var, 0)) {
                assertThat(second.owned()).isFalse();
                assertThat(second.port()).isEqualTo(first.port());
            }
            // the second command's close left the first one's server running
            try (var c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedServer.SUPERUSER, "")) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
        try (EmbeddedServer again = EmbeddedServer.startOrAdopt(var, 0);
             var c = DriverManager.getConnection(again.jdbcUrl(), EmbeddedServer.SUPERUSER, "");
             var rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("한글");
        }
    }
}
