package dev.planetl.testing;

import dev.planetl.db.Warehouse;
import dev.planetl.job.IngestContext;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.Parallelism;
import dev.planetl.job.ProgressSink;

/**
 * Runs the real ingest job in a JVM of its own, over the fixture pipeline slowed down per document, so that a test
 * can kill the JVM part-way. Arguments: JDBC URL, user, password, folder, milliseconds per document, and optionally
 * the number of threads (default 1).
 */
public final class FixtureIngestMain {

    private FixtureIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        long delay = Long.parseLong(args[4]);
        Parallelism parallelism = Parallelism.threads(args.length > 5 ? Integer.parseInt(args[5]) : 1);
        FixturePipeline slow = new SlowFixturePipeline(delay);
        try (Warehouse w = Warehouse.connect(null, args[0], args[1], args[2], parallelism.connections())) {
            w.migrate();
            try (var ctx = IngestContext.start(w.dataSource(), JobDefinition.defaults(), slow,
                    ProgressSink.lines(System.out), parallelism)) {
                var outcome = IngestContext.runner(ctx).run(args[3], null, false, "ingest");
                System.out.println((outcome.resumed() ? "resumed " : "started ") + outcome.summary());
                System.exit(outcome.exitCode());
            }
        }
    }
}
