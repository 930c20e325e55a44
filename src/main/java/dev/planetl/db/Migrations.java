package dev.planetl.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The migrations the jar carries, compared with what {@code flyway_schema_history} records, so that a command on a
 * current schema does not pay for Flyway (its classes, its scan and its validation cost a second or more).
 *
 * <p>The schema is current when every packaged versioned migration is recorded as applied with the checksum Flyway
 * computes (a CRC32 over the UTF-8 bytes of each line, the line breaks left out, a byte order mark dropped). A
 * migration recorded but not packaged (a newer planetl migrated the warehouse) does not make it behind: Flyway
 * ignores such future migrations too. Whatever cannot be told cheaply (a repeatable migration, an unreadable
 * location, a failed row) counts as behind, and Flyway decides.
 */
final class Migrations {

    private static final String LOCATION = Warehouse.MIGRATIONS.substring("classpath:".length());
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

    /** One packaged migration. */
    record Script(String version, String file, int checksum) {
    }

    private Migrations() {
    }

    /** True when Flyway would have nothing to apply; false when it must run (or when that cannot be told). */
    static boolean current(Connection owner) {
        Optional<List<Script>> packaged = packaged(Migrations.class.getClassLoader());
        if (packaged.isEmpty()) {
            return false;
        }
        try {
            Map<String, Integer> applied = applied(owner);
            return applied != null && packaged.get().stream()
                    .allMatch(s -> Integer.valueOf(s.checksum()).equals(applied.get(s.version())));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Version → checksum of every successful versioned row; null when the table is missing or a row failed. */
    private static Map<String, Integer> applied(Connection owner) throws SQLException {
        try (var st = owner.createStatement()) {
            try (var rs = st.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return null;
                }
            }
            Map<String, Integer> applied = new HashMap<>();
            try (var rs = st.executeQuery("select version, checksum, success from flyway_schema_history")) {
                while (rs.next()) {
                    if (!rs.getBoolean(3)) {
                        return null;
                    }
                    if (rs.getString(1) != null) {
                        int checksum = rs.getInt(2);
                        applied.put(rs.getString(1), rs.wasNull() ? null : checksum);
                    }
                }
            }
            return applied;
        }
    }

    /** The versioned migrations under {@value Warehouse#MIGRATIONS}, or empty when the location cannot be listed. */
    static Optional<List<Script>> packaged(ClassLoader loader) {
        URL dir = loader.getResource(LOCATION);
        if (dir == null) {
            return Optional.empty();
        }
        try {
            List<String> files = list(dir);
            if (files == null || files.isEmpty()) {
                return Optional.empty();
            }
            List<Script> scripts = new ArrayList<>();
            for (String file : files) {
                Matcher m = VERSIONED.matcher(file);
                if (!m.matches()) {
                    return Optional.empty();
                }
                try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + file)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    scripts.add(new Script(m.group(1).replace('_', '.'), file, checksum(in)));
                }
            }
            return Optional.of(scripts);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file names directly under a classpath folder (a directory or a folder in a jar); null when unknown. */
    private static List<String> list(URL dir) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if (dir.getProtocol().equals("file")) {
            try (var files = Files.list(Path.of(dir.toURI()))) {
                files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
            }
            return names;
        }
        if (dir.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            String folder = jar.getEntryName() == null ? LOCATION : jar.getEntryName();
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            try (JarFile file = jar.getJarFile()) {
                file.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length()
                                && n.indexOf('/', prefix.length()) < 0)
                        .forEach(n -> names.add(n.substring(prefix.length())));
            }
            return names;
        }
        return null;
    }

    /** Flyway's checksum of a SQL migration. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        while (line != null) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            line = reader.readLine();
        }
        return (int) crc.getValue();
    }
}
