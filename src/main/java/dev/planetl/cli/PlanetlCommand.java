package dev.planetl.cli;

import picocli.CommandLine.Command;

@Command(name = "planetl", mixinStandardHelpOptions = true, version = "planetl 0.1.0",
        description = "Turns Korean government plan documents into a PostgreSQL warehouse.",
        exitCodeListHeading = "%nExit codes (every command):%n", exitCodeList = {ExitCode.LIST_OK,
                ExitCode.LIST_DOCUMENTS, ExitCode.LIST_FAILED, ExitCode.LIST_BUSY, ExitCode.LIST_USAGE})
public class PlanetlCommand implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    static final java.util.List<String> SUBCOMMANDS = java.util.List.of("ingest", "rerun", "status", "sql",
            "report", "db", "extract", "worker");

    /** A new subcommand of that name ({@link #SUBCOMMANDS}). */
    static Object subcommand(String name) {
        return switch (name) {
            case "ingest" -> new IngestCommand();
            case "rerun" -> new RerunCommand();
            case "status" -> new StatusCommand();
            case "sql" -> new SqlCommand();
            case "report" -> new ReportCommand();
            case "db" -> new DbCommand();
            case "extract" -> new ExtractCommand();
            case "worker" -> new WorkerCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
