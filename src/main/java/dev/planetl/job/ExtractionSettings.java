package dev.planetl.job;

import java.util.Locale;
import java.util.Map;

/**
 * Where documents are extracted ({@code extraction:} in {@code jobs/ingest.yml}), each setting beside its default.
 *
 * @param isolated {@code isolation: child} (the default): each document is extracted in a child JVM of a small
 *     pool ({@link dev.planetl.extract.isolation.ExtractionPool}), so a parser that hangs or runs out of memory
 *     costs that document and that child only; {@code isolation: in_process} extracts on a thread of the ingest
 *     itself (faster to start, but a hung parser's thread stays behind)
 * @param childHeapMegabytes each child's heap ({@code child_heap_mb}); default {@value #DEFAULT_CHILD_HEAP_MB},
 *     several times what a 1,000-page PDF needs
 * @param children most children at once ({@code children}), never more than the threads; 0 (the default,
 *     {@code threads}) for one per two threads, at least one: a thread spends about as long reading, validating
 *     and staging a document in the ingest as its child spends extracting it, so two threads keep one child busy
 *     (README, Performance)
 */
public record ExtractionSettings(boolean isolated, int childHeapMegabytes, int children) {

    public static final int DEFAULT_CHILD_HEAP_MB = 1024;

    public ExtractionSettings {
        if (childHeapMegabytes < 64) {
            throw new IllegalArgumentException("extraction: child_heap_mb must be at least 64, not "
                    + childHeapMegabytes);
        }
        if (children < 0) {
            throw new IllegalArgumentException("extraction: children must be a positive number or threads, not "
                    + children);
        }
    }

    public ExtractionSettings(boolean isolated, int childHeapMegabytes) {
        this(isolated, childHeapMegabytes, 0);
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(true, DEFAULT_CHILD_HEAP_MB);
    }

    /** In-process extraction with the default heap setting (for tests that want speed, and for a debugger). */
    public static ExtractionSettings inProcess() {
        return new ExtractionSettings(false, DEFAULT_CHILD_HEAP_MB);
    }

    /** How many documents are extracted at once when {@code threads} threads read documents. */
    public int childrenFor(int threads) {
        return children == 0 ? Math.max(1, threads / 2) : Math.min(children, threads);
    }

    static ExtractionSettings of(Map<?, ?> yaml) {
        for (Object key : yaml.keySet()) {
            String k = String.valueOf(key).toLowerCase(Locale.ROOT);
            if (!k.equals("isolation") && !k.equals("child_heap_mb") && !k.equals("children")) {
                throw new IllegalArgumentException("extraction: unknown key '" + key
                        + "' (known: isolation, child_heap_mb, children)");
            }
        }
        Object isolation = yaml.get("isolation");
        String mode = isolation == null ? "child" : String.valueOf(isolation).toLowerCase(Locale.ROOT);
        if (!mode.equals("child") && !mode.equals("in_process")) {
            throw new IllegalArgumentException("extraction: isolation must be child or in_process, not '"
                    + isolation + "'");
        }
        Object heap = yaml.get("child_heap_mb");
        Object children = yaml.get("children");
        String perThreads = children == null ? "threads" : String.valueOf(children).toLowerCase(Locale.ROOT);
        return new ExtractionSettings(mode.equals("child"),
                heap == null ? DEFAULT_CHILD_HEAP_MB : Integer.parseInt(String.valueOf(heap)),
                perThreads.equals("threads") ? 0 : positive(perThreads));
    }

    private static int positive(String children) {
        try {
            int n = Integer.parseInt(children);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("extraction: children must be a positive number or threads, not '"
                + children + "'");
    }
}
