package dev.planetl.cli;

import picocli.CommandLine.Command;

@Command(name = "planetl", mixinStandardHelpOptions = true, version = "planetl 0.1.0",
        description = "Turns Korean government plan documents into a PostgreSQL warehouse.",
        subcommands = {IngestCommand.class, RerunCommand.class, StatusCommand.class, SqlCommand.class, ReportCommand.class,
                DbCommand.class, ExtractCommand.class})
public class PlanetlCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
