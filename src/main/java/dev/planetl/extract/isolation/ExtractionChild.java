package dev.planetl.extract.isolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One extraction child process as the parent sees it: a request line out, a response line back, within a time
 * limit past which the process is killed. Its stderr is forwarded to the parent's log by a daemon thread that ends
 * with the process, and its last lines are kept to tell why it died. Used by one thread at a time.
 *
 * <p>A child adopted from an earlier run ({@link ChildParking}) talks over its Unix-domain socket instead of its
 * stdin and stdout; it is not this JVM's child, so neither its exit code nor its stderr is known here.
 */
final class ExtractionChild {

    private static final Logger log = LoggerFactory.getLogger(ExtractionChild.class);
    private static final int KEPT_ERROR_LINES = 20;

    /** What came back for one request: the response line, or null when the process ended without one. */
    record Answer(String line, boolean timedOut, int exitCode, List<String> lastErrors) {
    }

    /** The exit code of an adopted child that ended: not this JVM's child, so its code is not known. */
    static final int EXIT_UNKNOWN = -2;

    /** This JVM's child process, or null for an adopted one. */
    private final Process process;
    private final ProcessHandle handle;
    /** An adopted child's socket, or null. */
    private final SocketChannel socket;
    private final BufferedWriter requests;
    private final BufferedReader responses;
    private final Deque<String> lastErrors = new ArrayDeque<>();
    private final Thread drain;
    private final ChildArchive.Start archive;

    private ExtractionChild(Process process, ChildArchive.Start archive) {
        this.process = process;
        this.handle = process.toHandle();
        this.socket = null;
        this.archive = archive;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.responses = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.drain = new Thread(this::drainErrors, "extraction child " + process.pid() + " stderr");
        drain.setDaemon(true);
        drain.start();
    }

