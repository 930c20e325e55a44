package dev.planetl.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The code digest changes with a byte of the reading code and with nothing else, from a folder as from a jar. */
class CodeDigestTest {

    @TempDir
    Path tmp;

    @Test
    void aChangedReaderClassChangesTheDigestAChangedLoaderClassDoesNot() throws Exception {
        // given a copy of the compiled classes
        Path classes = Path.of(CodeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path copy = tmp.resolve("classes");
        copyTree(classes.resolve("dev"), copy.resolve("dev"));
        String original = digest(copy);
        assertThat(original).hasSize(64).isEqualTo(CodeDigest.of(getClass().getClassLoader()));

        // when a class outside extract, read and validate changes, the digest stays
        Files.write(copy.resolve("dev/planetl/job/Pipelines.class"), new byte[] {0}, StandardOpenOption.APPEND);
        assertThat(digest(copy)).isEqualTo(original);

        // when a reader class changes by one byte, it changes; so does a new class in a sub-package
        Path reader = copy.resolve("dev/planetl/read/PlanDocumentReader.class");
        Files.write(reader, new byte[] {0}, StandardOpenOption.APPEND);
        String changed = digest(copy);
        assertThat(changed).isNotEqualTo(original);
        Files.write(copy.resolve("dev/planetl/extract/pdf/Extra.class"), new byte[] {1, 2, 3});
        assertThat(digest(copy)).isNotEqualTo(changed);

        // and the same classes in a jar give the same digest as the folder
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(copy)) {
            for (Path f : files.sorted().toList()) {
                String name = copy.relativize(f).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                out.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
                if (!Files.isDirectory(f)) {
                    out.write(Files.readAllBytes(f));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(CodeDigest.of(loader)).isEqualTo(digest(copy));
        }
    }

    private static String digest(Path classes) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return CodeDigest.of(loader);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
