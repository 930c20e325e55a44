package dev.planetl.job;

import dev.planetl.load.DiscoveredFile;
import dev.planetl.load.DocumentRegistry;
import dev.planetl.load.FileHashes;
import dev.planetl.load.FileHashes.FileState;
import dev.planetl.load.FileHashes.Hashed;
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
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * First step: finds the documents under the folder, registers each by SHA-256, decides which the run processes
 * (new or changed content, a new reader version, a plan year the steward's manifest changed, or forced by a rerun
 * of their plan year), and marks documents
 * that disappeared as missing. Runs in one transaction; on a restart it is not run again.
 *
 * <p>A file is read to be hashed only when it is new or changed: one found as it was when an earlier run hashed it
 * (its size, modification and status-change times, device and inode; {@link FileHashes}) keeps that hash, so a
 * nightly run over a large folder reads only what changed. A rerun hashes every file.
 */
public class DiscoverTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverTasklet.class);
    /**
     * How long before a hashing a file's status must have changed for the hash to be taken again later: a change
     * within the file system's timestamp granularity of the hashing could leave the same times on other bytes.
     */
    static final Duration SETTLED = Duration.ofSeconds(2);

    private final DocumentRegistry registry;
    private final FileHashes hashes;
    private final RunRepository runs;
    private final JobDefinition definition;
    private final String readerVersion;

    public DiscoverTasklet(DocumentRegistry registry, FileHashes hashes, RunRepository runs, JobDefinition definition,
                           String readerVersion) {
        this.registry = registry;
        this.hashes = hashes;
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
        Discovery discovery = discover(folder, runId, root, forcedYear == null ? hashes.of(root) : Map.of());
        List<DiscoveredFile> files = discovery.files();
        List<Long> seenIds = new ArrayList<>();
        List<String> seenPaths = new ArrayList<>();
        int toProcess = 0;
        List<DocumentRegistry.Registration> registrations = registry.registerAll(root, files, readerVersion,
                forcedYear, f -> definition.planYearOverride(f.relativePath(), f.sha256()));
        runs.addDocuments(runId, registrations);
        for (int i = 0; i < files.size(); i++) {
            seenIds.add(registrations.get(i).id());
            seenPaths.add(files.get(i).relativePath());
            toProcess += registrations.get(i).process() ? 1 : 0;
        }
        registry.reconcileUnseen(root, seenIds, seenPaths);
        contribution.incrementReadCount();
        log.info("Found {} documents under {}; {} to process, {} unchanged; {} files read to hash, {} as they were "
                + "when hashed", files.size(), root, toProcess, files.size() - toProcess, discovery.read(),
                discovery.known());
        return RepeatStatus.FINISHED;
    }

    /**
     * The documents under the folder; every other file is recorded with the reason it is not read: excluded by a
     * pattern, a symbolic link (its target may lie outside the folder, and the file it names is read at its own
     * path if it is under the folder), a special file (a FIFO would block the run), the same bytes as a path
     * already found (one document, read once), an empty file beyond the first (nothing to tell them apart by, each
     * still a failed file of the run) or a file or folder that cannot be read (permissions, an I/O error).
     */
    private Discovery discover(Path folder, long runId, String root, Map<String, Hashed> known) throws IOException {
        List<DiscoveredFile> out = new ArrayList<>();
        Map<String, String> firstPathOf = new HashMap<>();
        List<Hashed> taken = new ArrayList<>();
        List<String> hashedPaths = new ArrayList<>();
        int reused = 0;
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
                // the state before the read: a change during it leaves another state, which is hashed again
                Optional<FileState> state = stateOf(p);
                Hashed before = known.get(rel);
                String sha;
                if (state.isPresent() && before != null && unchanged(before, state.get())) {
                    sha = before.sha256();
                    reused++;
                } else {
                    Instant hashedAt = Instant.now();
                    try {
                        sha = sha256(p);
                    } catch (UncheckedIOException e) {
                        registry.recordSkipped(runId, rel, "unreadable", cannotRead(e.getCause()));
                        log.warn("Cannot read {}: {}", rel, cannotRead(e.getCause()));
                        continue;
                    }
                    if (state.isPresent()) {
                        taken.add(new Hashed(rel, state.get(), sha, hashedAt));
                    }
                }
                hashedPaths.add(rel);
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
        hashes.record(root, taken);
        hashes.keepOnly(root, hashedPaths);
        return new Discovery(out, taken.size(), reused);
    }

    /** The documents found, how many files were read to hash them and how many kept the hash of an earlier run. */
    private record Discovery(List<DiscoveredFile> files, int read, int known) {
    }

    /**
     * Whether a file is as it was when {@code before} hashed it: the same state, whose status last changed at least
     * {@link #SETTLED} before that hashing began (a later write or change of its times sets the status-change time
     * anew, to the time of that change).
     */
    static boolean unchanged(Hashed before, FileState now) {
        Instant at = before.hashedAt();
        long hashedNanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        return before.state().equals(now) && now.changedNanos() < hashedNanos - SETTLED.toNanos();
    }

    /** A file's state, links not followed; empty where the file system does not tell all of it (no unix view). */
    static Optional<FileState> stateOf(Path p) {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:size,lastModifiedTime,ctime,dev,ino",
                    LinkOption.NOFOLLOW_LINKS);
            if (a.get("size") instanceof Long size && a.get("lastModifiedTime") instanceof FileTime modified
                    && a.get("ctime") instanceof FileTime changed && a.get("dev") instanceof Long device
                    && a.get("ino") instanceof Long inode) {
                return Optional.of(new FileState(size, modified.to(TimeUnit.NANOSECONDS),
                        changed.to(TimeUnit.NANOSECONDS), device, inode));
            }
            return Optional.empty();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // no unix view (another platform, another file system provider), or the file is gone: hashed as ever
            return Optional.empty();
        }
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
