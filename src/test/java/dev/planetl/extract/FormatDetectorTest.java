package dev.planetl.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @TempDir
    Path dir;

    /**
     * The signature path answers as Tika's path does, on every file the tests and the samples hold (real PDFs,
     * HWP and HWPX saved by Hangul, damaged, encrypted and hostile ones among them), and answers for the PDFs, HWP
     * and HWPX files there, so their detection never builds Tika's detector.
     */
    @Test
    void signaturesAgreeWithTika() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("sample-docs")))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<DocumentFormat, Integer> signed = new EnumMap<>(DocumentFormat.class);
        for (Path file : files) {
            FormatDetector.Detection bySignature = detector.bySignature(file);
            FormatDetector.Detection byTika = detector.detectWithTika(file);
            if (bySignature != null) {
                assertThat(bySignature).as(file.toString()).isEqualTo(byTika);
                signed.merge(bySignature.format(), 1, Integer::sum);
            } else {
                assertThat(byTika.format()).as(file + " is " + byTika + " by Tika, but no signature said so")
                        .isNotIn(DocumentFormat.PDF);
            }
        }
        assertThat(signed.getOrDefault(DocumentFormat.PDF, 0)).isGreaterThanOrEqualTo(40);
        assertThat(signed.getOrDefault(DocumentFormat.HWP, 0)).isGreaterThanOrEqualTo(20);
        assertThat(signed.getOrDefault(DocumentFormat.HWPX, 0)).isGreaterThanOrEqualTo(20);
        assertThat(signed.getOrDefault(DocumentFormat.DOCX, 0)).isGreaterThanOrEqualTo(9);
    }

    @Test
    void aWordPackageIsToldByItsMainPartAndAnyOtherPackageIsLeftToTika() throws Exception {
        String word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        Path docx = ooxml("plan.bin", "word/document.xml", word, "");
        assertThat(detector.bySignature(docx)).isEqualTo(new FormatDetector.Detection(DocumentFormat.DOCX,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isEqualTo(detector.detectWithTika(docx));
        Path docm = ooxml("macro.bin", "word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
                "");
        assertThat(detector.bySignature(docm)).isEqualTo(new FormatDetector.Detection(DocumentFormat.DOCX,
                "application/vnd.ms-word.document.macroenabled.12")).isEqualTo(detector.detectWithTika(docm));
        // a template, a spreadsheet, a main part the content types do not list: Tika's
        assertThat(detector.bySignature(ooxml("template.bin", "word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", ""))).isNull();
        assertThat(detector.bySignature(ooxml("sheet.bin", "xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", ""))).isNull();
        assertThat(detector.bySignature(ooxml("unlisted.bin", "word/other.xml", word, ""))).isNull();
        // the DTD is not processed: the content type an entity of it would spell is no content type here
        assertThat(detector.bySignature(ooxml("dtd.bin", "word/document.xml", "&w;",
                "<!DOCTYPE Types [<!ENTITY w \"" + word + "\">]>"))).isNull();
    }

    /**
     * A minimal OOXML package: {@code _rels/.rels} names {@code main} the office document, whose override in
     * {@code [Content_Types].xml} (after {@code prolog}) says {@code contentType}; the override names
     * {@code word/document.xml} always, so another {@code main} is unlisted.
     */
    private Path ooxml(String name, String main, String contentType, String prolog) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            String listed = main.equals("word/other.xml") ? "/word/document.xml" : "/" + main;
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"" + listed + "\" ContentType=\"" + contentType + "\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"" + main + "\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(main));
            zip.write("<?xml version=\"1.0\"?><document/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void aPackageWithOoxmlContentTypesOrAPdfBehindAByteOrderMarkIsLeftToTika() throws Exception {
        Path file = dir.resolve("both.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(FormatDetector.HWPX.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(detector.bySignature(file)).isNull();
        Path pdfLate = dir.resolve("late.pdf");
        Files.writeString(pdfLate, "\uFEFF%PDF-1.4\n", StandardCharsets.UTF_8);
        assertThat(detector.bySignature(pdfLate)).isNull();
    }

    @Test
    void pdfIsPdf() throws Exception {
        Path file = dir.resolve("plan.bin");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        assertThat(detector.detect(file)).isEqualTo(new FormatDetector.Detection(DocumentFormat.PDF, "application/pdf"));
    }

    @Test
    void hwp5IsRecognisedByItsFileHeaderStream() throws Exception {
        Path file = dir.resolve("plan.dat");
        kr.dogfoot.hwplib.writer.HWPWriter.toFile(kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make(),
                file.toString());

        assertThat(detector.detect(file)).isEqualTo(new FormatDetector.Detection(DocumentFormat.HWP, FormatDetector.HWP_V5));
    }

    @Test
    void hwpxIsRecognisedByItsMimetypeEntry() throws Exception {
        Path file = dir.resolve("plan.zip");
        kr.dogfoot.hwpxlib.writer.HWPXWriter.toFilepath(kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make(),
                file.toString());

        assertThat(detector.detect(file)).isEqualTo(new FormatDetector.Detection(DocumentFormat.HWPX, FormatDetector.HWPX));
    }

    @Test
    void zipWithAHwpxSectionButNoMimetypeIsHwpx() throws Exception {
        Path file = dir.resolve("plan.zip");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("Contents/section0.xml"));
            zip.write("<hs:sec/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(detector.detect(file).format()).isEqualTo(DocumentFormat.HWPX);
    }

    @Test
    void docxIsDocxWhateverItsName() throws Exception {
        Path file = Files.write(dir.resolve("plan.txt"), TestFiles.docxWithParagraph("본문"));

        assertThat(detector.detect(file).format()).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void textNamedDocxIsText() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.docx"), "2020년도 실행계획\n산업부\t1,500\n");

        assertThat(detector.detect(file)).isEqualTo(new FormatDetector.Detection(DocumentFormat.TEXT, "text/plain"));
    }

    @Test
    void legacyKoreanTextNamedPdfIsText() throws Exception {
        Path file = Files.write(dir.resolve("plan.pdf"),
                "예산 계획 산업통상자원부\n".repeat(20).getBytes(Charset.forName("x-windows-949")));

        assertThat(detector.detect(file).format()).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void htmlPageAndHtmlFragmentAreHtmlButACaptionIsText() throws Exception {
        Path page = Files.writeString(dir.resolve("a"), "<!DOCTYPE html><html><body><h1>제목</h1></body></html>");
        Path fragment = Files.writeString(dir.resolve("b"), "<table><tr><td>산업부</td></tr></table>");
        Path caption = Files.writeString(dir.resolve("c"), "< 분야별 재정투자실적(억원) >\n구분\t합계\n");

        assertThat(detector.detect(page).format()).isEqualTo(DocumentFormat.HTML);
        assertThat(detector.detect(fragment)).isEqualTo(new FormatDetector.Detection(DocumentFormat.HTML, "text/html"));
        assertThat(detector.detect(caption).format()).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void binaryNoiseIsOtherAsOctetStream() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("plan.pdf"), noise);

        assertThat(detector.detect(file))
                .isEqualTo(new FormatDetector.Detection(DocumentFormat.OTHER, "application/octet-stream"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"000_c6a735280eeffe22", "001_69b5d0863f4d8d05",
            "002_051c73b7d6606d90", "003_ec70c1f9ee5d3b28", "004_9f4da27ab622e286"})
    void seedsAreText(String seed) throws Exception {
        // seed 003 carries <ul …> fragments inside its lines: still text, not HTML
        assertThat(detector.detect(Path.of("sample-docs", seed + ".txt")))
                .isEqualTo(new FormatDetector.Detection(DocumentFormat.TEXT, "text/plain"));
    }

    @Test
    void rtfIsOtherForTheTikaFallback() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.txt"), "{\\rtf1\\ansi 본문}");

        assertThat(detector.detect(file)).isEqualTo(new FormatDetector.Detection(DocumentFormat.OTHER, "application/rtf"));
    }
}
