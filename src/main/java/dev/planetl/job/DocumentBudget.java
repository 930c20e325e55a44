package dev.planetl.job;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one document may cost the whole pipeline (extract + read + validate), each tolerance beside its default;
 * {@code budget:} in {@code jobs/ingest.yml} overrides them. A document past either is failed with the reason
 * ({@code TIMEOUT: …}, {@code TOO_LARGE: …}) and the run goes on with the next.
 *
 * @param maxDuration longest the three stages of one document may take together; default 300 s. A 100,000-row
 *     project list takes about 4 s on one core; extraction alone keeps its own, shorter limit (120 s).
 * @param maxAllocatedBytes most bytes reading and validating one document may allocate on the heap (garbage
 *     included, so it bounds work as well as memory); default 32 GiB, about 30 times what a 100,000-row table
 *     needs. Extraction is bounded by its own limits (file size, pages, zip sizes). A document that fills the
 *     heap fails as {@code TOO_LARGE} whatever this says.
 */
public record DocumentBudget(Duration maxDuration, long maxAllocatedBytes) {

    public static final Duration DEFAULT_MAX_DURATION = Duration.ofSeconds(300);
    public static final long DEFAULT_MAX_ALLOCATED_BYTES = 32L * 1024 * 1024 * 1024;

    public DocumentBudget {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxDuration.isNegative() || maxDuration.isZero() || maxAllocatedBytes < 1) {
            throw new IllegalArgumentException("a document budget must be positive: " + maxDuration + ", "
                    + maxAllocatedBytes + " bytes");
        }
    }

    public static DocumentBudget defaults() {
        return new DocumentBudget(DEFAULT_MAX_DURATION, DEFAULT_MAX_ALLOCATED_BYTES);
    }

    /**
     * The budget from the {@code budget:} mapping of {@code jobs/ingest.yml}: {@code max_seconds} and
     * {@code max_allocated_mb}, each defaulting as above.
     */
    static DocumentBudget of(Map<?, ?> yaml) {
        Object seconds = yaml.get("max_seconds");
        Object megabytes = yaml.get("max_allocated_mb");
        for (Object key : yaml.keySet()) {
            String k = String.valueOf(key).toLowerCase(Locale.ROOT);
            if (!k.equals("max_seconds") && !k.equals("max_allocated_mb")) {
                throw new IllegalArgumentException("budget: unknown key '" + key
                        + "' (known: max_seconds, max_allocated_mb)");
            }
        }
        return new DocumentBudget(
                seconds == null ? DEFAULT_MAX_DURATION : Duration.ofSeconds(Long.parseLong(String.valueOf(seconds))),
                megabytes == null ? DEFAULT_MAX_ALLOCATED_BYTES
                        : Long.parseLong(String.valueOf(megabytes)) * 1024 * 1024);
    }
}
