package dev.planetl.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The extraction stage's entry point: one file in, one {@link Document} out, or an {@link ExtractionException}
 * whose message names the file and says what is wrong in words a data steward can act on.
 *
 * <p>In order: the file must exist, be non-empty and within {@link ExtractionLimits#maxFileBytes}; a zip
 * archive (DOCX, HWPX, any {@code PK} file) has its central directory checked against the zip-bomb limits
 * before anything parses it; then, on a worker thread and together for at most
 * {@link ExtractionLimits#maxDuration} (after which the worker is interrupted and abandoned), the format is
 * detected from content ({@link FormatDetector}) and the extractor for that format reads the file. Whatever an extractor throws other than an {@link ExtractionException}, including
 * {@link OutOfMemoryError} and {@link StackOverflowError}, comes back as an {@code ExtractionException}.
 *
 * <p>Thread-safe when the extractors are (the {@link Extractor} contract says they are).
 */
public final class Extraction {

    private final Map<DocumentFormat, Extractor> extractors;
    private final ExtractionLimits limits;
    private final FormatDetector detector;

    /**
     * @param extractors one per format; the one whose format is {@link DocumentFormat#OTHER} (the Tika fallback)
     *     reads everything else Tika recognises. Two for one format is a configuration error.
     */
    public Extraction(List<Extractor> extractors, ExtractionLimits limits) {
        this(extractors, limits, new FormatDetector());
    }

    public Extraction(List<Extractor> extractors, ExtractionLimits limits, FormatDetector detector) {
        Map<DocumentFormat, Extractor> byFormat = new EnumMap<>(DocumentFormat.class);
        for (Extractor extractor : extractors) {
            Extractor previous = byFormat.put(extractor.format(), extractor);
            if (previous != null) {
                throw new IllegalArgumentException("two extractors for " + extractor.format() + ": "
                        + previous.getClass().getSimpleName() + " and " + extractor.getClass().getSimpleName());
            }
        }
        this.extractors = Map.copyOf(byFormat);
        this.limits = Objects.requireNonNull(limits, "limits");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    public ExtractionLimits limits() {
        return limits;
    }

    public Document extract(Path file) throws ExtractionException {
        long size = size(file);
        if (size == 0) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, file + ": the file is empty (0 bytes)");
        }
        if (size > limits.maxFileBytes()) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, file + ": the file is " + size
                    + " bytes, over the limit of " + limits.maxFileBytes() + " bytes");
        }
        try {
            if (ZipGuard.looksLikeZip(file)) {
                ZipGuard.check(file, limits);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        Document document = runLimited(file);
        Integer pages = document.metadata().pageCount();
        if (pages != null && pages > limits.maxPages()) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, file + ": the document has "
                    + pages + " pages, over the limit of " + limits.maxPages());
        }
        return document;
    }

    private static long size(Path file) throws ExtractionException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                        file + ": " + (Files.exists(file) ? "is not a regular file" : "no such file"));
            }
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private FormatDetector.Detection detect(Path file) throws ExtractionException {
        FormatDetector.Detection detection;
        try {
            detection = detector.detect(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        String type = detection.mediaType();
        if (type.equals("application/octet-stream")) {
            throw new ExtractionException(ExtractionException.Reason.UNSUPPORTED_FORMAT, file
                    + ": the content is not a format planetl reads (no known file signature; whatever its name"
                    + " says, it is neither PDF, HWP, HWPX, DOCX, HTML nor text)");
        }
        if (type.equals("application/x-tika-ooxml-protected") || type.equals("application/x-tika-ole-drm-encrypted")) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    file + ": the document is password-protected (" + type + ")");
        }
        if (type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/")) {
            throw new ExtractionException(ExtractionException.Reason.UNSUPPORTED_FORMAT, file + ": an image or "
                    + "recording (" + type + "), not a document: planetl reads no text from pictures (a scanned plan "
                    + "needs OCR first)");
        }
        if (type.equals("application/x-hwp")) {
            throw new ExtractionException(ExtractionException.Reason.UNSUPPORTED_FORMAT,
                    file + ": an HWP 3 (pre-2002) file; only HWP 5 and HWPX are read, save it again in a newer format");
        }
        return detection;
    }

    private Extractor extractorFor(Path file, FormatDetector.Detection detection) throws ExtractionException {
        Extractor extractor = extractors.get(detection.format());
        if (extractor == null) {
            throw new ExtractionException(ExtractionException.Reason.UNSUPPORTED_FORMAT, file + ": detected as "
                    + detection.format() + " (" + detection.mediaType() + "), which this run has no extractor for");
        }
        return extractor;
    }

    /** Detection and extraction on a worker thread, together under {@link ExtractionLimits#maxDuration}. */
    private Document runLimited(Path file) throws ExtractionException {
        String source = file.toString();
        AtomicReference<FormatDetector.Detection> detected = new AtomicReference<>();
        FutureTask<Document> task = new FutureTask<>(() -> {
            FormatDetector.Detection detection = detect(file);
            detected.set(detection);
            Extractor extractor = extractorFor(file, detection);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return extractor.extract(in, source);
            }
        });
        Thread worker = new Thread(task, "extract " + file.getFileName());
        worker.setDaemon(true); // abandoned on timeout; a daemon never holds the JVM open
        worker.start();
        try {
            Document document = task.get(limits.maxDuration().toMillis(), TimeUnit.MILLISECONDS);
            if (document == null) {
                throw failed(file, detected.get(), "returned no document", null);
            }
            return document;
        } catch (TimeoutException e) {
            task.cancel(true);
            FormatDetector.Detection detection = detected.get();
            String what = detection == null ? "format detection" : "extraction as " + detection.format();
            throw new ExtractionException(ExtractionException.Reason.TIMEOUT, file + ": " + what + " took longer than "
                    + duration(limits.maxDuration()) + " and was stopped");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionException.Reason.TIMEOUT,
                    file + ": extraction was interrupted before it finished", e);
        } catch (CancellationException e) {
            throw new ExtractionException(ExtractionException.Reason.TIMEOUT, file + ": extraction was cancelled", e);
        } catch (ExecutionException e) {
            throw translate(file, detected.get(), e.getCause());
        }
    }

    private static String duration(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ExtractionException translate(Path file, FormatDetector.Detection detection, Throwable cause) {
        String format = detection == null ? "format detector" : detection.format() + " reader";
        if (cause instanceof ExtractionException ee) {
            return ee;
        }
        if (cause instanceof OutOfMemoryError) {
            return new ExtractionException(ExtractionException.Reason.TOO_LARGE, file + ": the " + format
                    + " needed more memory than the process has", cause);
        }
        if (cause instanceof StackOverflowError) {
            return new ExtractionException(ExtractionException.Reason.CORRUPT, file + ": its structure is nested"
                    + " too deeply for the " + format, cause);
        }
        if (cause instanceof IOException io) {
            return unreadable(file, io);
        }
        return failed(file, format, "failed", cause);
    }

    private static ExtractionException failed(Path file, FormatDetector.Detection detection, String what,
                                              Throwable cause) {
        return failed(file, detection == null ? "format detector" : detection.format() + " reader", what, cause);
    }

    private static ExtractionException failed(Path file, String format, String what, Throwable cause) {
        String detail = cause == null ? "" : " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())) + ")";
        return new ExtractionException(ExtractionException.Reason.CORRUPT, file + ": the "
                + format + " " + what + " on this file; it is probably damaged" + detail, cause);
    }

    private static ExtractionException unreadable(Path file, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file" : firstLine(String.valueOf(e.getMessage()));
        return new ExtractionException(ExtractionException.Reason.CORRUPT, file + ": the file cannot be read (" + why
                + ")", e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
