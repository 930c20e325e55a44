package dev.planetl.testing;

import dev.planetl.cli.PlanetlMain;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A planetl command run in this JVM with its standard output kept, as a steward would read it. */
public record CommandOutput(int exit, String stdout) {

    public static CommandOutput run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = PlanetlMain.run(args);
        } finally {
            System.setOut(original);
        }
        return new CommandOutput(exit, buffer.toString(StandardCharsets.UTF_8));
    }
}
