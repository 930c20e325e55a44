package dev.planetl.cli;

import picocli.CommandLine.Command;

@Command(name = "planetl", mixinStandardHelpOptions = true, version = "planetl 0.1.0",
        description = "Turns Korean government plan documents into a PostgreSQL warehouse.",
        exitCodeListHeading = "%nExit codes (every command):%n", exitCodeList = {ExitCode.LIST_OK,
                ExitCode.LIST_DOCUMENTS, ExitCode.LIST_FAILED, ExitCode.LIST_BUSY, ExitCode.LIST_USAGE},
        subcommands = {IngestCommand.class, RerunCommand.class, StatusCommand.class, SqlCommand.class, ReportCommand.class,
                DbCommand.class, ExtractCommand.class, WorkerCommand.class})
public class PlanetlCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
