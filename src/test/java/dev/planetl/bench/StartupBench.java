package dev.planetl.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up times as a steward meets them: {@code --help}, {@code status} on a running server (median of five), and
 * an ingest's first document on an existing warehouse: one new file beside the ones already read.
 */
final class StartupBench {

    private static final int RUNS = 5;

    private StartupBench() {
    }

    static void run(Path work, Path existing, List<String> launcher, List<Path> varDirs, PrintStream out)
            throws Exception {
        Path folder = work.resolve("corpus-1");
        if (existing == null) {
            DistinctCopies.write(Path.of("sample-docs"), work.resolve("corpus-startup"), 1);
            folder = work.resolve("corpus-startup");
            existing = work.resolve("var-startup");
            varDirs.add(existing);
            new Cli(launcher, PlanetlBench.freshServer(existing)).run("ingest", folder.toString());
        }
        Map<String, String> env = PlanetlBench.freshServer(existing);
        Cli cli = new Cli(launcher, env);
        out.println("Start-up (median of " + RUNS + ")");
        double help = median(cli, RUNS, "--help");
        cli.run("status"); // the server is running from here on (idle timeout 10 min)
        double status = median(cli, RUNS, "status");
        out.printf(Locale.ROOT, "  --help %.2f s; status on a running server %.2f s (%.2f× --help)%n", help, status,
                status / help);

        // one new document (a distinct copy of a sample text) beside those the warehouse holds
        Path plan = folder.resolve("copy-0").resolve("002_051c73b7d6606d90.txt");
        Path added = plan.resolveSibling("startup-" + System.nanoTime() + ".txt");
        Files.writeString(added, Files.readString(plan, StandardCharsets.UTF_8) + "\n새 문서 " + System.nanoTime()
                + "\n", StandardCharsets.UTF_8);
        Cli.Run ingest = cli.run("ingest", folder.toString());
        double firstStarted = ingest.firstAt("Processing 1/");
        double firstDone = ingest.firstAt("Processed ");
        out.printf(Locale.ROOT, "  ingest on an existing warehouse, one new document: it starts at %.2f s, is done at "
                + "%.2f s; command %.2f s, exit %d%n", firstStarted, firstDone, ingest.seconds(), ingest.exit());
    }

    private static double median(Cli cli, int runs, String... args) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(cli.run(args).seconds());
        }
        times.sort(Double::compare);
        return times.get(runs / 2);
    }
}
