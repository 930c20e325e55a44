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
 */
public record ExtractionSettings(boolean isolated, int childHeapMegabytes) {

    public static final int DEFAULT_CHILD_HEAP_MB = 1024;

    public ExtractionSettings {
        if (childHeapMegabytes < 64) {
            throw new IllegalArgumentException("extraction: child_heap_mb must be at least 64, not "
                    + childHeapMegabytes);
        }
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(true, DEFAULT_CHILD_HEAP_MB);
    }

    /** In-process extraction with the default heap setting (for tests that want speed, and for a debugger). */
    public static ExtractionSettings inProcess() {
        return new ExtractionSettings(false, DEFAULT_CHILD_HEAP_MB);
    }

    static ExtractionSettings of(Map<?, ?> yaml) {
        for (Object key : yaml.keySet()) {
            String k = String.valueOf(key).toLowerCase(Locale.ROOT);
            if (!k.equals("isolation") && !k.equals("child_heap_mb")) {
                throw new IllegalArgumentException("extraction: unknown key '" + key
                        + "' (known: isolation, child_heap_mb)");
            }
        }
        Object isolation = yaml.get("isolation");
        String mode = isolation == null ? "child" : String.valueOf(isolation).toLowerCase(Locale.ROOT);
        if (!mode.equals("child") && !mode.equals("in_process")) {
            throw new IllegalArgumentException("extraction: isolation must be child or in_process, not '"
                    + isolation + "'");
        }
        Object heap = yaml.get("child_heap_mb");
        return new ExtractionSettings(mode.equals("child"),
                heap == null ? DEFAULT_CHILD_HEAP_MB : Integer.parseInt(String.valueOf(heap)));
    }
}
