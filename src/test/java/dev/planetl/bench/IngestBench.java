package dev.planetl.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Ingest documents/s over K distinct copies of sample-docs, one thread and N, each into a warehouse of its own. The
 * thread counts take turns within each of {@code rounds} rounds, so that a change of the machine's load (it is
 * shared) falls on both alike; each line names the load average when its run started.
 */
final class IngestBench {

    private IngestBench() {
    }

    /**
     * @return the var folder of the 1×, one-thread warehouse (for the start-up figures), or null
     * @param coldChildren every measured run starts its own extraction children (none kept warm from the run
     *     before: {@code PLANETL_CHILD_IDLE_TIMEOUT=0}), as the first run after the idle timeout does
     */
    static Path run(Path work, int[] copies, int threads, int rounds, boolean coldChildren, List<String> launcher,
                    List<Path> varDirs, PrintStream out) throws Exception {
        Cli probe = new Cli(launcher, PlanetlBench.freshServer(work.resolve("var-probe")));
        String usage = probe.run("ingest", "--help").output();
        boolean threaded = usage.contains("--threads");
        List<Integer> threadCounts = threaded && threads > 1 ? List.of(1, threads) : List.of(1);
        // A jar's first ingest records the class archives (the launcher's and the extraction children's) and is
        // slower for it; every later one maps them. A throwaway ingest first, so that no measured run is that one.
        // Then, unless each run is to start its own children, one for each thread count, so that each measured run
        // finds the extraction children of its compiler and number (README "Performance") kept warm by a run before
        // it, as the runs of a day after the first do (a child that records the archive ends instead of waiting).
        Path primer = work.resolve("corpus-primer");
        DistinctCopies.write(Path.of("sample-docs"), primer, 1);
        // the children's compilers are still at work after one copy of sample-docs (README "Performance"), so the
        // runs that keep them warm read four
        Path warmer = work.resolve("corpus-warmer");
        if (!coldChildren) {
            DistinctCopies.write(Path.of("sample-docs"), warmer, 4);
        }
        List<Integer> primers = new ArrayList<>(List.of(0));
        if (!coldChildren) {
            primers.addAll(threadCounts);
        }
        for (int t : primers) {
            Path primerVar = work.resolve("var-primer-" + t + "t");
            varDirs.add(primerVar);
            List<String> args = new ArrayList<>(List.of("ingest", (t == 0 ? primer : warmer).toString()));
            if (threaded && t > 0) {
                args.addAll(List.of("--threads", Integer.toString(t)));
            }
            Cli.Run primed = new Cli(launcher, env(primerVar, coldChildren)).run(args.toArray(String[]::new));
            out.printf(Locale.ROOT, "  (a first ingest, %s, not measured: %.1f s, exit %d)%n",
                    t == 0 ? "recording the class archives" : t + " thread(s)", primed.seconds(), primed.exit());
        }
        out.println("Ingest of distinct copies of sample-docs (process step: documents / its time), extraction "
                + (coldChildren ? "children started by each run (PLANETL_CHILD_IDLE_TIMEOUT=0)"
                        : "children kept warm from the run before (the default)"));
        if (!threaded) {
            out.println("  threading is not available: this build's ingest has no --threads option; one thread only");
        }
        Path existing = null;
        TreeMap<Integer, Map<Integer, List<Double>>> rates = new TreeMap<>();
        for (int k : copies) {
            Path corpus = work.resolve("corpus-" + k);
            int files = DistinctCopies.write(Path.of("sample-docs"), corpus, k);
            for (int round = 0; round < rounds; round++) {
                for (int t : threadCounts) {
                    Path var = work.resolve("var-" + k + "x-" + t + "t-" + round);
                    varDirs.add(var);
                    Cli cli = new Cli(launcher, env(var, coldChildren));
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
                    rates.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(t, x -> new ArrayList<>())
                            .add(files / seconds);
                    out.printf(Locale.ROOT, "  %2d× (%3d files), %d thread(s): %.2f documents/s (%.2f s a document), "
                                    + "command %.1f s, exit %d, load %s%n", k, files, t, files / seconds,
                            seconds / files, run.seconds(), run.exit(), load);
                    if (k == 1 && t == 1 && existing == null) {
                        existing = var;
                    }
                }
            }
        }
        if (rounds > 1) {
            summary(rates, threadCounts, out);
        }
        return existing;
    }

    /**
     * The medians of the rounds, and the goals' ratios from them (two threads against one, the smallest corpus's
     * cost a document against the largest's): one round's ratio moves by a tenth or more on a shared machine.
     */
    private static void summary(TreeMap<Integer, Map<Integer, List<Double>>> rates, List<Integer> threadCounts,
                                PrintStream out) {
        out.println("Medians of the rounds (documents/s)");
        for (Map.Entry<Integer, Map<Integer, List<Double>>> e : rates.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %2d×:", e.getKey()));
            for (int t : threadCounts) {
                line.append(String.format(Locale.ROOT, " %d thread(s) %.2f", t, median(e.getValue().get(t))));
            }
            if (threadCounts.size() > 1) {
                int n = threadCounts.get(threadCounts.size() - 1);
                line.append(String.format(Locale.ROOT, "; %d threads against 1: %.2f×", n,
                        median(e.getValue().get(n)) / median(e.getValue().get(1))));
            }
            out.println(line);
        }
        if (rates.size() > 1) {
            int smallest = rates.firstKey();
            int largest = rates.lastKey();
            for (int t : threadCounts) {
                // cost a document is the inverse of the rate
                double ratio = median(rates.get(largest).get(t)) / median(rates.get(smallest).get(t));
                out.printf(Locale.ROOT, "  cost a document, %d× against %d×, %d thread(s): %.2f×%n", smallest, largest,
                        t, ratio);
            }
        }
    }

    private static double median(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A fresh server's environment; with {@code coldChildren} the run keeps no extraction children warm. */
    private static Map<String, String> env(Path var, boolean coldChildren) throws Exception {
        Map<String, String> env = PlanetlBench.freshServer(var);
        if (coldChildren) {
            env.put("PLANETL_CHILD_IDLE_TIMEOUT", "0");
        }
        return env;
    }
}