    private ExtractionChild(ProcessHandle handle, SocketChannel socket) {
        this.process = null;
        this.handle = handle;
        this.socket = socket;
        this.archive = ChildArchive.none();
        this.requests = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(socket),
                StandardCharsets.UTF_8));
        this.responses = new BufferedReader(new InputStreamReader(Channels.newInputStream(socket),
                StandardCharsets.UTF_8));
        this.drain = null;
    }

    /**
     * Starts a child, mapping or recording the children's class archive as {@code archive} says, and waits until it
     * says it is ready, killing it when {@code timeout} passes first.
     *
     * @throws IOException when the process cannot be started or ends (or is killed) before it is ready
     */
    static ExtractionChild start(List<String> command, ChildArchive.Start archive, Duration timeout,
            ScheduledExecutorService watchdog) throws IOException {
        ExtractionChild child;
        try {
            child = new ExtractionChild(new ProcessBuilder(ChildCommand.withOptions(command, archive.options()))
                    .start(), archive);
        } catch (IOException e) {
            archive.ended(false);
            throw e;
        }
        Answer ready = child.await(timeout, watchdog);
        if (!DocumentCodec.READY.equals(ready.line())) {
            child.stop();
            String why = ready.timedOut() ? "was not ready within " + timeout.toSeconds() + " s"
                    : "ended with exit code " + ready.exitCode();
            throw new IOException("the extraction process " + why + (ready.lastErrors().isEmpty() ? ""
                    : " (" + ready.lastErrors().get(ready.lastErrors().size() - 1) + ")"));
        }
        return child;
    }

    /**
     * Connects to the child parked at {@code socket} and waits until it says it is ready, killing it when
     * {@code timeout} passes first.
     *
     * @throws IOException when nothing listens there (another pool took it, or it is ending) or it does not answer
     */
    static ExtractionChild adopt(Path socket, long pid, Duration timeout, ScheduledExecutorService watchdog)
            throws IOException {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IOException("no process " + pid));
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        ExtractionChild child = new ExtractionChild(handle, channel);
        Answer ready = child.await(timeout, watchdog);
        if (!DocumentCodec.READY.equals(ready.line())) {
            child.stop();
            throw new IOException("the parked extraction process " + pid + " did not answer");
        }
        return child;
    }

    long pid() {
        return handle.pid();
    }

    boolean alive() {
        return handle.isAlive();
    }

    /** Whether this child was adopted from an earlier run rather than started by this JVM. */
    boolean adopted() {
        return process == null;
    }

    /** Whether this child records the children's class archive as it ends (then it must end, not park). */
    boolean recording() {
        return archive.recording();
    }

    /**
     * Asks the idle child to park at {@code at} for {@code idle} and lets it go: from now on it waits for a later
     * pool, not for this one. False when it could not (it is then still this pool's, to close).
     */
    boolean park(Path at, Duration idle, DocumentCodec codec, ScheduledExecutorService watchdog) {
        Answer answer;
        try {
            answer = ask(codec.park(at, idle), Duration.ofSeconds(10), watchdog);
        } catch (IOException | RuntimeException e) {
            return false; // it had ended, or the pool's watchdog is shut down
        }
        if (!DocumentCodec.PARKED.equals(answer.line())) {
            return false;
        }
        try {
            requests.close();
            responses.close();
        } catch (IOException e) {
            // the child no longer reads or writes these
        }
        return true;
    }

    /**
     * Sends one request and waits for its response line, killing the process when {@code timeout} passes first.
     *
     * @throws IOException when the request cannot be written: the process had already ended, and never saw it
     */
    Answer ask(String request, Duration timeout, ScheduledExecutorService watchdog) throws IOException {
        requests.write(request);
        requests.newLine();
        requests.flush();
        return await(timeout, watchdog);
    }

    private Answer await(Duration timeout, ScheduledExecutorService watchdog) {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            timedOut.set(true);
            kill();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            String line;
            while ((line = responses.readLine()) != null) {
                if (line.startsWith("{")) {
                    return new Answer(line, false, 0, List.of());
                }
                log.warn("extraction child {} printed on its protocol stream: {}", pid(), line);
            }
        } catch (IOException e) {
            // the stream broke because the process died: the exit code below says how
        } finally {
            kill.cancel(false);
        }
        return new Answer(null, timedOut.get(), exitCode(), errors());
    }

    private void kill() {
        if (process != null) {
            process.destroyForcibly();
        } else {
            handle.destroyForcibly();
        }
    }

    /** Kills the process (if it still runs) and waits for it to end; a class archive it was recording is lost. */
    void stop() {
        kill();
        try {
            waitFor(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSocket();
            archive.ended(false);
        }
    }

    private boolean waitFor(Duration time) throws InterruptedException {
        if (process != null) {
            return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
        }
        try {
            handle.onExit().get(time.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return !handle.isAlive();
        }
    }

    private void closeSocket() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already broken
            }
        }
    }

    /**
     * Asks the process to end by closing its stdin, then waits briefly and kills it if it has not. A child
     * recording the class archive is given longer: it writes the archive (some 35 MB) as it exits.
     */
    void close() {
        try {
            requests.close();
            closeSocket();
            if (waitFor(Duration.ofSeconds(archive.recording() ? 120 : 2))) {
                archive.ended(process != null && process.exitValue() == 0);
            } else {
                stop();
            }
        } catch (IOException e) {
            stop();
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
        }
    }

    private int exitCode() {
        try {
            if (waitFor(Duration.ofSeconds(10))) {
                return process != null ? process.exitValue() : EXIT_UNKNOWN;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        return handle.isAlive() ? -1 : process != null ? process.exitValue() : EXIT_UNKNOWN;
    }

    /** The last stderr lines, once the drain has read what the ended process wrote. */
    private List<String> errors() {
        if (drain == null) {
            return List.of();
        }
        try {
            drain.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lastErrors) {
            return List.copyOf(lastErrors);
        }
    }

    private void drainErrors() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (lastErrors) {
                    if (lastErrors.size() == KEPT_ERROR_LINES) {
                        lastErrors.removeFirst();
                    }
                    lastErrors.addLast(line);
                }
                log.warn("extraction child {}: {}", process.pid(), line);
            }
        } catch (IOException e) {
            // the process ended; nothing more to forward
        }
    }
}
