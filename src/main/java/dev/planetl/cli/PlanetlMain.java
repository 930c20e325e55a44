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
        CommandLine cli = commandLine(args);
        setUsageCode(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("planetl: " + message(e));
            return ExitCode.of(e);
        });
        return cli.execute(args);
    }

    /**
     * The command tree for these arguments: a command line naming a subcommand gets that one only, since building
     * picocli's model of all eight cost a sixth of a {@code planetl status}; anything else (the usage, a wrong
     * name) gets them all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new PlanetlCommand());
        boolean named = args.length > 0 && PlanetlCommand.SUBCOMMANDS.contains(args[0]);
        for (String name : PlanetlCommand.SUBCOMMANDS) {
            if (!named || name.equals(args[0])) {
                cli.addSubcommand(name, PlanetlCommand.subcommand(name));
            }
        }
        return cli;
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
