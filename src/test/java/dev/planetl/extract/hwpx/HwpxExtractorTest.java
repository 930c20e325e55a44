package dev.planetl.extract.hwpx;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import dev.planetl.samples.HwpxSampleWriter;
import dev.planetl.samples.SampleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class HwpxExtractorTest {

    private final HwpxExtractor extractor = new HwpxExtractor();

    static byte[] sample() throws Exception {
        return new HwpxSampleWriter().write(SampleFixtures.mergedHeaderDocument());
    }

    @Test
    void placesMergedHeaderCellByItsCellAddrAndCellSpan() throws Exception {
        // given
        byte[] hwpx = sample();

        // when
        Document doc = extractor.extract(new ByteArrayInputStream(hwpx), "merged-header.hwpx");

        // then
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(1);
        Table t = tables.get(0);
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.headerRows()).isEqualTo(1);
        Cell merged = t.cellAt(0, 2).orElseThrow();
        assertThat(merged.column()).isEqualTo(1);
        assertThat(merged.columnSpan()).isEqualTo(2);
        assertThat(merged.text()).isEqualTo("투자실적(억원)");
        assertThat(t.row(0)).containsExactly("부처명", "투자실적(억원)", "");
        assertThat(t.row(1)).containsExactly("과학기술정보통신부", "8,065.62", "28.60");
        assertThat(t.row(2)).containsExactly("농림축산식품부", "1,429.67", "1,429.67");
        assertThat(t.cellAt(2, 1).orElseThrow().provenance().ref()).isEqualTo("t0/r2/c1");
        assertThat(doc.metadata().format()).isEqualTo(DocumentFormat.HWPX);
        assertThat(doc.metadata().title()).isEqualTo("재정투자실적");
    }

    @Test
    void splitsNumberingOffHeadings() throws Exception {
        List<Block> blocks = extractor.extract(new ByteArrayInputStream(sample()), "headings.hwpx").blocks();

        assertThat(blocks.get(0)).isInstanceOf(Heading.class);
        assertThat(((Heading) blocks.get(0)).numbering()).isEqualTo("IV.");
        assertThat(((Heading) blocks.get(1)).text()).isEqualTo("그간의 추진경과");
        assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(4)).isInstanceOf(Table.class);
        assertThat(((Heading) blocks.get(5)).text()).isEqualTo("융합 신제품·서 비스를 위한 新시장 구축");
    }

    @Test
    void refusesExternalEntityWithoutReadingItsTarget(@TempDir Path dir) throws Exception {
        // given a section XML that declares an external entity pointing at a local file and uses it in a cell
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-7f3a", StandardCharsets.UTF_8);
        byte[] hostile = rewriteEntry(sample(), "Contents/section0.xml", xml -> withExternalEntity(xml, secret));

        // when / then
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(hostile), "xxe.hwpx"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.HOSTILE))
                .hasMessageContaining("xxe.hwpx")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("SECRET-7f3a");
    }

    @Test
    void refusesExternalEntityInUtf16EncodedXml(@TempDir Path dir) throws Exception {
        // given the same hostile section, declared and encoded as UTF-16, which a byte search for "<!DOCTYPE" misses
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-7f3a", StandardCharsets.UTF_8);
        byte[] hostile = rewriteEntryBytes(sample(), "Contents/section0.xml", xml -> withExternalEntity(xml, secret)
                .replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(hostile), "xxe16.hwpx"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.HOSTILE));
    }

    @Test
    void refusesExternalEntityAfterLeadingWhitespaceWithoutXmlDeclaration(@TempDir Path dir) throws Exception {
        // given the hostile section without its XML declaration and opening with a line break (still well-formed)
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-7f3a", StandardCharsets.UTF_8);
        byte[] hostile = rewriteEntry(sample(), "Contents/section0.xml", xml -> {
            String withEntity = withExternalEntity(xml, secret);
            return "\n" + withEntity.substring(withEntity.indexOf("?>") + 2);
        });

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(hostile), "xxe-ws.hwpx"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.HOSTILE));
    }

    @Test
    void hwpxlibOnItsOwnWouldReadTheEntityTarget(@TempDir Path dir) throws Exception {
        // The reason for the package check: hwpxlib's SAX parser resolves the entity. If this ever fails,
        // hwpxlib became safe by itself, and the check is belt and braces.
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-7f3a", StandardCharsets.UTF_8);
        Path file = dir.resolve("xxe.hwpx");
        Files.write(file, rewriteEntry(sample(), "Contents/section0.xml", xml -> withExternalEntity(xml, secret)));

        var hwpx = kr.dogfoot.hwpxlib.reader.HWPXReader.fromFile(file.toFile());
        String text = kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor.extract(hwpx,
                kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod.InsertControlTextBetweenParagraphText, true,
                new kr.dogfoot.hwpxlib.tool.textextractor.TextMarks());

        assertThat(text).contains("SECRET-7f3a");
    }

    @Test
    void refusesZipBombBeforeHwpxlibInflatesIt() throws Exception {
        // given a package with an entry that inflates far past a 1 MiB cap
        byte[] bomb = addEntry(sample(), "BinData/filler.bin", new byte[8 * 1024 * 1024]);
        HwpxExtractor capped = new HwpxExtractor(1024 * 1024, 100);

        assertThatThrownBy(() -> capped.extract(new ByteArrayInputStream(bomb), "bomb.hwpx"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("bomb.hwpx");
    }

    @Test
    void refusesPasswordProtectedPackage() throws Exception {
        // given a manifest listing encryption data, as Hangul writes for a password-protected HWPX
        byte[] manifestOnly = rewriteEntry(sample(), "META-INF/manifest.xml", xml -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<odf:manifest xmlns:odf=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<odf:file-entry odf:full-path=\"Contents/section0.xml\" odf:media-type=\"application/xml\">"
                + "<odf:encryption-data odf:checksum-type=\"SHA1\" odf:checksum=\"x\"/></odf:file-entry>"
                + "</odf:manifest>");
        // and its section encrypted, as such a package holds it (not XML any more)
        byte[] locked = rewriteEntryBytes(manifestOnly, "Contents/section0.xml", xml -> new byte[] {(byte) 0x9c, 0x11, 0x7f, 0x02});
        assertThat(new String(entry(locked, "META-INF/manifest.xml"), StandardCharsets.UTF_8)).contains("encryption-data");

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(locked), "locked.hwpx"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED))
                .hasMessageContaining("password-protected");
    }

    @Test
    void truncatedPackageIsCorruptAndDoesNotHang() throws Exception {
        byte[] whole = sample();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(cut), "cut.hwpx"))
                        .isInstanceOf(ExtractionException.class)
                        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT))
                        .hasMessageContaining("cut.hwpx"));
    }

    @Test
    void brokenSectionXmlIsCorrupt() throws Exception {
        byte[] broken = rewriteEntry(sample(), "Contents/section0.xml", xml -> xml.substring(0, xml.length() / 2));

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(broken), "broken.hwpx"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT));
    }

    private static String withExternalEntity(String xml, Path target) {
        int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        int rootStart = xml.indexOf('<', declEnd);
        int rootNameEnd = xml.indexOf(' ', rootStart);
        String root = xml.substring(rootStart + 1, rootNameEnd);
        String doctype = "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + target.toUri() + "\">]>";
        String body = xml.substring(declEnd).replace("부처명", "&xxe;");
        assertThat(body).contains("&xxe;");
        return xml.substring(0, declEnd) + doctype + body;
    }

    static byte[] rewriteEntry(byte[] zip, String name, UnaryOperator<String> change) throws Exception {
        return rewriteEntryBytes(zip, name, xml -> change.apply(xml).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] rewriteEntryBytes(byte[] zip, String name, java.util.function.Function<String, byte[]> change)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8));
                }
                put(z, e.getName(), data);
            }
        }
        return out.toByteArray();
    }

    private static byte[] addEntry(byte[] zip, String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                put(z, e.getName(), in.readAllBytes());
            }
            put(z, name, content);
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static void put(ZipOutputStream z, String name, byte[] data) throws Exception {
        ZipEntry entry = new ZipEntry(name);
        if (name.equals("mimetype")) {
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setCrc(crc.getValue());
        }
        z.putNextEntry(entry);
        z.write(data);
        z.closeEntry();
    }

    @Test
    void nestedTableInACellContributesItsTextToTheCell() throws Exception {
        // given a cell holding a text line and a 1x2 table below it
        byte[] file = new HwpxSampleWriter().write(SampleFixtures.nestedTableDocument());

        // when
        Document doc = extractor.extract(new ByteArrayInputStream(file), "nested.hwpx");

        // then: one table at document level; the inner table is text of its cell, in reading order
        List<Table> tables = doc.tables().toList();
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).row(1)).containsExactly("스마트 도로조명 플랫폼", "'23년 국비 59.2");
        assertThat(doc.blocks().get(doc.blocks().size() - 1).text()).isEqualTo("끝");
    }

    @Test
    void numberHangulPrintsFromAnOutlineStyleIsPartOfTheHeading(@TempDir Path dir) throws Exception {
        // given a paragraph "추진배경" in the blank document's 개요 1 style (paraPr 10, an OUTLINE heading)
        Path file = dir.resolve("outline.hwpx");
        Files.write(file, new HwpxSampleWriter().write(new dev.planetl.samples.SampleDocument("개요", List.of(
                new dev.planetl.samples.SampleDocument.Para("추진배경"),
                new dev.planetl.samples.SampleDocument.Para("본문입니다.")))));
        var hwpx = kr.dogfoot.hwpxlib.reader.HWPXReader.fromFile(file.toFile());
        var para = hwpx.sectionXMLFileList().get(0).getPara(1);
        para.paraPrIDRef("10");
        para.styleIDRef("2");
        byte[] outlined = kr.dogfoot.hwpxlib.writer.HWPXWriter.toBytes(hwpx);

        // when
        List<Block> blocks = extractor.extract(new ByteArrayInputStream(outlined), "outline.hwpx").blocks();

        // then
        assertThat(blocks.get(0)).isInstanceOf(Heading.class);
        assertThat(((Heading) blocks.get(0)).numbering()).isEqualTo("1.");
        assertThat(((Heading) blocks.get(0)).text()).isEqualTo("추진배경");
        assertThat(blocks.get(1).text()).isEqualTo("본문입니다.");
    }

    @Test
    void textBoxParagraphsAreReadAsBodyParagraphsInPlace() throws Exception {
        // given: a paragraph, then a rectangle whose text box holds a heading and a sentence, then a paragraph
        var hwpx = kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make();
        var section = hwpx.sectionXMLFileList().get(0);
        section.addNewPara().addNewRun().addNewT().addText("앞 문단");
        var rectangle = section.addNewPara().addNewRun().addNewRectangle();
        rectangle.createDrawText();
        rectangle.drawText().createSubList();
        rectangle.drawText().subList().addNewPara().addNewRun().addNewT().addText("1 추진배경");
        rectangle.drawText().subList().addNewPara().addNewRun().addNewT().addText("상자 안의 문장입니다.");
        section.addNewPara().addNewRun().addNewT().addText("뒤 문단");
        byte[] file = kr.dogfoot.hwpxlib.writer.HWPXWriter.toBytes(hwpx);

        // when
        List<Block> blocks = extractor.extract(new ByteArrayInputStream(file), "box.hwpx").blocks();

        // then
        assertThat(blocks).extracting(Block::text)
                .containsExactly("앞 문단", "추진배경", "상자 안의 문장입니다.", "뒤 문단");
        assertThat(((Heading) blocks.get(1)).numbering()).isEqualTo("1");
    }
}
