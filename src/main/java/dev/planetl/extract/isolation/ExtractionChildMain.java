package dev.planetl.extract.isolation;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.FileExtraction;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The extraction child: {@code java -cp <planetl's classpath> ExtractionChildMain <factory class>}, started by
 * {@link ExtractionPool}. Reads one request line at a time on stdin, extracts the file with the
 * {@link FileExtraction} the factory (a {@code Supplier<FileExtraction>} with a public no-argument constructor)
 * builds, and answers one response line on stdout ({@link DocumentCodec}); before the first it says it is ready,
 * so that starting the JVM and building the extractors does not count against a document's time, and then warms
 * its extractors up on small samples until the first request comes ({@link ChildWarmup}). Ends when stdin closes, so a parent
 * that dies takes its children with it. It stops after a timed-out extraction (whose abandoned worker thread may
 * still run); the JVM is started with {@code -XX:+ExitOnOutOfMemoryError}, so an out-of-memory ends it too, and
 * the parent reports both.
 *
 * <p>Asked to park ({@link ChildParking}), it listens on a Unix-domain socket instead and waits, warm, for the pool of
 * a later run to adopt it: the first connection gets the socket to itself (the socket file is removed at once) and
 * the same conversation as stdin and stdout gave, which ends as they do, or with another park. Unadopted for its
 * idle time, it ends. Once parked, its own log goes to a file beside the socket: the parent reading its stderr may
 * be gone.
 *
 * <p>stdout belongs to the protocol: {@code System.out} is pointed at stderr before anything runs, so a library
 * that prints cannot corrupt a response.
 */
public final class ExtractionChildMain {

    private static final int WAITING = 0;
    private static final int ADOPTED = 1;
    private static final int EXPIRED = 2;

    private ExtractionChildMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        if (args.length != 1) {
            System.err.println("usage: ExtractionChildMain <class of a Supplier<FileExtraction>>");
            System.exit(64);
        }
        Supplier<FileExtraction> factory = factory(args[0]);
        FileExtraction extraction = factory.get();
        DocumentCodec codec = new DocumentCodec();
        protocol.println(DocumentCodec.READY);
        protocol.flush();
        ChildWarmup warmup = ChildWarmup.start(factory);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Parked parked = serve(extraction, codec, warmup, requests, protocol);
        Path lastSocket = null;
        while (parked != null) {
            lastSocket = parked.socket;
            SocketChannel adopter = parked.awaitAdopter();
            PrintStream answers = new PrintStream(Channels.newOutputStream(adopter), false, StandardCharsets.UTF_8);
            answers.println(DocumentCodec.READY);
            answers.flush();
            parked = serve(extraction, codec, warmup, new BufferedReader(new InputStreamReader(
                    Channels.newInputStream(adopter), StandardCharsets.UTF_8)), answers);
            adopter.close();
            if (parked == null) {
                // the adopter has let it go: a clean end, and the log beside the socket goes with it
                Files.deleteIfExists(ChildParking.logOf(lastSocket));
            }
        }
        System.exit(0);
    }

    /**
     * Answers requests until the input ends (null) or a park request succeeds (the socket it listens on now); exits
     * after an answer that retires the child.
     */
    private static Parked serve(FileExtraction extraction, DocumentCodec codec, ChildWarmup warmup,
            BufferedReader requests, PrintStream answers) throws IOException {
        String line;
        while ((line = requests.readLine()) != null) {
            warmup.stop();
            DocumentCodec.Request request = codec.parsedRequest(line);
            if (request.park() != null) {
                Parked parked = Parked.at(Path.of(request.park()), Duration.ofMillis(request.idleMillis()));
                answers.println(parked != null ? DocumentCodec.PARKED : DocumentCodec.NOT_PARKED);
                answers.flush();
                if (parked != null) {
                    return parked;
                }
                continue;
            }
            DocumentCodec.Response response = answer(extraction, Path.of(request.path()));
            answers.println(codec.response(response));
            answers.flush();
            if (response.retire()) {
                System.exit(0);
            }
        }
        return null;
    }

    /** A listening socket, waiting for one adopter until the idle time is up. */
    private static final class Parked {

        /** Whether this child's log goes to the file beside its socket yet. */
        private static boolean logging;

        private final Path socket;
        private final ServerSocketChannel server;
        private final AtomicInteger state = new AtomicInteger(WAITING);

        private Parked(Path socket, ServerSocketChannel server) {
            this.socket = socket;
            this.server = server;
        }

        /** Listens at {@code socket}; null when it cannot (a path too long for a socket, say). */
        static Parked at(Path socket, Duration idle) {
            try {
                Files.deleteIfExists(socket); // a dead child's with this pid
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                server.bind(UnixDomainSocketAddress.of(socket));
                if (!logging) {
                    // once: a child parked again parks at the same socket (its pid names it), so the same log
                    Path log = ChildParking.logOf(socket);
                    System.setErr(new PrintStream(new FileOutputStream(log.toFile(), true), true,
                            StandardCharsets.UTF_8));
                    System.setOut(System.err);
                    logging = true;
                }
                Parked parked = new Parked(socket, server);
                Thread timer = new Thread(() -> parked.expireAfter(idle), "parked child idle timer");
                timer.setDaemon(true);
                timer.start();
                return parked;
            } catch (IOException | RuntimeException e) {
                System.err.println("cannot park at " + socket + ": " + e);
                return null;
            }
        }

        private void expireAfter(Duration idle) {
            try {
                Thread.sleep(idle.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (state.compareAndSet(WAITING, EXPIRED)) {
                try {
                    Files.deleteIfExists(socket);
                    Files.deleteIfExists(ChildParking.logOf(socket));
                } catch (IOException e) {
                    // the next pool's scan removes what a dead child left
                }
                System.exit(0);
            }
        }

        /** The first connection; the socket file is gone once it came, so nobody else connects. */
        SocketChannel awaitAdopter() throws IOException {
            SocketChannel adopter = server.accept();
            if (!state.compareAndSet(WAITING, ADOPTED)) {
                adopter.close();
                sleepUntilExit();
            }
            server.close();
            Files.deleteIfExists(socket);
            return adopter;
        }

        private static void sleepUntilExit() {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // the timer is ending the JVM
                }
            }
        }
    }

    private static DocumentCodec.Response answer(FileExtraction extraction, Path file) {
        try {
            Document document = extraction.extract(file);
            return DocumentCodec.Response.of(document);
        } catch (ExtractionException e) {
            return DocumentCodec.Response.failed(e, e.reason() == ExtractionException.Reason.TIMEOUT);
        } catch (RuntimeException e) {
            return DocumentCodec.Response.failed(new ExtractionException(ExtractionException.Reason.CORRUPT,
                    file + ": extraction failed (" + e + ")"), false);
        }
    }

    @SuppressWarnings("unchecked")
    private static Supplier<FileExtraction> factory(String className) throws ReflectiveOperationException {
        return (Supplier<FileExtraction>) Class.forName(className).getDeclaredConstructor().newInstance();
    }
}
