package dev.planetl.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs planetl commands as a user does (the launcher, a JVM each), noting when each output line appeared. */
final class Cli {

    /** One output line and the seconds since the command was started. */
    record Line(double at, String text) {
    }

    record Run(int exit, double seconds, List<Line> lines) {

        /** Seconds until the first line containing the text, or -1. */
        double firstAt(String text) {
            return lines.stream().filter(l -> l.text().contains(text)).mapToDouble(Line::at).findFirst().orElse(-1);
        }

        String output() {
            return String.join("\n", lines.stream().map(Line::text).toList());
        }
    }

    private final List<String> launcher;
    private final Map<String, String> env;

    Cli(List<String> launcher, Map<String, String> env) {
        this.launcher = launcher;
        this.env = env;
    }

    Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(Path.of(".").toFile());
        pb.environment().remove("PLANETL_DB_URL");
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        List<Line> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(new Line((System.nanoTime() - start) / 1e9, line));
            }
        }
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), (System.nanoTime() - start) / 1e9, lines);
    }
}
