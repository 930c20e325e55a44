package dev.planetl.job;

import dev.planetl.load.DiscoveredFile;
import dev.planetl.load.DocumentRegistry;
import dev.planetl.load.RunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * First step: finds the documents under the folder, registers each by SHA-256, decides which the run processes
 * (new or changed content, a new reader version, a plan year the steward's manifest changed, or forced by a rerun
 * of their plan year), and marks documents
 * that disappeared as missing. Runs in one transaction; on a restart it is not run again.
 */
public class DiscoverTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverTasklet.class);

    private final DocumentRegistry registry;
    private final RunRepository runs;
    private final JobDefinition definition;
    private final String readerVersion;

    public DiscoverTasklet(DocumentRegistry registry, RunRepository runs, JobDefinition definition,
                           String readerVersion) {
        this.registry = registry;
        this.runs = runs;
        this.definition = definition;
        this.readerVersion = readerVersion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobParameters params = jobExecution.getJobParameters();
        String root = params.getString(IngestParameters.ROOT);
        Long year = params.getLong(IngestParameters.YEAR);
        Integer forcedYear = year == null ? null : year.intValue();
        long runId = runs.runFor(jobExecution.getJobInstance().getInstanceId(),
                params.getString(IngestParameters.COMMAND, "ingest"), root, forcedYear);
        Path folder = Path.of(root);
        if (!Files.isDirectory(folder)) {
            throw new IOException("Not a folder: " + root);
        }
        List<DiscoveredFile> files = discover(folder);
        List<Long> seenIds = new ArrayList<>();
        List<String> seenPaths = new ArrayList<>();
        int toProcess = 0;
        for (DiscoveredFile f : files) {
            var registration = registry.register(root, f, readerVersion, forcedYear,
                    definition.planYearOverride(f.relativePath(), f.sha256()));
            runs.addDocument(runId, registration.id(), registration.process());
            seenIds.add(registration.id());
            seenPaths.add(f.relativePath());
            toProcess += registration.process() ? 1 : 0;
        }
        registry.reconcileUnseen(root, seenIds, seenPaths);
        contribution.incrementReadCount();
        log.info("Found {} documents under {}; {} to process, {} unchanged", files.size(), root, toProcess,
                files.size() - toProcess);
        return RepeatStatus.FINISHED;
    }

    private List<DiscoveredFile> discover(Path folder) throws IOException {
        List<DiscoveredFile> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (definition.excludes(rel)) {
                    continue;
                }
                out.add(new DiscoveredFile(p, rel, sha256(p), Files.size(p)));
            }
        }
        return out;
    }

    static String sha256(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
