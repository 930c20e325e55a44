package dev.planetl.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The command tree is built per command line: the usage lists every subcommand, a named one is built alone. */
class CommandTreeTest {

    @Test
    void eachSubcommandIsBuiltUnderTheNameItsAnnotationGives() {
        for (String name : PlanetlCommand.SUBCOMMANDS) {
            Object command = PlanetlCommand.subcommand(name);
            assertThat(command.getClass().getAnnotation(CommandLine.Command.class).name()).isEqualTo(name);
        }
    }

    @Test
    void theUsageListsEverySubcommandAndANamedOneIsBuiltAlone() {
        assertThat(PlanetlMain.commandLine("--help").getSubcommands().keySet())
                .containsExactly("ingest", "rerun", "status", "sql", "report", "db", "extract", "worker");
        assertThat(PlanetlMain.commandLine("status", "--year", "2025").getSubcommands().keySet())
                .containsExactly("status");
        assertThat(PlanetlMain.commandLine("stauts").getSubcommands()).hasSize(8);
    }

    @Test
    void aSubcommandsOwnHelpIsItsUsage() {
        var out = new java.io.StringWriter();
        CommandLine cli = PlanetlMain.commandLine("status", "--help");
        cli.setOut(new java.io.PrintWriter(out, true));
        assertThat(cli.execute("status", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: planetl status");
    }
}
