package dev.planetl.extract.hwp;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.samples.HwpSampleWriter;
import dev.planetl.samples.SampleFixtures;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class HwpProtectedAndCorruptTest {

    private final HwpExtractor extractor = new HwpExtractor();

    private static byte[] sample() throws Exception {
        return new HwpSampleWriter().write(SampleFixtures.mergedHeaderDocument());
    }

    /** The sample with bits set in the property flags (offset 36) of its FileHeader stream, written with POI. */
    private static byte[] withHeaderFlags(int bits) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(sample()))) {
            DocumentEntry header = (DocumentEntry) fs.getRoot().getEntry("FileHeader");
            byte[] data;
            try (DocumentInputStream in = new DocumentInputStream(header)) {
                data = in.readAllBytes();
            }
            data[36] |= (byte) (bits & 0xFF);
            data[37] |= (byte) ((bits >> 8) & 0xFF);
            header.delete();
            fs.getRoot().createDocument("FileHeader", new ByteArrayInputStream(data));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void refusesPasswordProtectedFileByItsHeaderFlag() throws Exception {
        // given a file whose FileHeader sets bit 1 (password)
        byte[] file = withHeaderFlags(1 << 1);

        // when / then
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(file), "plan-locked.hwp"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED))
                .hasMessageContaining("plan-locked.hwp")
                .hasMessageContaining("password-protected")
                .hasMessageContaining("save it without a password");
    }

    @Test
    void refusesDistributionDocumentByItsHeaderFlag() throws Exception {
        // given a file whose FileHeader sets bit 2 (배포용 문서)
        byte[] file = withHeaderFlags(1 << 2);

        // when / then
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(file), "plan-dist.hwp"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED))
                .hasMessageContaining("plan-dist.hwp")
                .hasMessageContaining("배포용");
    }

    @Test
    void refusesDrmDocument() throws Exception {
        byte[] file = withHeaderFlags(1 << 4);

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(file), "plan-drm.hwp"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED));
    }

    @Test
    void ordinaryHeaderFlagsAreNotMistakenForProtection() throws Exception {
        // given the same document with the script (bit 3) and history (bit 6) flags set
        byte[] file = withHeaderFlags(1 << 3 | 1 << 6);

        assertThat(extractor.extract(new ByteArrayInputStream(file), "plain.hwp").tables()).hasSize(1);
    }

    @Test
    void truncatedFileIsCorruptAndDoesNotHang() throws Exception {
        byte[] whole = sample();
        for (int keep : new int[] {whole.length / 2, 600, 100}) {
            byte[] cut = Arrays.copyOf(whole, keep);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(cut), "cut.hwp"))
                            .isInstanceOf(ExtractionException.class)
                            .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT))
                            .hasMessageContaining("cut.hwp"));
        }
    }

    @Test
    void garbageIsCorrupt() {
        byte[] garbage = "이것은 한글 문서가 아닙니다".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(garbage), "garbage.hwp"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT));
    }

    @Test
    void damagedSectionStreamIsCorruptAndDoesNotHang() throws Exception {
        // given a valid container whose compressed BodyText/Section0 is overwritten with noise
        byte[] file = replaceSection(sample(), data -> {
            for (int i = 4; i < data.length; i += 3) {
                data[i] = (byte) (data[i] ^ 0x5A);
            }
        });

        // when / then: either a CORRUPT refusal or a document, never a hang or a raw exception
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                extractor.extract(new ByteArrayInputStream(file), "noisy.hwp");
            } catch (ExtractionException e) {
                assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                assertThat(e.getMessage()).contains("noisy.hwp");
            }
        });
    }

    @Test
    void emptyInputIsEmpty() {
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(new byte[0]), "empty.hwp"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.EMPTY));
    }

    private static byte[] replaceSection(byte[] hwp, Consumer<byte[]> damage) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(hwp))) {
            DirectoryEntry body = (DirectoryEntry) fs.getRoot().getEntry("BodyText");
            DocumentEntry section = (DocumentEntry) body.getEntry("Section0");
            byte[] data;
            try (DocumentInputStream in = new DocumentInputStream(section)) {
                data = in.readAllBytes();
            }
            damage.accept(data);
            section.delete();
            body.createDocument("Section0", new ByteArrayInputStream(data));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
