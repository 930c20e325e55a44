package dev.planetl.job;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Where the process step reports its progress: a bar on a terminal, plain lines otherwise.
 * Called by one thread at a time (the process step's partitions take turns).
 */
public interface ProgressSink {

    /** Before the first document: how many there are. */
    void started(int total);

    /** A document is about to be processed. */
    void processing(int done, int total, String path);

    /** After the last document. */
    void finished(int done, int total);

    /** Plain lines ("Processing 3/10: path"), for logs and pipes. */
    static ProgressSink lines(PrintStream out) {
        return new ProgressSink() {
            @Override
            public void started(int total) {
                out.println("Processing " + total + " documents");
            }

            @Override
            public void processing(int done, int total, String path) {
                out.println("Processing " + (done + 1) + "/" + total + ": " + path);
            }

            @Override
            public void finished(int done, int total) {
                out.println("Processed " + done + "/" + total + " documents");
            }
        };
    }

    /** A redrawn bar, for a terminal. */
    static ProgressSink bar(PrintStream out) {
        return new ProgressSink() {
            private static final int WIDTH = 30;

            @Override
            public void started(int total) {
            }

            @Override
            public void processing(int done, int total, String path) {
                int filled = total == 0 ? WIDTH : done * WIDTH / total;
                String name = path.length() > 40 ? "…" + path.substring(path.length() - 39) : path;
                out.printf(Locale.ROOT, "\r[%s%s] %d/%d %-40s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                        done, total, name);
                out.flush();
            }

            @Override
            public void finished(int done, int total) {
                out.printf(Locale.ROOT, "\r[%s] %d/%d %-40s%n", "#".repeat(WIDTH), done, total, "done");
            }
        };
    }
}
