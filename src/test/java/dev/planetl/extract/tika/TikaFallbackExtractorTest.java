package dev.planetl.extract.tika;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TikaFallbackExtractorTest {

    private final TikaFallbackExtractor extractor = new TikaFallbackExtractor();

    @Test
    void rtfParagraphsArePlainParagraphs() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0 Budget plan\\par Second paragraph\\par}";

        Document doc = extract(rtf.getBytes(StandardCharsets.US_ASCII), "plan.rtf");

        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Budget plan", "Second paragraph");
        assertThat(doc.metadata().mediaType()).startsWith("application/rtf");
        assertThat(doc.blocks()).extracting(b -> b.provenance().line()).containsExactly(1, 2);
    }

    @Test
    void openDocumentTableBecomesATable() throws Exception {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:p>부처별 투자계획</text:p>"
                + "<table:table table:name=\"t\"><table:table-column table:number-columns-repeated=\"2\"/>"
                + "<table:table-row><table:table-cell><text:p>부처</text:p></table:table-cell>"
                + "<table:table-cell><text:p>금액</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell><text:p>산업부</text:p></table:table-cell>"
                + "<table:table-cell><text:p>9,283.40</text:p></table:table-cell></table:table-row>"
                + "</table:table></office:text></office:body></office:document-content>";

        Document doc = extract(odt(content), "plan.odt");

        assertThat(doc.blocks()).extracting(Block::text).first().isEqualTo("부처별 투자계획");
        Table table = doc.tables().findFirst().orElseThrow();
        assertThat(table.row(1)).containsExactly("산업부", "9,283.40");
        assertThat(table.headerRows()).isEqualTo(1);
    }

    @Test
    void xmlExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<r><p>값 &leak; 끝</p><p>둘째</p></r>";

        Document doc = extract(xml.getBytes(StandardCharsets.UTF_8), "plan.xml");

        assertThat(doc.blocks()).extracting(Block::text).containsExactly("값 끝 둘째");
    }

    @Test
    void textPastTheWriteLimitIsCutWithAWarning() throws Exception {
        TikaFallbackExtractor small = new TikaFallbackExtractor(40);
        String rtf = "{\\rtf1\\ansi " + "Lorem ipsum dolor sit amet\\par ".repeat(20) + "}";

        Document doc = small.extract(new ByteArrayInputStream(rtf.getBytes(StandardCharsets.US_ASCII)), "long.rtf");

        assertThat(doc.warnings()).containsExactly("the text was cut after 40 characters (write limit)");
        assertThat(doc.blocks().stream().mapToInt(b -> b.text().length()).sum()).isLessThanOrEqualTo(40);
    }

    @Test
    void emptyInputIsEmpty() {
        assertThatThrownBy(() -> extract(new byte[0], "empty.rtf"))
                .isInstanceOf(ExtractionException.class).hasMessage("empty.rtf: the file is empty")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.EMPTY);
    }

    private Document extract(byte[] bytes, String name) throws ExtractionException {
        return extractor.extract(new ByteArrayInputStream(bytes), name);
    }

    private static byte[] odt(String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
