package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.Parallelism;
import dev.planetl.job.Pipelines;
import dev.planetl.job.ProgressSink;
import dev.planetl.job.StandardPipeline;
import dev.planetl.job.WorkerId;
import dev.planetl.job.remote.PartitionWorker;
import dev.planetl.job.remote.WorkerContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Joins a warehouse and reads the partitions of the runs that planetl ingest DIR --remote hands "
                + "out, until stopped (or, with --exit-when-idle, until none came for a while).",
                "The documents are read from the path the ingest names: every worker must see the same folder, "
                        + "jobs/ and vocabularies as the ingest."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.LIST_OK, ExitCode.LIST_FAILED,
                ExitCode.LIST_USAGE})
public class WorkerCommand implements Callable<Integer> {

    @Mixin
    WarehouseOptions warehouse;

    @Mixin
    VocabularyOptions vocabulary;

    @Mixin
    ParallelOptions parallel;

    @Option(names = "--exit-when-idle", description = "End when no partition came for --idle-seconds.")
    boolean exitWhenIdle;

    @Option(names = "--idle-seconds", paramLabel = "S", defaultValue = "60",
            description = "With --exit-when-idle: how long without a partition (default ${DEFAULT-VALUE}).")
    long idleSeconds;

    @Option(names = "--heartbeat-seconds", paramLabel = "S", defaultValue = "5",
            description = "How often the worker tells the warehouse it is alive (default ${DEFAULT-VALUE}); keep it "
                    + "well under the ingest's --worker-timeout-seconds.")
    long heartbeatSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (idleSeconds < 1 || heartbeatSeconds < 1) {
            throw new UsageException("--idle-seconds and --heartbeat-seconds must be at least 1");
        }
        JobDefinition definition = JobDefinition.load(warehouse.jobsDir());
        StandardPipeline pipeline = Pipelines.standard(definition, vocabulary.source());
        pipeline.warmUp();
        Parallelism parallelism = parallel.resolve(definition);
        // one more connection than an ingest of as many threads: the heartbeat
        try (Warehouse w = warehouse.open("worker", parallelism.connections() + 1);
             var ctx = WorkerContext.start(w.dataSource(), definition, pipeline, ProgressSink.lines(System.out),
                     WorkerId.current())) {
            PartitionWorker worker = WorkerContext.worker(ctx, new PartitionWorker.Settings(parallelism.threads(),
                    Duration.ofSeconds(heartbeatSeconds), exitWhenIdle ? Duration.ofSeconds(idleSeconds) : null));
            Thread hook = new Thread(() -> {
                try {
                    worker.shutdown(Duration.ofSeconds(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            int partitions = worker.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is stopping anyway
            }
            spec.commandLine().getOut().println("worker " + WorkerId.current() + " read " + partitions
                    + " partitions");
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
