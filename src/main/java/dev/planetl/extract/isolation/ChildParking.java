package dev.planetl.extract.isolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
 *
 * <p>At most {@code PLANETL_CHILD_PARK_MAX} children wait at once ({@link #defaultMax()}): a pool that would park
 * one more ends the longest waiting child of another command line to make room, else its own child ends.
 */
public final class ChildParking {

    /** The variable that bounds how many children wait at once. */
    public static final String MAX = "PLANETL_CHILD_PARK_MAX";

    private static final Logger log = LoggerFactory.getLogger(ChildParking.class);
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{16})\\.(\\d+)\\.(sock|log)");
    /** How long an adopted child may take to say it is ready (it only has to answer a connection). */
    private static final Duration ADOPT_TIMEOUT = Duration.ofSeconds(10);

    private final Path dir;
    private final Duration idle;
    private final int max;

    private ChildParking(Path dir, Duration idle, int max) {
        this.dir = dir.toAbsolutePath().normalize();
        this.idle = idle;
        this.max = max;
    }

    /** Parking in {@code dir} for {@code idle}, at most {@link #defaultMax()} children; empty when idle is zero. */
    public static Optional<ChildParking> at(Path dir, Duration idle) {
        return at(dir, idle, defaultMax());
    }

    /** Parking in {@code dir} for {@code idle}, at most {@code max} children waiting; empty when either is zero. */
    public static Optional<ChildParking> at(Path dir, Duration idle, int max) {
        return idle.isZero() || idle.isNegative() || max <= 0 ? Optional.empty()
                : Optional.of(new ChildParking(dir, idle, max));
    }

    /**
     * Parking in {@code PLANETL_CHILD_PARK} for {@code idle}, at most {@code PLANETL_CHILD_PARK_MAX} children
     * ({@link #defaultMax()} where unset); empty where the folder is not set, or {@code idle} or the most is zero.
     */
    public static Optional<ChildParking> fromEnvironment(Duration idle) {
        String dir = System.getenv("PLANETL_CHILD_PARK");
        return dir == null || dir.isBlank() ? Optional.empty() : at(Path.of(dir), idle, max(System.getenv(MAX)));
    }

    /**
     * How many children may wait at once where {@code PLANETL_CHILD_PARK_MAX} does not say: two a processor, at
     * least 4 and at most 32. Each waiting child holds its heap (some 250 MB resident after a run), so this bounds
     * what an install keeps in memory between runs: the children of one run of every thread count and compiler on a
     * small machine, 8 GB at most on a large one.
     */
    public static int defaultMax() {
        return Math.min(32, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** {@code text} of {@code PLANETL_CHILD_PARK_MAX} as a number of children (0: none waits); the default if unset. */
    static int max(String text) {
        if (text == null || text.isBlank()) {
            return defaultMax();
        }
        try {
            int max = Integer.parseInt(text.strip());
            if (max >= 0) {
                return max;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(MAX + " must be a number of children (0 or more), not '" + text + "'");
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

    /**
     * Room for one more child of {@code key} among the waiting ones: where {@link #max} wait already, the children of
     * other command lines are ended, the longest waiting first (a rebuilt jar or changed options leave children no
     * later run adopts); false when the room can only be made by ending one of {@code key}'s own, as good as the
     * one that would park, which then ends instead. Pools that park at the same moment may pass the most by one
     * each, until the next one parks.
     */
    boolean room(String key, ScheduledExecutorService watchdog) {
        List<Parked> waiting = scan(dir);
        int over = waiting.size() - max + 1;
        if (over <= 0) {
            return true;
        }
        List<Parked> others = waiting.stream().filter(p -> !p.key().equals(key))
                .sorted(Comparator.comparing(ChildParking::parkedAt)).toList();
        for (Parked other : others) {
            if (over > 0 && end(other, watchdog)) {
                log.info("Ended the extraction child {} kept warm for other options, to make room: at most {} "
                        + "wait at once ({})", other.pid(), max, MAX);
                over--;
            }
        }
        return over <= 0;
    }

    private static FileTime parkedAt(Parked parked) {
        try {
            return Files.getLastModifiedTime(parked.socket());
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Ends a waiting child by adopting it and letting it go; false when a pool took it or it is ending anyway. */
    private static boolean end(Parked parked, ScheduledExecutorService watchdog) {
        try {
            ExtractionChild.adopt(parked.socket(), parked.pid(), ADOPT_TIMEOUT, watchdog).close();
            return true;
        } catch (IOException e) {
            return false;
        }
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
                if (end(parked, watchdog)) {
                    ended++;
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
