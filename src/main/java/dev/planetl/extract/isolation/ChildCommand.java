package dev.planetl.extract.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The command line of an extraction child: this JVM's {@code java} on this JVM's classpath, with a bounded heap.
 * Inside the planetl jar (a Spring Boot jar, whose classes sit under {@code BOOT-INF/}) the child goes through
 * Spring Boot's {@code PropertiesLauncher} with {@code loader.main} naming {@link ExtractionChildMain}; from a
 * plain classpath (tests, an IDE) it names the class directly. {@code PLANETL_CHILD_JAVA_OPTS} adds the operator's
 * own JVM options (say {@code -XX:TieredStopAtLevel=1}, see README "Performance").
 */
final class ChildCommand {

    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ChildCommand() {
    }

    /**
     * @param extra further JVM options (the pool's, then the operator's), after the fixed ones here (so that they
     *     win) and before the class path
     * @param classpath the class path the child runs on (this JVM's, but for a test of the packaged jar)
     */
    static List<String> of(int heapMegabytes, String factoryClass, List<String> extra, String classpath) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m",
                // an out-of-memory ends the child at once (the parent reports it) instead of leaving a broken heap
                "-XX:+ExitOnOutOfMemoryError",
                // the JVM's own warnings go to stdout unless told otherwise, and stdout is the protocol
                "-XX:+DisplayVMOutputToStderr",
                "-XX:+UseSerialGC",
                // the JVM's log (a stale class archive, say) to stderr, never into the protocol; cds's notes off
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr",
                "-Dfile.encoding=UTF-8",
                "-Dlogback.configurationFile=logback-child.xml"));
        command.addAll(extra);
        command.addAll(List.of("-cp", classpath));
        if (isBootJar(classpath)) {
            command.add("-Dloader.main=" + ExtractionChildMain.class.getName());
            command.add(LAUNCHER);
        } else {
            command.add(ExtractionChildMain.class.getName());
        }
        command.add(factoryClass);
        return command;
    }

    /** {@code command} with {@code options} added before its class path (after planetl's and the operator's). */
    static List<String> withOptions(List<String> command, List<String> options) {
        if (options.isEmpty()) {
            return command;
        }
        List<String> with = new ArrayList<>(command);
        with.addAll(with.indexOf("-cp"), options);
        return with;
    }

    /** The operator's own options for the children ({@code PLANETL_CHILD_JAVA_OPTS}, split at white space). */
    static List<String> extraOptions(String options) {
        if (options == null || options.isBlank()) {
            return List.of();
        }
        return List.of(options.strip().split("\\s+"));
    }

    private static boolean isBootJar(String classpath) {
        if (classpath.contains(java.io.File.pathSeparator) || !classpath.endsWith(".jar")
                || !Files.isRegularFile(Path.of(classpath))) {
            return false;
        }
        try (JarFile jar = new JarFile(classpath)) {
            Manifest manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Classes") != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + classpath, e);
        }
    }
}
