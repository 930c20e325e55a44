package dev.planetl.extract.isolation;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.FileExtraction;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * <p>stdout belongs to the protocol: {@code System.out} is pointed at stderr before anything runs, so a library
 * that prints cannot corrupt a response.
 */
public final class ExtractionChildMain {

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
        String line;
        while ((line = requests.readLine()) != null) {
            warmup.stop();
            DocumentCodec.Response response = answer(extraction, codec.path(line));
            protocol.println(codec.response(response));
            protocol.flush();
            if (response.retire()) {
                System.exit(0);
            }
        }
        System.exit(0);
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
