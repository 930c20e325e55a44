package dev.planetl.extract.isolation;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.FileExtraction;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Extracts each document in a child JVM, in the manner of Tika's forked parsers: a parser that hangs, or runs out
 * of memory, or whose process is killed, costs that document (failed with the reason) and that child; the pool
 * starts a fresh child for the next document, and the run goes on. Children are started on demand, one per
 * concurrent caller up to the pool's most children (callers beyond wait for one), and kept idle between documents
 * (a warm child reads much faster than a new one); {@link #startAhead} starts the first before any document comes.
 *
 * <ul>
 *   <li>past {@link ChildSettings#timeout()} the child is killed: {@code TIMEOUT: … took longer than 120 s …};</li>
 *   <li>a child out of heap ends itself ({@code -XX:+ExitOnOutOfMemoryError}):
 *       {@code TOO_LARGE: … ran out of memory (child heap 1024 MB) …};</li>
 *   <li>a child that died otherwise (killed, crashed): {@code CRASHED: … died without an answer (exit code 137) …}.</li>
 * </ul>
 * No thread of the parent waits on a dead child: the caller's thread reads the answer and the watchdog kills the
 * process, which ends the read. Thread-safe; {@link #close} ends every child, or with {@link ChildParking} parks
 * the idle ones for a later pool, and such a pool adopts them before it starts children of its own. A document
 * whose adopted child dies without an answer is extracted again in a child of this pool's own, whose end (its exit
 * code, its last words) this JVM can tell: the document fails with the same reason as without parking.
 */
public final class ExtractionPool implements FileExtraction, AutoCloseable {

    /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** Longest a child may take to start and build its extractors (about 2 s on an idle machine). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /**
     * How children are started.
     *
     * @param heapMegabytes each child's {@code -Xmx}
     * @param timeout longest one document's extraction may take before its child is killed
     * @param factoryClass a {@code Supplier<FileExtraction>} class the child builds its extraction with
     * @param jvmOptions planetl's own further options of the child JVM (its compiler, say), before the operator's
     *     {@code PLANETL_CHILD_JAVA_OPTS}, which win
     */
    public record ChildSettings(int heapMegabytes, Duration timeout, String factoryClass, List<String> jvmOptions) {

        public ChildSettings(int heapMegabytes, Duration timeout, String factoryClass) {
            this(heapMegabytes, timeout, factoryClass, List.of());
        }

        public ChildSettings {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(factoryClass, "factoryClass");
            jvmOptions = List.copyOf(jvmOptions);
            if (heapMegabytes < 16 || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("child heap must be at least 16 MB and the timeout positive: "
                        + heapMegabytes + " MB, " + timeout);
            }
        }
    }

    private final ChildSettings settings;
    private final List<String> command;
    /** The children's class archive, or null to start them without one. */
    private final ChildArchive archive;
    /** Where idle children are parked at close and adopted from, or null to end them. */
    private final ChildParking parking;
    /** The name of this pool's children among parked ones (a digest of their command line). */
    private final String parkingKey;
    private final DocumentCodec codec = new DocumentCodec();
    private final Deque<ExtractionChild> idle = new ArrayDeque<>();
    private final ScheduledExecutorService watchdog;
    /** One permit per child the pool may run at once. */
    private final Semaphore children;
    /** Done when no child is being started ahead; callers wait for it rather than start another beside it. */
    private volatile CompletableFuture<Void> startingAhead = CompletableFuture.completedFuture(null);
    private boolean closed;

    /** A pool that starts a child for every concurrent caller. */
    public ExtractionPool(ChildSettings settings) {
        this(settings, Integer.MAX_VALUE);
    }

    /**
     * @param maxChildren the most children running at once: a caller beyond waits for one (on two cores one child
     *     serves two ingest threads, one reading its document while the other's is extracted)
     */
    public ExtractionPool(ChildSettings settings, int maxChildren) {
        this(settings, maxChildren, Optional.empty());
    }

    /** @param parking where idle children are parked for later pools and adopted from, if anywhere */
    public ExtractionPool(ChildSettings settings, int maxChildren, Optional<ChildParking> parking) {
        this(settings, maxChildren, ChildArchive.fromEnvironment(), System.getProperty("java.class.path"),
                parking.orElse(null));
    }

    /** @param archive the children's class archive (mapped, or recorded by the first child), or null for none */
    ExtractionPool(ChildSettings settings, int maxChildren, ChildArchive archive) {
        this(settings, maxChildren, archive, System.getProperty("java.class.path"));
    }

    /**
     * @param classpath the children's class path: this JVM's, or for a test the unpacked jar (a class archive can
     *     only be recorded from jars, never from a folder of classes)
     */
    ExtractionPool(ChildSettings settings, int maxChildren, ChildArchive archive, String classpath) {
        this(settings, maxChildren, archive, classpath, null);
    }

    /** @param parking where idle children are parked at close and adopted from, or null to end them */
    ExtractionPool(ChildSettings settings, int maxChildren, ChildArchive archive, String classpath,
            ChildParking parking) {
        if (maxChildren < 1) {
            throw new IllegalArgumentException("at least one extraction process, not " + maxChildren);
        }
        this.children = new Semaphore(maxChildren, true);
        this.settings = Objects.requireNonNull(settings, "settings");
        List<String> options = new ArrayList<>(settings.jvmOptions());
        options.addAll(ChildCommand.extraOptions(System.getenv("PLANETL_CHILD_JAVA_OPTS")));
        this.command = ChildCommand.of(settings.heapMegabytes(), settings.factoryClass(), options, classpath);
        this.archive = archive;
        this.parking = parking != null && parking.prepare() ? parking : null;
        this.parkingKey = this.parking == null ? null : ChildParking.key(command);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "extraction watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    public ChildSettings settings() {
        return settings;
    }

    /**
     * Starts one child now, in the background, so the first document finds it warm instead of waiting for a JVM to
     * start and build its extractors. A start that fails costs nothing: the first document starts a child of its
     * own and reports what went wrong.
     */
    public void startAhead() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        startingAhead = done;
        Thread starter = new Thread(() -> {
            try {
                children.acquire();
                try {
                    giveBack(startChild());
                } finally {
                    children.release();
                }
            } catch (IOException | RuntimeException e) {
                // no child now: the first document starts one and says why
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.complete(null);
            }
        }, "extraction child start");
        starter.setDaemon(true);
        starter.start();
    }

    @Override
    public Document extract(Path file) throws ExtractionException {
        try {
            startingAhead.get();
            children.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(Reason.TIMEOUT, "TIMEOUT: " + file
                    + ": interrupted while waiting for an extraction process");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e); // never: the start completes normally whatever happens
        }
        try {
            return extractInChild(file);
        } finally {
            children.release();
        }
    }

    private Document extractInChild(Path file) throws ExtractionException {
        ExtractionChild child = borrow(file);
        boolean reusable = false;
        try {
            ExtractionChild.Answer answer;
            try {
                answer = child.ask(codec.request(file), settings.timeout(), watchdog);
            } catch (IOException e) {
                // the idle child had ended (killed, or retired after a timeout): a fresh one gets the request
                child.stop();
                child = start(file, true);
                answer = askFresh(child, file);
            }
            if (answer.line() == null && child.adopted() && !answer.timedOut()) {
                // an adopted child's end is not known here: a child of this pool's own tells how it ends
                child.stop();
                child = start(file, false);
                answer = askFresh(child, file);
            }
            if (answer.line() == null) {
                throw died(file, child, answer);
            }
            DocumentCodec.Response response = codec.response(answer.line());
            reusable = !response.retire();
            if (response.document() != null) {
                return response.document();
            }
            throw new ExtractionException(response.reason(), response.message());
        } finally {
            if (reusable) {
                giveBack(child);
            } else {
                child.stop();
            }
        }
    }

    private ExtractionChild.Answer askFresh(ExtractionChild child, Path file) throws ExtractionException {
        try {
            return child.ask(codec.request(file), settings.timeout(), watchdog);
        } catch (IOException e) {
            child.stop();
            throw new ExtractionException(Reason.CRASHED, "CRASHED: " + file + ": a new extraction process (pid "
                    + child.pid() + ") ended before it took the file (" + e.getMessage() + ")", e);
        }
    }

    private ExtractionException died(Path file, ExtractionChild child, ExtractionChild.Answer answer) {
        if (answer.timedOut()) {
            return new ExtractionException(Reason.TIMEOUT, "TIMEOUT: " + file + ": extraction took longer than "
                    + seconds(settings.timeout()) + " and its process (pid " + child.pid() + ") was stopped");
        }
        boolean outOfMemory = answer.exitCode() == OUT_OF_MEMORY_EXIT
                || answer.lastErrors().stream().anyMatch(l -> l.contains("OutOfMemoryError"));
        if (outOfMemory) {
            return new ExtractionException(Reason.TOO_LARGE, "TOO_LARGE: " + file + ": extraction ran out of memory"
                    + " (child heap " + settings.heapMegabytes() + " MB) and its process (pid " + child.pid()
                    + ") ended");
        }
        int code = answer.exitCode();
        String signal = code > 128 && code < 160 ? ", killed by signal " + (code - 128) : "";
        String last = answer.lastErrors().isEmpty() ? ""
                : "; its last words: " + answer.lastErrors().get(answer.lastErrors().size() - 1);
        return new ExtractionException(Reason.CRASHED, "CRASHED: " + file + ": the extraction process (pid "
                + child.pid() + ") died without an answer (exit code " + code + signal + ")" + last);
    }

    private ExtractionChild borrow(Path file) throws ExtractionException {
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("the extraction pool is closed");
            }
            while (!idle.isEmpty()) {
                ExtractionChild child = idle.pollFirst();
                if (child.alive()) {
                    return child;
                }
                child.stop();
            }
        }
        return start(file, true);
    }

    /** A parked child of an earlier pool where {@code mayAdopt} and one waits, else a new one, for {@code file}. */
    private ExtractionChild start(Path file, boolean mayAdopt) throws ExtractionException {
        try {
            return mayAdopt ? startChild() : spawnChild();
        } catch (IOException e) {
            throw new ExtractionException(Reason.CRASHED, "CRASHED: " + file + ": no extraction process could be"
                    + " started (" + e.getMessage() + ")", e);
        }
    }

    /** A parked child of an earlier pool, else a new one. */
    private ExtractionChild startChild() throws IOException {
        ExtractionChild adopted = parking == null ? null : parking.adopt(parkingKey, watchdog);
        return adopted != null ? adopted : spawnChild();
    }

    private ExtractionChild spawnChild() throws IOException {
        return ExtractionChild.start(command, archive == null ? ChildArchive.none() : archive.next(), START_TIMEOUT,
                watchdog);
    }

    private void giveBack(ExtractionChild child) {
        synchronized (idle) {
            if (!closed) {
                idle.addFirst(child);
                return;
            }
        }
        end(child);
    }

    /** Parks an idle child for a later pool where it may be and there is room, else ends it. */
    private void end(ExtractionChild child) {
        if (parking != null && !child.recording() && child.alive() && parking.room(parkingKey, watchdog)
                && child.park(parking.socket(parkingKey, child.pid()), parking.idle(), codec, watchdog)) {
            return;
        }
        child.close();
    }

    /** The pids of the idle children, newest use first; for the operator's log and for tests. */
    public List<Long> idlePids() {
        synchronized (idle) {
            return idle.stream().map(ExtractionChild::pid).toList();
        }
    }

    /** Ends every idle child (a busy one ends when its caller gives it back) and the watchdog. */
    @Override
    public void close() {
        List<ExtractionChild> children;
        synchronized (idle) {
            closed = true;
            children = List.copyOf(idle);
            idle.clear();
        }
        children.forEach(this::end);
        watchdog.shutdownNow();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
