package dev.planetl.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The repository's benchmark, a plain harness (not a test: it asserts nothing, and no wall-clock limit is a test):
 * <ol>
 *   <li>warm PDF extraction, planetl beside PDFBox's PDFTextStripper, pages/s ({@link PdfPagesBench});</li>
 *   <li>warm DOCX extraction, planetl beside POI's XWPFWordExtractor, ms a file ({@link DocxFilesBench});</li>
 *   <li>ingest documents/s of 1×, 4× and 16× distinct copies of sample-docs ({@link DistinctCopies}), one thread
 *       and N (when {@code ingest} has {@code --threads}; else it says so and runs one), each into a warehouse of
 *       its own: the process step's documents over its time, from the first "Processing 1/" line to "Processed";</li>
 *   <li>start-up: {@code --help}, {@code status} on a running server (median of five), and the first document of
 *       an ingest on an existing warehouse (one new file), from the command's start.</li>
 * </ol>
 * Commands run through {@code ./planetl} (a JVM each, as a user runs them), their servers in a temporary var folder.
 * Run it with {@code ./mvnw -B -o -Pbench package} (arguments in {@code -Dbench.args="--copies 1,4 --threads 2"});
 * README, "Performance", has the latest figures.
 */
public final class PlanetlBench {

    private PlanetlBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int[] copies = Arrays.stream(options.getOrDefault("copies", "1,4,16").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Integer.parseInt(options.getOrDefault("threads", Integer.toString(cores)));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        List<String> launcher = List.of(options.getOrDefault("planetl", "./planetl"));
        Path work = Files.createTempDirectory("planetl-bench");

        out.println("planetl benchmark, " + java.time.Instant.now());
        out.println(machine());
        if (!options.containsKey("skip-pdf")) {
            out.println();
            out.println("PDF extraction, warm, same JVM, best of " + rounds + " rounds after 2 warm-ups");
            PdfPagesBench.Result pdf = PdfPagesBench.run(2, rounds, out);
            out.printf(Locale.ROOT, "  %d PDFs, %d pages: planetl %.1f pages/s, PDFTextStripper %.1f pages/s, "
                    + "ratio %.2f×%n", pdf.files(), pdf.pages(), pdf.planetlPagesPerSecond(),
                    pdf.pdfboxPagesPerSecond(), pdf.ratio());
        }
        if (!options.containsKey("skip-docx")) {
            out.println();
            out.println("DOCX extraction, warm, same JVM, best of " + rounds + " rounds after 2 warm-ups");
            DocxFilesBench.Result docx = DocxFilesBench.run(2, rounds, DocxFilesBench.readers(), out);
            docx.msPerFile().forEach((name, ms) -> out.printf(Locale.ROOT, "  %d DOCX files: %s %.2f ms a file%n",
                    docx.files(), name, ms));
        }
        List<Path> varDirs = new ArrayList<>();
        try {
            Path existing = null;
            if (!options.containsKey("skip-ingest")) {
                out.println();
                existing = IngestBench.run(work, copies, threads,
                        Integer.parseInt(options.getOrDefault("ingest-rounds", "1")),
                        options.containsKey("cold-children"), launcher, varDirs, out);
            }
            if (!options.containsKey("skip-startup")) {
                out.println();
                StartupBench.run(work, existing, launcher, varDirs, out);
            }
        } finally {
            for (Path var : varDirs) {
                new Cli(launcher, Map.of("PLANETL_VAR", var.toString())).run("db", "--stop");
            }
        }
        out.println();
        out.println("load average at the end: " + loadAverage());
    }

    /** The machine the figures come from, and how busy it was. */
    static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            cpu = Files.readAllLines(info, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "machine: %s, %d cores, %d GiB, %s %s, Java %s; load average at the start: %s",
                cpu, Runtime.getRuntime().availableProcessors(), memory >> 30, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), loadAverage());
    }

    static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static Map<String, String> freshServer(Path var) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("PLANETL_VAR", var.toString());
        env.put("PLANETL_DB_IDLE_TIMEOUT", "10m");
        try (var s = new java.net.ServerSocket(0)) {
            env.put("PLANETL_DB_PORT", Integer.toString(s.getLocalPort()));
        }
        return env;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = key.startsWith("skip-") || key.equals("cold-children");
            options.put(key, flag ? "" : args[++i]);
        }
        return options;
    }
}
