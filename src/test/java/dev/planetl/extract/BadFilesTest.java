package dev.planetl.extract;

import dev.planetl.extract.docx.DocxExtractor;
import dev.planetl.extract.html.HtmlExtractor;
import dev.planetl.extract.text.TextExtractor;
import dev.planetl.extract.tika.TikaFallbackExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static dev.planetl.extract.ExtractionTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile and broken files through the whole facade with the real extractors this package has (the PDF, HWP
 * and HWPX extractors live elsewhere; a file detected as one of those formats meets "no extractor" here).
 * Each test pins the message a user sees.
 */
class BadFilesTest {

    @TempDir
    Path dir;

    private final Extraction extraction = new Extraction(
            List.of(new TextExtractor(), new HtmlExtractor(), new DocxExtractor(), new TikaFallbackExtractor()),
            ExtractionLimits.defaults());

    @Test
    void emptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("plan.hwp"));

        assertRefused(extraction, file, ExtractionException.Reason.EMPTY, file + ": the file is empty (0 bytes)");
    }

    @Test
    void truncatedDocx() throws Exception {
        byte[] docx = TestFiles.docxWithParagraph("2020년도 실행계획");
        Path file = Files.write(dir.resolve("plan.docx"), Arrays.copyOf(docx, docx.length * 2 / 3));

        assertThatThrownBy(() -> extraction.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith(file + ": the file is a damaged or truncated zip archive (")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.CORRUPT);
    }

    @Test
    void docxThatIsReallyTextIsReadAsText() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.docx"), "Ⅳ. '20년도 재정투자계획\n\n구분\t금액\n산업부\t9,283.40\n");

        Document doc = extraction.extract(file);

        assertThat(doc.metadata().format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(doc.blocks().get(0)).isEqualTo(new Heading(1, "Ⅳ.", "'20년도 재정투자계획", Provenance.ofLine(null, 1)));
        assertThat(doc.tables().findFirst().orElseThrow().row(1)).containsExactly("산업부", "9,283.40");
    }

    @Test
    void binaryNoiseNamedPdfIsRefusedQuicklyAsUnsupported() throws Exception {
        byte[] noise = new byte[256 * 1024];
        new Random(11).nextBytes(noise);
        Path file = Files.write(dir.resolve("plan.pdf"), noise);
        long start = System.nanoTime();

        assertRefused(extraction, file, ExtractionException.Reason.UNSUPPORTED_FORMAT, file
                + ": the content is not a format planetl reads (no known file signature; whatever its name says,"
                + " it is neither PDF, HWP, HWPX, DOCX, HTML nor text)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void pdfWithoutAPdfExtractorIsNamedAsSuch() throws Exception {
        Path file = Files.write(dir.resolve("plan.bin"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));

        assertRefused(extraction, file, ExtractionException.Reason.UNSUPPORTED_FORMAT,
                file + ": detected as PDF (application/pdf), which this run has no extractor for");
    }

    @Test
    void zipBombInsideADocx() throws Exception {
        Path file = TestFiles.zipBomb(dir.resolve("plan.docx"), "word/document.xml", "[Content_Types].xml");

        assertHostile(file, "word/document.xml");
    }

    @Test
    void zipBombInsideAHwpxLookingZip() throws Exception {
        Path file = TestFiles.zipBomb(dir.resolve("plan.hwpx"), "Contents/section0.xml", "mimetype");

        assertHostile(file, "Contents/section0.xml");
    }

    @Test
    void htmlWithAnExternalEntityLeaksNothing() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        Path file = Files.writeString(dir.resolve("plan.html"), "<!DOCTYPE html [<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">]><html><body><p>값: &leak;</p></body></html>");

        Document doc = extraction.extract(file);

        assertThat(doc.metadata().format()).isEqualTo(DocumentFormat.HTML);
        // jsoup ends the doctype at its first '>' and reads the rest of the internal subset as text
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("]>", "값: &leak;");
    }

    @Test
    void xmlWithAnExternalEntityLeaksNothing() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        Path file = Files.writeString(dir.resolve("plan.xml"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY leak"
                + " SYSTEM \"" + secret.toUri() + "\">]><r><p>값 &leak; 끝</p></r>");

        Document doc = extraction.extract(file);

        assertThat(doc.metadata().format()).isEqualTo(DocumentFormat.OTHER);
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("값 끝");
    }

    @Test
    void hugeTextFileOverTheSizeLimit() throws Exception {
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "산업부\t1,500\n".repeat(200_000)); // 3.4 MB
        Extraction small = new Extraction(List.of(new TextExtractor()),
                ExtractionLimits.defaults().withMaxFileBytes(1024 * 1024));

        assertRefused(small, file, ExtractionException.Reason.TOO_LARGE,
                file + ": the file is " + Files.size(file) + " bytes, over the limit of 1048576 bytes");
    }

    private void assertHostile(Path file, String entry) {
        assertThatThrownBy(() -> extraction.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessageMatching(Pattern.quote(file + ": refused as a possible zip bomb: entry " + entry
                        + " unpacks ") + "\\d{3,} times its packed size \\(limit 100\\)")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.HOSTILE);
    }
}
