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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Single-field damage in the records of a section, of the kinds that sent hwplib into loops that never ended
 * when a fuzzer flipped bytes in a rendering of seed 000 (cell counts, per-paragraph counts, the "last in list"
 * bit): the record check must refuse each as CORRUPT, quickly, saying what is inconsistent.
 */
class HwpDamagedRecordsTest {

    private static final int TAG_PARA_HEADER = 66;
    private static final int TAG_TABLE = 77;

    private final HwpExtractor extractor = new HwpExtractor();

    @Test
    void tableAnnouncingMoreCellsThanFollowIsCorrupt() throws Exception {
        // given the first table's first row claims one cell more than the file holds
        byte[] file = damageSection(records -> {
            int at = findRecord(records, TAG_TABLE, 0);
            int rowSizeAt = at + 4 + 18;
            records[rowSizeAt]++;
        });

        assertCorrupt(file, "announcing");
    }

    @Test
    void paragraphHeaderCountingMoreCharShapesThanItsRecordHoldsIsCorrupt() throws Exception {
        // given the second paragraph header claims 200 character shapes
        byte[] file = damageSection(records -> {
            int at = findRecord(records, TAG_PARA_HEADER, 1);
            records[at + 4 + 12] = (byte) 200;
        });

        assertCorrupt(file, "counts");
    }

    @Test
    void sectionWhoseLastParagraphIsNotMarkedLastIsCorrupt() throws Exception {
        // given every top-level paragraph header has its "last in list" bit cleared
        byte[] file = damageSection(records -> {
            for (int n = 0; ; n++) {
                int at = findRecord(records, TAG_PARA_HEADER, n);
                if (at < 0) {
                    break;
                }
                if (level(records, at) == 0) {
                    records[at + 4 + 3] &= 0x7F;
                }
            }
        });

        assertCorrupt(file, "without its last paragraph");
    }

    @Test
    void parseThatDoesNotFinishIsATimeoutAndItsThreadIsInterrupted() throws Exception {
        // given a parser that never returns on its own, as hwplib does on some damaged records
        byte[] file = new HwpSampleWriter().write(SampleFixtures.mergedHeaderDocument());
        CountDownLatch interrupted = new CountDownLatch(1);
        HwpExtractor.Parser endless = bytes -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new IllegalStateException("interrupted");
        };
        HwpExtractor impatient = new HwpExtractor(Duration.ofMillis(200), HwpExtractor.DEFAULT_MAX_STREAM_BYTES, endless);

        // when / then
        assertThatThrownBy(() -> impatient.extract(new ByteArrayInputStream(file), "slow.hwp"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.TIMEOUT))
                .hasMessageContaining("slow.hwp");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private void assertCorrupt(byte[] file, String why) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(file), "damaged.hwp"))
                        .isInstanceOf(ExtractionException.class)
                        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT))
                        .hasMessageContaining("damaged.hwp")
                        .hasMessageContaining(why));
    }

    /** Offset of the n-th record (0-based) with the tag, or -1. */
    private static int findRecord(byte[] records, int tag, int n) {
        int at = 0;
        int seen = 0;
        while (at + 4 <= records.length) {
            long header = (records[at] & 0xFFL) | (records[at + 1] & 0xFFL) << 8
                    | (records[at + 2] & 0xFFL) << 16 | (records[at + 3] & 0xFFL) << 24;
            long size = (header >> 20) & 0xFFF;
            int headerBytes = 4;
            if (size == 0xFFF) {
                size = (records[at + 4] & 0xFFL) | (records[at + 5] & 0xFFL) << 8
                        | (records[at + 6] & 0xFFL) << 16 | (records[at + 7] & 0xFFL) << 24;
                headerBytes = 8;
            }
            if ((header & 0x3FF) == tag && headerBytes == 4) {
                if (seen++ == n) {
                    return at;
                }
            }
            at += headerBytes + (int) size;
        }
        return -1;
    }

    private static int level(byte[] records, int at) {
        long header = (records[at] & 0xFFL) | (records[at + 1] & 0xFFL) << 8 | (records[at + 2] & 0xFFL) << 16;
        return (int) ((header >> 10) & 0x3FF);
    }

    /** The fixture with its BodyText/Section0 records (inflated) changed in place and deflated again. */
    private static byte[] damageSection(Consumer<byte[]> damage) throws Exception {
        byte[] hwp = new HwpSampleWriter().write(SampleFixtures.mergedHeaderDocument());
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(hwp))) {
            DirectoryEntry body = (DirectoryEntry) fs.getRoot().getEntry("BodyText");
            DocumentEntry section = (DocumentEntry) body.getEntry("Section0");
            byte[] compressed;
            try (DocumentInputStream in = new DocumentInputStream(section)) {
                compressed = in.readAllBytes();
            }
            byte[] records = inflate(compressed);
            damage.accept(records);
            section.delete();
            body.createDocument("Section0", new ByteArrayInputStream(deflate(records)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] inflate(byte[] data) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                break;
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
