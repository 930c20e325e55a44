package dev.planetl.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * The tolerances of {@link Extraction}, each beside its default, as Tika documents its parser configs.
 * A file past any of them is refused with a reason ({@code TOO_LARGE}, {@code TIMEOUT}, {@code HOSTILE}),
 * never read half-way.
 *
 * @param maxFileBytes largest file read at all; default {@value #DEFAULT_MAX_FILE_BYTES} bytes (100 MiB),
 *     far above any plan document seen (a few MB) but below what a 2 GB heap can hold with its model
 * @param maxDuration longest time one document may take to extract; default 120 s, after which the worker is
 *     interrupted and abandoned ({@code TIMEOUT})
 * @param maxZipEntries most entries a zip container (DOCX, HWPX) may list; default
 *     {@value #DEFAULT_MAX_ZIP_ENTRIES} (a large DOCX has a few hundred)
 * @param maxZipUncompressedBytes most bytes all entries of a zip container may declare uncompressed; default
 *     {@value #DEFAULT_MAX_ZIP_UNCOMPRESSED_BYTES} bytes (1 GiB)
 * @param maxZipCompressionRatio highest uncompressed/compressed ratio allowed for an entry of at least
 *     {@value #RATIO_CHECK_FROM_BYTES} bytes and for the whole archive; default
 *     {@value #DEFAULT_MAX_ZIP_COMPRESSION_RATIO} (POI refuses at 100 too; ordinary XML compresses 5–20×)
 * @param maxPages most pages a document may have; default {@value #DEFAULT_MAX_PAGES}; checked on the
 *     extracted document and available to page-based extractors that want to stop early
 */
public record ExtractionLimits(long maxFileBytes, Duration maxDuration, int maxZipEntries,
                               long maxZipUncompressedBytes, double maxZipCompressionRatio, int maxPages) {

    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_ZIP_ENTRIES = 10_000;
    public static final long DEFAULT_MAX_ZIP_UNCOMPRESSED_BYTES = 1024L * 1024 * 1024;
    public static final double DEFAULT_MAX_ZIP_COMPRESSION_RATIO = 100.0;
    public static final int DEFAULT_MAX_PAGES = 2_000;
    /** Entries smaller than this are not ratio-checked one by one: a tiny XML part may compress 200×. */
    public static final long RATIO_CHECK_FROM_BYTES = 1024L * 1024;

    public ExtractionLimits {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxFileBytes < 1 || maxZipEntries < 1 || maxZipUncompressedBytes < 1 || maxPages < 1
                || !(maxZipCompressionRatio >= 1) || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("extraction limits must be positive: " + maxFileBytes + ", "
                    + maxDuration + ", " + maxZipEntries + ", " + maxZipUncompressedBytes + ", "
                    + maxZipCompressionRatio + ", " + maxPages);
        }
    }

    /** The defaults above. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DURATION, DEFAULT_MAX_ZIP_ENTRIES,
                DEFAULT_MAX_ZIP_UNCOMPRESSED_BYTES, DEFAULT_MAX_ZIP_COMPRESSION_RATIO, DEFAULT_MAX_PAGES);
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, maxDuration, maxZipEntries, maxZipUncompressedBytes,
                maxZipCompressionRatio, maxPages);
    }

    public ExtractionLimits withMaxDuration(Duration duration) {
        return new ExtractionLimits(maxFileBytes, duration, maxZipEntries, maxZipUncompressedBytes,
                maxZipCompressionRatio, maxPages);
    }
}
