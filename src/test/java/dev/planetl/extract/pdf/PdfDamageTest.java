package dev.planetl.extract.pdf;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.job.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A refused PDF is named by its real cause: nested too deep, cut short, or a trailer that leads nowhere. */
class PdfDamageTest {

    @TempDir
    Path tmp;

    @Test
    void nestingIsCountedOutsideStringsCommentsAndStreams() throws IOException {
        assertThat(nesting("<< /A [1 [2 [3]]] /B << /C 1 >> >>")).isEqualTo(4);
        assertThat(nesting("<< /A (text [[[[ with \\( brackets) /H <0A0B> >> % [[[[[[ a comment\n[1]")).isEqualTo(1);
        assertThat(nesting("<< /Length 8 >>\nstream\n[[[[[[[[\nendstream\n[ ]")).isEqualTo(1);
    }

    @Test
    void aPdfNested200000DeepIsRefusedAsHostileByItsDepth() throws IOException {
        Path file = write("deep.pdf", HostileFiles.deepPdf(200_000));

        assertThatThrownBy(() -> new PdfExtractor().extract(Files.newInputStream(file), "deep.pdf"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
                    assertThat(e.getMessage()).contains("nested 200001 levels deep") // the catalog and its 200,000 arrays
                            .doesNotContain("Missing root");
                });
    }

    @Test
    void aPdfCutShortIsNamedTruncated() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("sample-docs/000_c6a735280eeffe22.ruled.pdf"));
        Path file = write("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3));

        assertThatThrownBy(() -> new PdfExtractor().extract(Files.newInputStream(file), "cut.pdf"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                    assertThat(e.getMessage()).contains("truncated").contains("%%EOF").doesNotContain("Missing root");
                });
    }

    @Test
    void aTrailerLeadingNowhereIsNamedSo() throws IOException {
        String head = "%PDF-1.4\n";
        int xref = head.length();
        String pdf = head + "xref\n0 2\n0000000000 65535 f \n0000000999 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\n"
                + "startxref\n" + xref + "\n%%EOF\n";
        Path file = write("nowhere.pdf", pdf.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new PdfExtractor().extract(Files.newInputStream(file), "nowhere.pdf"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                    assertThat(e.getMessage()).contains("no document catalog").doesNotContain("Missing root");
                });
    }

    private static int nesting(String syntax) throws IOException {
        return PdfDamage.maxNesting(new ByteArrayInputStream(syntax.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }
}
