package dev.planetl.cli;

import dev.planetl.read.vocab.VocabularyException;
import picocli.CommandLine;

/** Entry point of the {@code planetl} command. */
public final class PlanetlMain {

    private PlanetlMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** A vocabulary that cannot be used is a usage error (sysexits' EX_USAGE), reported before any work. */
    static final int USAGE = 64;

    /**
     * Runs a command line and returns its exit code (0 good, 1 some documents failed, 2 failure, 64 a vocabulary
     * file that cannot be used).
     */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new PlanetlCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("planetl: " + message(e));
            return usage(e) ? USAGE : 2;
        });
        return cli.execute(args);
    }

    private static boolean usage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VocabularyException) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.lang.reflect.InvocationTargetException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
