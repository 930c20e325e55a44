package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.job.IngestContext;
import dev.planetl.job.IngestRunner;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.Parallelism;
import dev.planetl.job.Pipelines;
import dev.planetl.job.ProgressSink;
import dev.planetl.job.StandardPipeline;
import dev.planetl.job.remote.RemoteSettings;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** What ingest and rerun share: open the warehouse, build the job, run or resume it, report. */
final class IngestLauncher {

    /** Which folder to ingest, which may depend on what the warehouse records. */
    interface FolderChoice {
        Path in(Warehouse warehouse) throws Exception;
    }

    private IngestLauncher() {
    }

    static int launch(WarehouseOptions options, VocabularyOptions vocabulary, ParallelOptions parallel,
                      FolderChoice choice, Integer year, boolean fromScratch, String command, PrintWriter out)
            throws Exception {
        return launch(options, vocabulary, parallel, null, choice, year, fromScratch, command, out);
    }

    /** @param remote the remote manager's settings, or null to read the documents on this process's threads */
    static int launch(WarehouseOptions options, VocabularyOptions vocabulary, ParallelOptions parallel,
                      RemoteSettings remote, FolderChoice choice, Integer year, boolean fromScratch, String command,
                      PrintWriter out) throws Exception {
        JobDefinition definition = JobDefinition.load(options.jobsDir());
        Parallelism parallelism = remote == null ? parallel.resolve(definition) : Parallelism.threads(1);
        // Every vocabulary is read and checked before the warehouse is opened: a bad line stops the command here.
        StandardPipeline pipeline = Pipelines.standard(definition, vocabulary.source(), parallelism);
        if (remote == null) {
            pipeline.warmUp(); // while the warehouse opens; a remote manager reads nothing itself
        }
        ProgressSink progress = System.console() != null ? ProgressSink.bar(System.out) : ProgressSink.lines(System.out);
        try (pipeline; Warehouse w = options.open(command, parallelism.connections())) {
            Path folder = choice.in(w);
            if (!Files.isDirectory(folder)) {
                throw new UsageException("Not a folder: " + folder);
            }
            String root = folder.toAbsolutePath().normalize().toString();
            try (var ctx = remote == null
                    ? IngestContext.start(w.dataSource(), definition, pipeline, progress, parallelism)
                    : IngestContext.startRemote(w.dataSource(), definition, pipeline, progress, remote)) {
                IngestRunner.Outcome outcome = IngestContext.runner(ctx).run(root, year, fromScratch, command);
                out.println((outcome.resumed() ? "resumed " : "") + outcome.summary());
                out.flush();
                return outcome.exitCode();
            }
        }
    }
}
