package dev.planetl.job;

/** Names of the ingest job's parameters. */
public final class IngestParameters {

    /** The ingested folder, absolute (identifying). */
    public static final String ROOT = "root";
    /** The plan year a rerun republishes (identifying; absent for a nightly ingest). */
    public static final String YEAR = "year";
    /** Makes each fresh run its own job instance (identifying). */
    public static final String RUN_KEY = "run.key";
    /** The command that started the run, for the runs table (not identifying). */
    public static final String COMMAND = "command";
    /** The reader version of the process that started the run; a remote worker of another one refuses it. */
    public static final String READER_VERSION = "reader.version";

    private IngestParameters() {
    }
}
