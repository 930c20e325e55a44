package dev.planetl.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The generated passwords of the embedded server's logins, one file each under {@code var/}, readable by the
 * owner of the files only (0600): whoever can read {@code var/pgdata} could read the data anyway.
 */
public final class Secrets {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Secrets() {
    }

    /** The file of a login's password: {@code var/<login>.password}. */
    public static Path file(Path varDir, String login) {
        return varDir.resolve(login + ".password");
    }

    /** The password in the file, created with a new random one (0600) when missing. */
    public static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        String password = generate();
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(tmp, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        // a rename, so that a command killed half-way never leaves a file with a partial password
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /** The password in the file; its permissions are narrowed to 0600 if an earlier hand widened them. */
    public static String read(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty; delete it and planetl makes a new password");
        }
        return password;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
