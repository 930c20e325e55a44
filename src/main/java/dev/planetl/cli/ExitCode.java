package dev.planetl.cli;

import dev.planetl.db.ServerBusyException;
import dev.planetl.job.WarehouseBusyException;
import dev.planetl.read.vocab.VocabularyException;

/**
 * What planetl's exit codes mean, so that a scheduler can tell "retry later" from "look at it":
 * the outcome of an ingest or rerun (0, 1, 2) comes from {@code IngestRunner.Outcome#exitCode()}; this class maps
 * what ends a command otherwise.
 */
public final class ExitCode {

    /** Every document good. */
    public static final int OK = 0;
    /** The job ran, but some documents failed, were held back or had values rejected: see status and report. */
    public static final int DOCUMENTS_NEED_ATTENTION = 1;
    /** The job or command itself failed (the database unreachable, a bug, a query the server rejected). */
    public static final int FAILED = 2;
    /**
     * Retry later: another ingest holds the warehouse (or the server is in use) and nothing was done; or, with
     * {@code ingest --remote}, workers died with partitions still unread after every re-send, and the next run
     * resumes the run.
     */
    public static final int BUSY = 3;
    /**
     * The command line was wrong: an unknown option, a missing argument, a folder that is not there, or a vocabulary
     * file that cannot be used (checked before any work).
     */
    public static final int USAGE = 64;

    static final String LIST_OK = " 0:all good";
    static final String LIST_DOCUMENTS = " 1:some documents failed, were held back or had values rejected "
            + "(planetl status, planetl report)";
    static final String LIST_FAILED = " 2:the job or command failed";
    static final String LIST_BUSY = " 3:another ingest holds the warehouse, the server is in use, or remote "
            + "workers died with partitions unread: retry later";
    static final String LIST_USAGE = "64:usage error (unknown option, missing argument, no such folder or run, "
            + "a bad vocabulary line)";

    private ExitCode() {
    }

    /** The code for a command that ended with this exception. */
    static int of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WarehouseBusyException || t instanceof ServerBusyException) {
                return BUSY;
            }
            if (t instanceof UsageException || t instanceof VocabularyException) {
                return USAGE;
            }
        }
        return FAILED;
    }
}
