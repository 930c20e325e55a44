package dev.planetl.db;

import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway runs only when the schema is behind the packaged migrations, which are listed from a folder or a jar. */
class SchemaCurrentIT {

    @TempDir
    Path tmp;

    @Test
    void anEmptyDatabaseIsMigratedOnceThenCurrentAndAChangedOrMissingHistoryRowIsBehind() throws Exception {
        // given an empty database
        String name = "t_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(TestPostgres.url("postgres"), TestPostgres.user(),
                TestPostgres.password())) {
            admin.createStatement().execute("create database " + name + " encoding 'UTF8' template template0");
        }
        try (Warehouse w = Warehouse.connect(null, TestPostgres.url(name), TestPostgres.user(), TestPostgres.password());
             Connection c = w.dataSource().getConnection()) {
            // when it is opened twice
            assertThat(w.migrateIfBehind()).as("behind: Flyway ran").isTrue();
            assertThat(w.migrateIfBehind()).as("current: Flyway not run again").isFalse();

            // then the history Flyway wrote holds every packaged migration, with the checksums computed here
            List<Migrations.Script> packaged = Migrations.packaged(getClass().getClassLoader()).orElseThrow();
            try (var rs = c.createStatement().executeQuery("select count(*) from flyway_schema_history where success")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(packaged.size());
            }
            assertThat(Migrations.current(c)).isTrue();

            // when a row's checksum differs (a migration edited after it ran), the schema counts as behind
            c.createStatement().execute("update flyway_schema_history set checksum = checksum + 1 where version = '4'");
            assertThat(Migrations.current(c)).isFalse();
            c.createStatement().execute("update flyway_schema_history set checksum = checksum - 1 where version = '4'");
            assertThat(Migrations.current(c)).isTrue();

            // and when the newest migration is missing from the history, it is behind
            String newest = packaged.stream().map(Migrations.Script::version)
                    .max(java.util.Comparator.comparing(Integer::valueOf)).orElseThrow();
            c.createStatement().execute("delete from flyway_schema_history where version = '" + newest + "'");
            assertThat(Migrations.current(c)).isFalse();
        }
    }

    @Test
    void aDatabaseWithoutHistoryIsBehind() throws Exception {
        try (Warehouse w = TestPostgres.freshWarehouse(); Connection c = w.dataSource().getConnection()) {
            c.createStatement().execute("alter table flyway_schema_history rename to renamed_history");
            assertThat(Migrations.current(c)).isFalse();
        }
    }

    @Test
    void theMigrationsAreListedFromAJarAsFromAFolder() throws Exception {
        // given the packaged migrations as the build leaves them (a folder) and copied into a jar as Maven packs one
        Path folder = Path.of("sql/migrations");
        List<String> files;
        try (var list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Path jar = tmp.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migrations/"));
            for (String f : files) {
                out.putNextEntry(new JarEntry("db/migrations/" + f));
                out.write(Files.readAllBytes(folder.resolve(f)));
                out.closeEntry();
            }
        }
        // when both are listed
        List<Migrations.Script> fromFolder = Migrations.packaged(getClass().getClassLoader()).orElseThrow();
        List<Migrations.Script> fromJar;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            fromJar = Migrations.packaged(loader).orElseThrow();
        }
        // then they name every file once, with the same checksums
        assertThat(fromFolder.stream().map(Migrations.Script::file).sorted().toList()).isEqualTo(files);
        assertThat(fromJar).containsExactlyInAnyOrderElementsOf(fromFolder);
    }
}
