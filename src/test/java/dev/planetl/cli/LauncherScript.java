package dev.planetl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the tests read of the {@code planetl} launcher script itself, so none of them copies it. */
final class LauncherScript {

    private LauncherScript() {
    }

    /** The JVM options every command runs with: the script's {@code QUICK=} line (compiler and collector). */
    static List<String> quickOptions() throws IOException {
        String quick = Files.readString(Path.of("planetl"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("QUICK=")).findFirst().orElseThrow();
        return List.of(quick.substring("QUICK=".length()).replace("\"", "").trim().split("\\s+"));
    }
}
