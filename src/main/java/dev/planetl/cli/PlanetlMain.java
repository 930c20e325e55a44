package dev.planetl.cli;

import picocli.CommandLine;

/** Entry point of the {@code planetl} command. */
public final class PlanetlMain {

    private PlanetlMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 good, 1 some documents failed, 2 failure). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new PlanetlCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("planetl: " + message(e));
            return 2;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.lang.reflect.InvocationTargetException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
