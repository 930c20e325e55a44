package dev.planetl.extract.isolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Class-data sharing for the extraction children: the classes a child loads (Tika, PDFBox, POI, hwplib and
 * planetl's extractors) recorded once in a dynamic archive and mapped by every later child, which then starts and
 * warms up in about a second less CPU. The launcher names the archive ({@code PLANETL_CHILD_ARCHIVE}, beside the
 * unpacked jar, so a new build starts without one).
 *
 * <p>While there is no archive, the first child a pool starts records one ({@code -XX:ArchiveClassesAtExit}, to
 * a file of its own); when that child ends cleanly (its stdin closed, {@link ExtractionChild#close}) the file is
 * moved in, and from then on children map it. A child that was killed leaves nothing, and the next child records
 * instead. A stale or unreadable archive costs nothing but the sharing: the JVM maps what it can
 * ({@code -Xshare:auto}) and says why not on stderr, with the cds warnings off.
 */
final class ChildArchive {

    private static final Logger log = LoggerFactory.getLogger(ChildArchive.class);

    /** How one child starts: its options, and the archive it records when it is the recording one. */
    static final class Start {

        private final ChildArchive owner;
        private final List<String> options;
        private final Path recording;
        private final AtomicBoolean ended = new AtomicBoolean();

        private Start(ChildArchive owner, List<String> options, Path recording) {
            this.owner = owner;
            this.options = options;
            this.recording = recording;
        }

        List<String> options() {
            return options;
        }

        boolean recording() {
            return recording != null;
        }

        /** The child has ended, {@code cleanly} (exit code 0 after its stdin closed) or not; once per child. */
        void ended(boolean cleanly) {
            if (recording != null && ended.compareAndSet(false, true)) {
                owner.recorded(recording, cleanly);
            }
        }
    }

    private static final Start NONE = new Start(null, List.of(), null);

    private final Path archive;
    private final AtomicBoolean recording = new AtomicBoolean();

    ChildArchive(Path archive) {
        this.archive = archive.toAbsolutePath();
    }

    /** The archive the launcher names, or null when there is none ({@code PLANETL_NO_CDS}, tests, an IDE). */
    static ChildArchive fromEnvironment() {
        String path = System.getenv("PLANETL_CHILD_ARCHIVE");
        return path == null || path.isBlank() ? null : new ChildArchive(Path.of(path));
    }

    /** How a pool without an archive starts its children: as they are. */
    static Start none() {
        return NONE;
    }

    Path path() {
        return archive;
    }

    /** The options of the next child: map the archive, record it (one child at a time), or neither. */
    Start next() {
        if (exists()) {
            return new Start(this, List.of("-XX:SharedArchiveFile=" + archive), null);
        }
        if (Files.isDirectory(archive.getParent()) && recording.compareAndSet(false, true)) {
            Path file = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".recording");
            return new Start(this, List.of("-XX:ArchiveClassesAtExit=" + file), file);
        }
        return NONE;
    }

    private boolean exists() {
        try {
            return Files.isRegularFile(archive) && Files.size(archive) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void recorded(Path file, boolean cleanly) {
        try {
            if (cleanly && Files.isRegularFile(file) && Files.size(file) > 0) {
                Files.move(file, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                log.debug("extraction children now map the class archive {}", archive);
                return;
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("the extraction children's class archive {} could not be kept: {}", archive, e.toString());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray recording file beside the jar; the next build's folder starts without it
            }
        } finally {
            recording.set(false);
        }
    }
}
