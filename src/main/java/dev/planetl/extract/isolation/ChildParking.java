package dev.planetl.extract.isolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warm extraction children kept across runs. A warm child extracts several times faster than a new one (its JIT
 * has compiled the extractors; README, "Performance"), and on a small machine each run's children spend the
 * first seconds of every run warming up again. So when a pool closes, its idle children are not ended but parked:
 * each listens on a Unix-domain socket in a folder of the install ({@code PLANETL_CHILD_PARK}, which the launcher
 * sets beside the unpacked jar), for the idle time of the embedded server ({@code PLANETL_DB_IDLE_TIMEOUT},
 * default 10 minutes; {@code 0} parks none); the next pool of a run within that time adopts them instead of
 * starting its own. Unadopted, a child ends itself when the time is up.
 *
 * <p>A pool adopts only children started with its own command line (the same {@code java}, heap, compiler and
 * operator's options, factory and class path, and the same jar files: a new build never gets an old build's
 * child), named by a digest of it in the socket's name: {@code <key>.<pid>.sock}. The folder is the user's alone
 * (mode 700): a socket there is only reachable by the user that runs planetl. A child that records the class
 * archive is never parked: it writes the archive as it ends.
 */
public final class ChildParking {

    private static final Logger log = LoggerFactory.getLogger(ChildParking.class);
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{16})\\.(\\d+)\\.(sock|log)");
    /** How long an adopted child may take to say it is ready (it only has to answer a connection). */
    private static final Duration ADOPT_TIMEOUT = Duration.ofSeconds(10);

    private final Path dir;
    private final Duration idle;

    private ChildParking(Path dir, Duration idle) {
        this.dir = dir.toAbsolutePath().normalize();
        this.idle = idle;
    }

    /** Parking in {@code dir} for {@code idle}; empty when {@code idle} is zero. */
    public static Optional<ChildParking> at(Path dir, Duration idle) {
        return idle.isZero() || idle.isNegative() ? Optional.empty() : Optional.of(new ChildParking(dir, idle));
    }

    /** Parking in {@code PLANETL_CHILD_PARK} for {@code idle}; empty where it is not set or {@code idle} is zero. */
    public static Optional<ChildParking> fromEnvironment(Duration idle) {
        String dir = System.getenv("PLANETL_CHILD_PARK");
        return dir == null || dir.isBlank() ? Optional.empty() : at(Path.of(dir), idle);
    }

    Duration idle() {
        return idle;
    }

    /** The digest that names the children of {@code command}: the command line and the jar files on its class path. */
    static String key(List<String> command) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : command) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            int cp = command.indexOf("-cp");
            if (cp >= 0 && cp + 1 < command.size()) {
                for (String entry : command.get(cp + 1).split(File.pathSeparator)) {
                    Path p = Path.of(entry);
                    try {
                        if (Files.isRegularFile(p)) {
                            sha.update((Files.size(p) + "/" + Files.getLastModifiedTime(p).toMillis())
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        sha.update((byte) 1); // gone as it was read: no child started before matches it
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot name the extraction children: " + e.getMessage(), e);
        }
    }

    /** The socket a child of {@code key} parks at. */
    Path socket(String key, long pid) {
        return dir.resolve(key + "." + pid + ".sock");
    }

    /** The parked child's log, beside its socket. */
    static Path logOf(Path socket) {
        String name = socket.getFileName().toString();
        return socket.resolveSibling(name.substring(0, name.length() - ".sock".length()) + ".log");
    }

    /** Makes the folder (the user's alone); false, with a warning, when it cannot be, and then nothing is parked. */
    boolean prepare() {
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(owner));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another pool made it
                }
            }
            String user = System.getProperty("user.name");
            if (!Files.getOwner(dir).getName().equals(user)) {
                log.warn("Extraction children are not kept warm: {} belongs to {}, not to {}", dir,
                        Files.getOwner(dir).getName(), user);
                return false;
            }
            if (!Files.getPosixFilePermissions(dir).equals(owner)) {
                Files.setPosixFilePermissions(dir, owner);
            }
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            log.warn("Extraction children are not kept warm: cannot prepare {} ({})", dir, e.toString());
            return false;
        }
    }

    /**
     * A parked child of {@code key}, adopted: ready for requests. Null when none answers. Removes what dead
     * children left, of any key.
     */
    ExtractionChild adopt(String key, ScheduledExecutorService watchdog) {
        for (Parked parked : scan(dir)) {
            if (parked.key().equals(key)) {
                try {
                    return ExtractionChild.adopt(parked.socket(), parked.pid(), ADOPT_TIMEOUT, watchdog);
                } catch (IOException e) {
                    // taken by another pool a moment ago, or ending: the next one, or a new child
                    log.debug("parked extraction child {} not adopted: {}", parked.pid(), e.getMessage());
                }
            }
        }
        return null;
    }

    /**
     * Ends every child waiting in the folder {@code PLANETL_CHILD_PARK} names ({@code planetl db --stop}): each is
     * adopted and let go at once, which ends it as a closed stdin would. A child a pool uses now is not waiting and
     * is left alone.
     *
     * @return how many ended
     */
    public static int endWaiting() {
        String dir = System.getenv("PLANETL_CHILD_PARK");
        return dir == null || dir.isBlank() ? 0 : endWaiting(Path.of(dir));
    }

    /** Ends every child waiting in {@code dir}; see {@link #endWaiting()}. */
    static int endWaiting(Path dir) {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parked children watchdog");
            t.setDaemon(true);
            return t;
        });
        int ended = 0;
        try {
            for (Parked parked : scan(dir)) {
                try {
                    ExtractionChild child = ExtractionChild.adopt(parked.socket(), parked.pid(), ADOPT_TIMEOUT,
                            watchdog);
                    child.close();
                    ended++;
                } catch (IOException e) {
                    // taken by a pool, or ending by itself
                }
            }
        } finally {
            watchdog.shutdownNow();
        }
        return ended;
    }

    /** A socket in the folder whose process runs. */
    private record Parked(String key, long pid, Path socket) {
    }

    /** The sockets of running children in {@code dir}; what dead ones left is removed on the way. */
    private static List<Parked> scan(Path dir) {
        List<Parked> parked = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return parked;
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.sorted().toList();
        } catch (IOException e) {
            return parked;
        }
        for (Path file : files) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            long pid = Long.parseLong(m.group(2));
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // left for the next scan
                }
            } else if (m.group(3).equals("sock")) {
                parked.add(new Parked(m.group(1), pid, file));
            }
        }
        return parked;
    }
}
