package dev.planetl.cli;

import picocli.CommandLine;

/** Entry point of the {@code planetl} command. */
public final class PlanetlMain {

    private PlanetlMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code ({@link ExitCode}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new PlanetlCommand());
        setUsageCode(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("planetl: " + message(e));
            return ExitCode.of(e);
        });
        return cli.execute(args);
    }

    /** picocli's own code for a wrong command line is 2, which planetl gives a failed job. */
    private static void setUsageCode(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        cli.getSubcommands().values().forEach(PlanetlMain::setUsageCode);
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.lang.reflect.InvocationTargetException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
