package dev.planetl.extract.pdf;

/**
 * The limits of {@link PdfExtractor}, each with its reason.
 *
 * @param maxPages a document with more pages is refused ({@code TOO_LARGE}) before any page is read; plan documents
 *     run to a few hundred pages, and reading costs about a millisecond or two per plain page, so the default
 *     {@value #DEFAULT_MAX_PAGES} bounds one file to a few seconds
 * @param maxBytes a file larger than this is refused ({@code TOO_LARGE}) while it is copied to a temporary file;
 *     default {@value #DEFAULT_MAX_BYTES} (256 MiB)
 * @param maxMainMemoryBytes how much heap PDFBox may use for decoded streams before it spills to temporary files;
 *     default {@value #DEFAULT_MAX_MAIN_MEMORY} (32 MiB), so a large file cannot exhaust the heap
 */
public record PdfExtractorConfig(int maxPages, long maxBytes, long maxMainMemoryBytes) {

    public static final int DEFAULT_MAX_PAGES = 2000;
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    public static final long DEFAULT_MAX_MAIN_MEMORY = 32L * 1024 * 1024;

    public PdfExtractorConfig {
        if (maxPages < 1 || maxBytes < 1 || maxMainMemoryBytes < 1) {
            throw new IllegalArgumentException("PDF limits must be positive: pages " + maxPages + ", bytes " + maxBytes
                    + ", memory " + maxMainMemoryBytes);
        }
    }

    public static PdfExtractorConfig defaults() {
        return new PdfExtractorConfig(DEFAULT_MAX_PAGES, DEFAULT_MAX_BYTES, DEFAULT_MAX_MAIN_MEMORY);
    }

    public PdfExtractorConfig withMaxPages(int pages) {
        return new PdfExtractorConfig(pages, maxBytes, maxMainMemoryBytes);
    }
}
