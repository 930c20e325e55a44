package dev.planetl.extract;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files made on the spot for extraction tests, named for what they exercise. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] docxWithParagraph(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A zip whose one large entry of zeros packs about a thousand times smaller than it unpacks. */
    static Path zipBomb(Path file, String bombEntry, String... smallEntries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (String name : smallEntries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.equals("mimetype") ? "application/hwp+zip".getBytes(StandardCharsets.US_ASCII) : "<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bombEntry));
            byte[] zeros = new byte[64 * 1024];
            for (int i = 0; i < 64; i++) { // 4 MiB
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    static Path zipWithEntries(Path file, int count) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return file;
    }
}
