package dev.planetl.extract.isolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One extraction child process as the parent sees it: a request line out, a response line back, within a time
 * limit past which the process is killed. Its stderr is forwarded to the parent's log by a daemon thread that ends
 * with the process, and its last lines are kept to tell why it died. Used by one thread at a time.
 */
final class ExtractionChild {

    private static final Logger log = LoggerFactory.getLogger(ExtractionChild.class);
    private static final int KEPT_ERROR_LINES = 20;

    /** What came back for one request: the response line, or null when the process ended without one. */
    record Answer(String line, boolean timedOut, int exitCode, List<String> lastErrors) {
    }

    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader responses;
    private final Deque<String> lastErrors = new ArrayDeque<>();
    private final Thread drain;
    private final ChildArchive.Start archive;

    private ExtractionChild(Process process, ChildArchive.Start archive) {
        this.process = process;
        this.archive = archive;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.responses = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.drain = new Thread(this::drainErrors, "extraction child " + process.pid() + " stderr");
        drain.setDaemon(true);
        drain.start();
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

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
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
            process.destroyForcibly();
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

    /** Kills the process (if it still runs) and waits for it to end; a class archive it was recording is lost. */
    void stop() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            archive.ended(false);
        }
    }

    /**
     * Asks the process to end by closing its stdin, then waits briefly and kills it if it has not. A child
     * recording the class archive is given longer: it writes the archive (some 35 MB) as it exits.
     */
    void close() {
        try {
            requests.close();
            if (process.waitFor(archive.recording() ? 120 : 2, TimeUnit.SECONDS)) {
                archive.ended(process.exitValue() == 0);
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
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** The last stderr lines, once the drain has read what the ended process wrote. */
    private List<String> errors() {
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
