package dev.planetl.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A digest of the code that decides what a document yields: every class of the packages {@link #PACKAGES}
 * (extraction, reading, validation) as the classpath holds it, by name and bytes. A build whose readers differ in
 * one byte gets another digest, so the next run reads again the documents it would read differently; a build that
 * changed only the job wiring, the loader or the commands reads nothing again.
 *
 * <p>Computed at start from the class files (a few hundred, some milliseconds): no build step to forget. Classes
 * are taken from the folder or jar that holds each package (target/classes in tests, the application jar, or the
 * nested {@code BOOT-INF/classes} of the executable jar). Thread-safe, stateless.
 */
public final class CodeDigest {

    /** The packages, with their sub-packages, whose classes make the digest. */
    public static final List<String> PACKAGES = List.of("dev/planetl/extract", "dev/planetl/read",
            "dev/planetl/validate");
    /** A class of each package: its folder or jar is where the package is listed (tests have the same packages). */
    private static final List<String> ANCHORS = List.of("Extractor.class", "DocumentReader.class",
            "DocumentValidator.class");

    private CodeDigest() {
    }

    /**
     * The digest (SHA-256, hex) of the reading code on this class loader's classpath.
     *
     * @throws IllegalStateException when a package cannot be found or listed (a build without its classes)
     */
    public static String of(ClassLoader loader) {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        for (int i = 0; i < PACKAGES.size(); i++) {
            String pkg = PACKAGES.get(i);
            URL anchor = loader.getResource(pkg + "/" + ANCHORS.get(i));
            if (anchor == null) {
                throw new IllegalStateException("the reader version cannot be computed: no package " + pkg);
            }
            try {
                URL dir = new URL(anchor, ".");
                for (String relative : classNames(dir, pkg)) {
                    URLConnection c = new URL(dir, relative).openConnection();
                    c.setUseCaches(false);
                    try (InputStream in = c.getInputStream()) {
                        classes.put(pkg + "/" + relative, in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the reader version cannot be computed from " + anchor, e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("the reader version cannot be computed from " + anchor, e);
            }
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Names relative to the package folder ({@code grid/Grid.class}) of every class under it, sub-packages included. */
    private static List<String> classNames(URL dir, String pkg) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if (dir.getProtocol().equals("file")) {
            Path root = Path.of(dir.toURI());
            try (var files = Files.walk(root)) {
                files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(f -> names.add(
                        root.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
            }
            return names;
        }
        if (dir.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            String entry = jar.getEntryName();
            String folder = entry == null ? pkg : entry;
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            try (JarFile file = jar.getJarFile()) {
                file.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
                        .forEach(n -> names.add(n.substring(prefix.length())));
            }
            return names;
        }
        throw new IOException("cannot list " + dir);
    }
}
