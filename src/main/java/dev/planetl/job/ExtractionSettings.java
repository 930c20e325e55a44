package dev.planetl.job;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
 *     {@code threads}) for one per thread when the children run on the quick compiler, one per two threads (at
 *     least one) when they run on the optimising one, whose warm-up a second child would pay again (README,
 *     Performance)
 * @param compiler the children's just-in-time compiler ({@code compiler}); {@link Compiler#AUTO} by default
 */
public record ExtractionSettings(boolean isolated, int childHeapMegabytes, int children, Compiler compiler) {

    /**
     * The children's just-in-time compiler. The optimising compiler (C2) makes a warm child's extraction faster, but
     * compiling costs a child about 17 CPU s over its first few hundred documents of mixed formats, which pays only
     * where a processor is spare for it: on two cores, one thread ingests faster with it (the compiler takes the
     * idle core), two threads faster without it, PDFs included (README, Performance).
     */
    public enum Compiler {
        /** The quick compiler when the run's threads are at least the machine's processors, else the optimising. */
        AUTO,
        /** The quick compiler only (C1, {@code -XX:TieredStopAtLevel=1}), and one child per thread. */
        QUICK,
        /** The JVM's tiered compilation up to the optimising compiler, and one child per two threads. */
        OPTIMISING
    }

    /** The children's JVM option of the quick compiler. */
    public static final String QUICK_COMPILER_OPTION = "-XX:TieredStopAtLevel=1";

    public static final int DEFAULT_CHILD_HEAP_MB = 1024;

    public ExtractionSettings {
        if (childHeapMegabytes < 64) {
            throw new IllegalArgumentException("extraction: child_heap_mb must be at least 64, not "
                    + childHeapMegabytes);
        }
        Objects.requireNonNull(compiler, "compiler");
        if (children < 0) {
            throw new IllegalArgumentException("extraction: children must be a positive number or threads, not "
                    + children);
        }
    }

    public ExtractionSettings(boolean isolated, int childHeapMegabytes) {
        this(isolated, childHeapMegabytes, 0);
    }

    public ExtractionSettings(boolean isolated, int childHeapMegabytes, int children) {
        this(isolated, childHeapMegabytes, children, Compiler.AUTO);
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(true, DEFAULT_CHILD_HEAP_MB);
    }

    /** In-process extraction with the default heap setting (for tests that want speed, and for a debugger). */
    public static ExtractionSettings inProcess() {
        return new ExtractionSettings(false, DEFAULT_CHILD_HEAP_MB);
    }

    /** How many documents are extracted at once when {@code threads} threads read documents on {@code processors}. */
    public int childrenFor(int threads, int processors) {
        if (children != 0) {
            return Math.min(children, threads);
        }
        return quickCompilerFor(threads, processors) ? threads : Math.max(1, threads / 2);
    }

    /** Whether the children of {@code threads} threads on {@code processors} processors run on the quick compiler. */
    public boolean quickCompilerFor(int threads, int processors) {
        return switch (compiler) {
            case QUICK -> true;
            case OPTIMISING -> false;
            case AUTO -> threads >= processors;
        };
    }

    static ExtractionSettings of(Map<?, ?> yaml) {
        for (Object key : yaml.keySet()) {
            String k = String.valueOf(key).toLowerCase(Locale.ROOT);
            if (!k.equals("isolation") && !k.equals("child_heap_mb") && !k.equals("children")
                    && !k.equals("compiler")) {
                throw new IllegalArgumentException("extraction: unknown key '" + key
                        + "' (known: isolation, child_heap_mb, children, compiler)");
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
                perThreads.equals("threads") ? 0 : positive(perThreads), compiler(yaml.get("compiler")));
    }

    private static Compiler compiler(Object compiler) {
        String name = compiler == null ? "auto" : String.valueOf(compiler).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "auto" -> Compiler.AUTO;
            case "quick" -> Compiler.QUICK;
            case "optimising", "optimizing" -> Compiler.OPTIMISING;
            default -> throw new IllegalArgumentException(
                    "extraction: compiler must be auto, quick or optimising, not '" + compiler + "'");
        };
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
