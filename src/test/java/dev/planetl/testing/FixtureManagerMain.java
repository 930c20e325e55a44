package dev.planetl.testing;

import dev.planetl.db.Warehouse;
import dev.planetl.job.IngestContext;
import dev.planetl.job.IngestRunner;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.ProgressSink;
import dev.planetl.job.remote.RemoteSettings;

import java.time.Duration;

/**
 * A remote manager ({@code ingest --remote}) in a JVM of its own, over the fixture pipeline, so that a test can kill
 * it with SIGKILL part-way. Arguments: JDBC URL, user, password, the documents' folder, the number of partitions.
 * Exits with the run's exit code.
 */
public final class FixtureManagerMain {

    private FixtureManagerMain() {
    }

    public static void main(String[] args) throws Exception {
        int code;
        try (Warehouse w = Warehouse.connect(null, args[0], args[1], args[2], 8);
             var ctx = IngestContext.startRemote(w.dataSource(), JobDefinition.defaults(),
                     new FixturePipeline("fixture-1"), ProgressSink.lines(System.out),
                     new RemoteSettings(Integer.parseInt(args[4]), Duration.ofMinutes(4), Duration.ofSeconds(5), 0))) {
            IngestRunner.Outcome outcome = IngestContext.runner(ctx).run(args[3], null, false, "ingest");
            System.out.println(outcome.summary());
            code = outcome.exitCode();
        }
        System.exit(code);
    }
}
