package dev.planetl.extract;

import dev.planetl.extract.text.TextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractionTest {

    @TempDir
    Path dir;

    private final ExtractionLimits limits = ExtractionLimits.defaults();

    @Test
    void textFileIsDetectedAndExtracted() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.txt"), "I. 추진배경\n\n구분\t금액\n산업부\t1,500\n");

        Document doc = new Extraction(List.of(new TextExtractor()), limits).extract(file);

        assertThat(doc.metadata().format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(doc.tables()).hasSize(1);
    }

    @Test
    void emptyFileIsRefusedAsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.pdf"));

        assertRefused(new Extraction(List.of(new TextExtractor()), limits), file, ExtractionException.Reason.EMPTY,
                file + ": the file is empty (0 bytes)");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.hwp");

        assertRefused(new Extraction(List.of(), limits), file, ExtractionException.Reason.CORRUPT,
                file + ": no such file");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path file = Files.writeString(dir.resolve("huge.txt"), "가나다라\n".repeat(1000));
        Recording text = new Recording(DocumentFormat.TEXT);

        assertRefused(new Extraction(List.of(text), limits.withMaxFileBytes(1024)), file,
                ExtractionException.Reason.TOO_LARGE, file + ": the file is 13000 bytes, over the limit of 1024 bytes");
        assertThat(text.called).isFalse();
    }

    @Test
    void zipBombInsideADocxIsHostileBeforeAnyParsing() throws Exception {
        Path file = TestFiles.zipBomb(dir.resolve("bomb.docx"), "word/document.xml", "[Content_Types].xml");
        Recording docx = new Recording(DocumentFormat.DOCX);

        assertThatThrownBy(() -> new Extraction(List.of(docx), limits).extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(file + ": refused as a possible zip bomb: entry "
                        + "word/document.xml unpacks ") + "\\d{3,} times its packed size \\(limit 100\\)")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.HOSTILE);
        assertThat(docx.called).isFalse();
    }

    @Test
    void zipWithTooManyEntriesIsHostile() throws Exception {
        Path file = TestFiles.zipWithEntries(dir.resolve("many.hwpx"), 11);
        ExtractionLimits few = new ExtractionLimits(1 << 20, Duration.ofSeconds(5), 10, 1 << 20, 100, 10);

        assertRefused(new Extraction(List.of(), few), file, ExtractionException.Reason.HOSTILE,
                file + ": refused as a possible zip bomb: it lists more than 10 entries");
    }

    @Test
    void zipUnpackingPastTheTotalLimitIsHostile() throws Exception {
        Path file = TestFiles.zipWithEntries(dir.resolve("parts.docx"), 40);
        ExtractionLimits small = new ExtractionLimits(1 << 20, Duration.ofSeconds(5), 100, 100, 100, 10);

        assertRefused(new Extraction(List.of(), small), file, ExtractionException.Reason.HOSTILE,
                file + ": refused as a possible zip bomb: its entries unpack to more than 100 bytes");
    }

    @Test
    void truncatedZipIsCorrupt() throws Exception {
        byte[] docx = TestFiles.docxWithParagraph("본문");
        Path file = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));

        assertThatThrownBy(() -> new Extraction(List.of(), limits).extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith(file + ": the file is a damaged or truncated zip archive")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.CORRUPT);
    }

    @Test
    void binaryNoiseNamedPdfIsUnsupportedAndQuick() throws Exception {
        byte[] noise = new byte[8192];
        new java.util.Random(3).nextBytes(noise);
        Path file = Files.write(dir.resolve("report.pdf"), noise);
        Recording pdf = new Recording(DocumentFormat.PDF);
        long start = System.nanoTime();

        assertRefused(new Extraction(List.of(pdf, new Recording(DocumentFormat.OTHER)), limits), file,
                ExtractionException.Reason.UNSUPPORTED_FORMAT, file + ": the content is not a format planetl reads"
                        + " (no known file signature; whatever its name says, it is neither PDF, HWP, HWPX, DOCX,"
                        + " HTML nor text)");
        assertThat(pdf.called).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void formatWithoutExtractorIsUnsupported() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.txt"), "본문\n");

        assertRefused(new Extraction(List.of(), limits), file, ExtractionException.Reason.UNSUPPORTED_FORMAT,
                file + ": detected as TEXT (text/plain), which this run has no extractor for");
    }

    @Test
    void extractorRunningTooLongIsStoppedAndInterrupted() throws Exception {
        Path file = Files.writeString(dir.resolve("slow.txt"), "본문\n");
        CountDownLatch interrupted = new CountDownLatch(1);
        Extractor slow = new Stub(DocumentFormat.TEXT) {
            @Override
            public Document extract(InputStream in, String source) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            }
        };
        Extraction extraction = new Extraction(List.of(slow), limits.withMaxDuration(Duration.ofMillis(300)));

        assertRefused(extraction, file, ExtractionException.Reason.TIMEOUT,
                file + ": extraction as TEXT took longer than 300 ms and was stopped");
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void runtimeExceptionBecomesAClearMessageWithoutStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("odd.txt"), "본문\n");
        Extractor broken = throwing(new IllegalStateException("offset 12 beyond end\n\tat Some.frame(Some.java:1)"));

        assertRefused(new Extraction(List.of(broken), limits), file, ExtractionException.Reason.CORRUPT,
                file + ": the TEXT reader failed on this file; it is probably damaged"
                        + " (IllegalStateException: offset 12 beyond end)");
    }

    @Test
    void outOfMemoryBecomesTooLarge() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "본문\n");

        assertRefused(new Extraction(List.of(throwing(new OutOfMemoryError("Java heap space"))), limits), file,
                ExtractionException.Reason.TOO_LARGE, file + ": the TEXT reader needed more memory than the process has");
    }

    @Test
    void stackOverflowBecomesCorrupt() throws Exception {
        Path file = Files.writeString(dir.resolve("deep.txt"), "본문\n");

        assertRefused(new Extraction(List.of(throwing(new StackOverflowError())), limits), file,
                ExtractionException.Reason.CORRUPT, file + ": its structure is nested too deeply for the TEXT reader");
    }

    @Test
    void extractorsOwnRefusalPassesThrough() throws Exception {
        Path file = Files.writeString(dir.resolve("locked.txt"), "본문\n");
        Extractor refusing = throwing(new ExtractionException(ExtractionException.Reason.ENCRYPTED, "locked.txt: encrypted"));

        assertRefused(new Extraction(List.of(refusing), limits), file, ExtractionException.Reason.ENCRYPTED,
                "locked.txt: encrypted");
    }

    @Test
    void documentWithMorePagesThanTheLimitIsTooLarge() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), "본문\n");
        Extractor paged = new Stub(DocumentFormat.TEXT) {
            @Override
            public Document extract(InputStream in, String source) {
                return new Document(new DocumentMetadata(DocumentFormat.TEXT, "text/plain", null, null, 11, null,
                        Map.of()), List.of());
            }
        };
        ExtractionLimits tenPages = new ExtractionLimits(1 << 20, Duration.ofSeconds(5), 10, 1 << 20, 100, 10);

        assertRefused(new Extraction(List.of(paged), tenPages), file, ExtractionException.Reason.TOO_LARGE,
                file + ": the document has 11 pages, over the limit of 10");
    }

    @Test
    void twoExtractorsForOneFormatAreAConfigurationError() {
        assertThatThrownBy(() -> new Extraction(List.of(new TextExtractor(), new TextExtractor()), limits))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two extractors for TEXT");
    }

    static void assertRefused(Extraction extraction, Path file, ExtractionException.Reason reason, String message) {
        assertThatThrownBy(() -> extraction.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessage(message)
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(reason);
    }

    private static Extractor throwing(Throwable t) {
        return new Stub(DocumentFormat.TEXT) {
            @Override
            public Document extract(InputStream in, String source) throws ExtractionException {
                if (t instanceof ExtractionException e) {
                    throw e;
                }
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) t;
            }
        };
    }

    private abstract static class Stub implements Extractor {
        private final DocumentFormat format;

        Stub(DocumentFormat format) {
            this.format = format;
        }

        @Override
        public DocumentFormat format() {
            return format;
        }
    }

    /** Records whether it was asked to read anything. */
    static final class Recording extends Stub {
        volatile boolean called;

        Recording(DocumentFormat format) {
            super(format);
        }

        @Override
        public Document extract(InputStream in, String source) {
            called = true;
            return new Document(DocumentMetadata.of(format(), "x"), List.of());
        }
    }
}
