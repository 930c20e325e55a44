package dev.planetl.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ingest documents/s over K distinct copies of sample-docs, one thread and N, each into a warehouse of its own. The
 * thread counts take turns within each of {@code rounds} rounds, so that a change of the machine's load (it is
 * shared) falls on both alike; each line names the load average when its run started.
 */
final class IngestBench {

    private IngestBench() {
    }

    /** @return the var folder of the 1×, one-thread warehouse (for the start-up figures), or null */
    static Path run(Path work, int[] copies, int threads, int rounds, List<String> launcher, List<Path> varDirs,
                    PrintStream out) throws Exception {
        Cli probe = new Cli(launcher, PlanetlBench.freshServer(work.resolve("var-probe")));
        boolean threaded = probe.run("ingest", "--help").output().contains("--threads");
        // A jar's first ingest records the class archives (the launcher's and the extraction children's) and is
        // slower for it; every later one maps them. A throwaway ingest first, so that no measured run is that one.
        Path primer = work.resolve("corpus-primer");
        DistinctCopies.write(Path.of("sample-docs"), primer, 1);
        Path primerVar = work.resolve("var-primer");
        varDirs.add(primerVar);
        Cli.Run primed = new Cli(launcher, PlanetlBench.freshServer(primerVar)).run("ingest", primer.toString());
        out.printf(Locale.ROOT, "  (a first ingest, not measured, recorded the class archives: %.1f s, exit %d)%n",
                primed.seconds(), primed.exit());
        out.println("Ingest of distinct copies of sample-docs (process step: documents / its time)");
        if (!threaded) {
            out.println("  threading is not available: this build's ingest has no --threads option; one thread only");
        }
        List<Integer> threadCounts = threaded && threads > 1 ? List.of(1, threads) : List.of(1);
        Path existing = null;
        for (int k : copies) {
            Path corpus = work.resolve("corpus-" + k);
            int files = DistinctCopies.write(Path.of("sample-docs"), corpus, k);
            for (int round = 0; round < rounds; round++) {
                for (int t : threadCounts) {
                    Path var = work.resolve("var-" + k + "x-" + t + "t-" + round);
                    varDirs.add(var);
                    Cli cli = new Cli(launcher, PlanetlBench.freshServer(var));
                    List<String> args = new ArrayList<>(List.of("ingest", corpus.toString()));
                    if (threaded) {
                        args.addAll(List.of("--threads", Integer.toString(t)));
                    }
                    String load = PlanetlBench.loadAverage();
                    Cli.Run run = cli.run(args.toArray(String[]::new));
                    double first = run.firstAt("Processing 1/");
                    double done = run.firstAt("Processed ");
                    String summary = run.lines().isEmpty() ? "" : run.lines().get(run.lines().size() - 1).text();
                    if (first < 0 || done < 0) {
                        out.println("  " + k + "× (" + files + " files), " + t + " thread(s): no progress lines, exit "
                                + run.exit() + ": " + summary);
                        continue;
                    }
                    double seconds = done - first;
                    out.printf(Locale.ROOT, "  %2d× (%3d files), %d thread(s): %.2f documents/s (%.2f s a document), "
                                    + "command %.1f s, exit %d, load %s%n", k, files, t, files / seconds,
                            seconds / files, run.seconds(), run.exit(), load);
                    if (k == 1 && t == 1 && existing == null) {
                        existing = var;
                    }
                }
            }
        }
        return existing;
    }
}
