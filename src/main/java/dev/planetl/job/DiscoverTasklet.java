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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<DiscoveredFile> files = discover(folder, runId);
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

    /**
     * The documents under the folder; every other file is recorded with the reason it is not read: excluded by a
     * pattern, a symbolic link (its target may lie outside the folder, and the file it names is read at its own
     * path if it is under the folder), a special file (a FIFO would block the run), the same bytes as a path
     * already found (one document, read once), an empty file beyond the first (nothing to tell them apart by, each
     * still a failed file of the run) or a file or folder that cannot be read (permissions, an I/O error).
     */
    private List<DiscoveredFile> discover(Path folder, long runId) throws IOException {
        List<DiscoveredFile> out = new ArrayList<>();
        Map<String, String> firstPathOf = new HashMap<>();
        for (Entry entry : walk(folder)) {
            Path p = entry.path();
            String rel = folder.relativize(p).toString().replace('\\', '/');
            BasicFileAttributes attrs = entry.attributes();
            Optional<String> pattern = definition.excludedBy(rel);
            if (pattern.isPresent()) {
                registry.recordSkipped(runId, rel, "excluded", pattern.get());
            } else if (entry.failure() != null) {
                registry.recordSkipped(runId, rel, "unreadable", cannotRead(entry.failure()));
                log.warn("Cannot read {}: {}", rel, cannotRead(entry.failure()));
            } else if (attrs.isSymbolicLink()) {
                registry.recordSkipped(runId, rel, "link", "points to " + Files.readSymbolicLink(p));
            } else if (!attrs.isRegularFile()) {
                registry.recordSkipped(runId, rel, "special", "not a regular file (a FIFO, socket or device)");
            } else {
                String sha;
                try {
                    sha = sha256(p);
                } catch (UncheckedIOException e) {
                    registry.recordSkipped(runId, rel, "unreadable", cannotRead(e.getCause()));
                    log.warn("Cannot read {}: {}", rel, cannotRead(e.getCause()));
                    continue;
                }
                String first = firstPathOf.putIfAbsent(sha, rel);
                if (first != null && attrs.size() == 0) {
                    registry.recordSkipped(runId, rel, "empty", "the file is empty (0 bytes)");
                } else if (first != null) {
                    registry.recordSkipped(runId, rel, "duplicate", first);
                    log.info("Skipping {}: the same bytes as {}", rel, first);
                } else {
                    out.add(new DiscoveredFile(p, rel, sha, attrs.size()));
                }
            }
        }
        return out;
    }

    /** A path under the folder with its own attributes (links not followed), or why it could not be looked at. */
    private record Entry(Path path, BasicFileAttributes attributes, IOException failure) {
    }

    /** Every non-folder entry under the folder, in path order; an unreadable folder is an entry of its own. */
    private static List<Entry> walk(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                entries.add(new Entry(file, attrs, null));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                entries.add(new Entry(file, null, e));
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort(java.util.Comparator.comparing(Entry::path));
        return entries;
    }

    /** The reason a steward reads: the cause, not the exception's class. */
    static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot be read: it disappeared during the run";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot be read: " + message;
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
