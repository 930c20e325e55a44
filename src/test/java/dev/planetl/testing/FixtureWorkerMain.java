package dev.planetl.testing;

import dev.planetl.db.Warehouse;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.ProgressSink;
import dev.planetl.job.WorkerId;
import dev.planetl.job.remote.PartitionWorker;
import dev.planetl.job.remote.WorkerContext;

import java.time.Duration;

/**
 * A remote worker in a JVM of its own, over the fixture pipeline slowed down per document, so that a test can run
 * two of them against one warehouse and kill one part-way. Arguments: JDBC URL, user, password, milliseconds per
 * document, seconds idle before it ends.
 */
public final class FixtureWorkerMain {

    private FixtureWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        long delay = Long.parseLong(args[3]);
        FixturePipeline slow = new SlowFixturePipeline(delay);
        try (Warehouse w = Warehouse.connect(null, args[0], args[1], args[2], 8);
             var ctx = WorkerContext.start(w.dataSource(), JobDefinition.defaults(), slow,
                     ProgressSink.lines(System.out), WorkerId.current())) {
            int partitions = WorkerContext.worker(ctx, new PartitionWorker.Settings(1, Duration.ofSeconds(1),
                    Duration.ofSeconds(Long.parseLong(args[4])))).run();
            System.out.println("read " + partitions + " partitions");
        }
        System.exit(0);
    }
}
