package dev.planetl.extract.docx;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming reader on hand-written packages: hostile parts, damaged zips, and WordprocessingML corners. */
class DocxStreamingEdgesTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String RELS = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org"
            + "/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/officeDocument\" Target=\"%s\"/></Relationships>";

    private final DocxExtractor extractor = new DocxExtractor();

    @Test
    void aDoctypeInTheBodyIsHostileAndNoEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document " + W + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";

        assertThatThrownBy(() -> extract(docx(xxe))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("part word/document.xml declares a DOCTYPE")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.HOSTILE);
    }

    @Test
    void inflationPastTheCapIsAZipBombWhateverTheHeadersSay() throws Exception {
        String big = body("<w:p><w:r><w:t>" + " ".repeat(3 * 1024 * 1024) + "계</w:t></w:r></w:p>");
        byte[] bytes = docx(big);

        assertThatThrownBy(() -> new DocxExtractor(1024 * 1024).extract(new ByteArrayInputStream(bytes), "bomb.docx"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("refused as a possible zip bomb")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.HOSTILE);
        assertThat(extract(bytes).blocks()).extracting(Block::text).containsExactly("계");
    }

    @Test
    void anOle2FileIsAnOldWordFileOrAnEncryptedOne() {
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, 512);

        assertThatThrownBy(() -> extract(ole2)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("an old binary Word (.doc) file or an encrypted document")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void aPackageCutBeforeItsCentralDirectoryIsTruncatedThoughItsEntriesAreWhole() throws Exception {
        byte[] whole = docx(body("<w:p><w:r><w:t>본문</w:t></w:r></w:p>"));
        byte[] cut = Arrays.copyOf(whole, indexOf(whole, new byte[] {'P', 'K', 1, 2}));

        assertThatThrownBy(() -> extract(cut)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("no central directory")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void aRelationshipLeavingThePackageResolvesToNothing() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", RELS.formatted("../../word/document.xml"));
        parts.put("../../word/document.xml", body("<w:p><w:r><w:t>본문</w:t></w:r></w:p>"));

        assertThatThrownBy(() -> extract(zip(parts))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("holds no main document part word/document.xml")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void tablesNestedWithoutEndAreDamaged() throws Exception {
        String nested = "<w:tbl><w:tr><w:tc>".repeat(DocxBody.MAX_DEPTH + 2) + "<w:p/>"
                + "</w:tc></w:tr></w:tbl>".repeat(DocxBody.MAX_DEPTH + 2);

        assertThatThrownBy(() -> extract(docx(body(nested)))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("tables nested more than")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void deletedRunsAndFieldCodesAreNoTextInsertedRunsAndHyperlinksAre() throws Exception {
        String p = "<w:p><w:r><w:t xml:space=\"preserve\">예산 </w:t></w:r><w:del><w:r><w:delText>9,999</w:delText>"
                + "</w:r></w:del><w:ins><w:r><w:t>1,000</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType=\"begin\"/>"
                + "</w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:hyperlink><w:r><w:t>억원</w:t></w:r>"
                + "</w:hyperlink><w:r><w:tab/><w:t>계</w:t></w:r></w:p>";

        assertThat(extract(docx(body(p))).blocks()).extracting(Block::text).containsExactly("예산 1,000억원 계");
    }

    @Test
    void aCellsParagraphsAreJoinedBySpacesSoTwoNumbersNeverGlue() throws Exception {
        String table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:p><w:r><w:t>구분</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>금액</w:t></w:r></w:p>"
                + "</w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>산업부</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
                + "<w:t>1,000</w:t></w:r></w:p><w:p><w:r><w:t>500</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        Table t = extract(docx(body(table))).tables().findFirst().orElseThrow();

        assertThat(t.row(1)).containsExactly("산업부", "1,000 500");
    }

    @Test
    void aBlockContentControlIsReadAsPlainLines() throws Exception {
        String sdt = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj>"
                + "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Ⅰ. 수립 개요</w:t></w:r></w:p><w:p><w:r><w:t>Ⅱ. 투자계획"
                + "</w:t></w:r></w:p></w:sdtContent></w:sdt><w:p><w:r><w:t>Ⅰ. 수립 개요</w:t></w:r></w:p>";

        Document d = extract(docx(body(sdt)));

        assertThat(d.blocks()).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "Paragraph", "Heading");
        assertThat(d.blocks()).filteredOn(Paragraph.class::isInstance).extracting(Block::text)
                .containsExactly("Ⅰ. 수립 개요", "Ⅱ. 투자계획");
    }

    private Document extract(byte[] bytes) throws ExtractionException {
        return extractor.extract(new ByteArrayInputStream(bytes), "plan.docx");
    }

    private static String body(String content) {
        return "<?xml version=\"1.0\"?><w:document " + W + "><w:body>" + content + "</w:body></w:document>";
    }

    private static byte[] docx(String documentXml) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", RELS.formatted("word/document.xml"));
        parts.put("word/document.xml", documentXml);
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
