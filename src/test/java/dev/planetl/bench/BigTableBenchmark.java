package dev.planetl.bench;

import dev.planetl.extract.Document;
import dev.planetl.extract.Extraction;
import dev.planetl.job.Pipelines;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.read.ReadResult;
import dev.planetl.validate.DocumentValidator;
import dev.planetl.validate.KrwUnits;
import dev.planetl.validate.Ministries;
import dev.planetl.validate.PublicationPolicy;
import dev.planetl.validate.Validation;
import dev.planetl.validate.constraint.RecordConstraints;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plain benchmark harness, not a test: the time each stage takes on one generated project list of N rows
 * ({@link BigTables}), for N = 12,500, 25,000, 50,000 and 100,000 (or the sizes given), best of three runs after
 * a warm-up. Linear behaviour shows as the per-row time staying flat as N doubles. Run it with
 * <pre>
 * ./mvnw -B -q -o test-compile
 * java -cp "target/classes:target/test-classes:$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     dev.planetl.bench.BigTableBenchmark [rows ...]
 * </pre>
 */
public final class BigTableBenchmark {

    private BigTableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {12_500, 25_000, 50_000, 100_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Extraction extraction = Pipelines.extraction();
        PlanDocumentReader reader = PlanDocumentReader.standard();
        DocumentValidator validator = new DocumentValidator(KrwUnits.standard(), Ministries.standard(),
                PublicationPolicy.HOLD_BACK_ON_ERROR, RecordConstraints.DEFAULT_PLAN_YEAR_WINDOW);
        Path dir = Files.createTempDirectory("planetl-bench");
        if (System.getProperty("pipeline") != null) {
            for (int rows : sizes) {
                Path file = BigTables.projectList(dir.resolve(rows + ".txt"), rows);
                long t0 = System.nanoTime();
                var facts = Pipelines.standard(dev.planetl.job.JobDefinition.defaults()
                        .withExtraction(dev.planetl.job.ExtractionSettings.inProcess())).process(
                        new dev.planetl.load.RegisteredDocument(1, "0".repeat(64), file.toString(), file, null));
                System.out.printf("%8d pipeline %d ms, %d lines%n", rows, (System.nanoTime() - t0) / 1_000_000,
                        facts.lines().size());
            }
            return;
        }
        run(extraction, reader, validator, BigTables.projectList(dir.resolve("warmup.txt"), 2_000), 2_000);
        System.out.printf("%8s %10s %10s %10s %10s %12s %8s%n", "rows", "extract ms", "read ms", "validate ms",
                "total ms", "µs per row", "lines");
        for (int rows : sizes) {
            Path file = BigTables.projectList(dir.resolve(rows + ".txt"), rows);
            long[] best = null;
            for (int i = 0; i < 3; i++) {
                long[] t = run(extraction, reader, validator, file, rows);
                if (best == null || t[3] < best[3]) {
                    best = t;
                }
            }
            System.out.printf("%8d %10d %10d %10d %10d %12.1f %8d%n", rows, best[0], best[1], best[2], best[3],
                    best[3] * 1000.0 / rows, best[4]);
        }
    }

    private static long[] run(Extraction extraction, PlanDocumentReader reader, DocumentValidator validator,
                              Path file, int rows) throws Exception {
        long t0 = System.nanoTime();
        Document document = extraction.extract(file);
        long t1 = System.nanoTime();
        ReadResult read = reader.read(document);
        long t2 = System.nanoTime();
        Validation validation = validator.validate(read, 2020);
        long t3 = System.nanoTime();
        return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t3 - t0) / 1_000_000, validation.lines().size()};
    }
}
