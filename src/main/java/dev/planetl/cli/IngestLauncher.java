package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.job.IngestContext;
import dev.planetl.job.IngestRunner;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.Pipelines;
import dev.planetl.job.ProgressSink;

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

    static int launch(WarehouseOptions options, FolderChoice choice, Integer year, boolean fromScratch, String command,
                      PrintWriter out) throws Exception {
        JobDefinition definition = JobDefinition.load(options.jobsDir());
        ProgressSink progress = System.console() != null ? ProgressSink.bar(System.out) : ProgressSink.lines(System.out);
        try (Warehouse w = options.open(command)) {
            Path folder = choice.in(w);
            if (!Files.isDirectory(folder)) {
                throw new UsageException("Not a folder: " + folder);
            }
            String root = folder.toAbsolutePath().normalize().toString();
            try (var ctx = IngestContext.start(w.dataSource(), definition, Pipelines.standard(definition), progress)) {
                IngestRunner.Outcome outcome = IngestContext.runner(ctx).run(root, year, fromScratch, command);
                out.println((outcome.resumed() ? "resumed " : "") + outcome.summary());
                out.flush();
                return outcome.exitCode();
            }
        }
    }
}
