package dev.planetl.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * K copies of the sample documents, each file of each copy with content of its own (another SHA-256), so that an
 * ingest reads every one instead of skipping it as a duplicate. What differs is where a reader never looks:
 * <ul>
 *   <li>text: a last line {@code 사본 번호 N} after the document's own;</li>
 *   <li>HTML: a comment {@code <!-- copy N -->} at the end;</li>
 *   <li>PDF: a custom field {@code planetl-copy} of the document information;</li>
 *   <li>DOCX and HWPX: the zip archive's comment;</li>
 *   <li>HWP: an extra stream {@code PlanetlCopy} in the OLE2 container.</li>
 * </ul>
 * Copy 0 is the files as they are.
 */
final class DistinctCopies {

    private DistinctCopies() {
    }

    /** Writes copies 0 .. k-1 of every document directly under {@code samples} into {@code target/copy-N/}. */
    static int write(Path samples, Path target, int k) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(samples)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        int written = 0;
        for (int copy = 0; copy < k; copy++) {
            Path dir = Files.createDirectories(target.resolve("copy-" + copy));
            for (Path f : files) {
                Path to = dir.resolve(f.getFileName());
                if (copy == 0) {
                    Files.copy(f, to);
                } else {
                    Files.write(to, distinct(f, copy));
                }
                written++;
            }
        }
        return written;
    }

    private static byte[] distinct(Path file, int copy) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".txt")) {
            return concat(bytes, ("\n사본 번호 " + copy + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return concat(bytes, ("\n<!-- copy " + copy + " -->\n").getBytes(StandardCharsets.UTF_8));
        }
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(bytes); var out = new java.io.ByteArrayOutputStream()) {
                doc.getDocumentInformation().setCustomMetadataValue("planetl-copy", Integer.toString(copy));
                doc.save(out);
                return out.toByteArray();
            }
        }
        if (name.endsWith(".docx") || name.endsWith(".hwpx")) {
            return rezipWithComment(bytes, "planetl copy " + copy);
        }
        if (name.endsWith(".hwp")) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
                 var out = new java.io.ByteArrayOutputStream()) {
                fs.createDocument(new ByteArrayInputStream(Integer.toString(copy).getBytes(StandardCharsets.UTF_8)),
                        "PlanetlCopy");
                fs.writeFilesystem(out);
                return out.toByteArray();
            }
        }
        throw new IOException("no way to make a distinct copy of " + file);
    }

    /** The same entries, in order, stored as they were (the HWPX mimetype entry stays first and uncompressed). */
    private static byte[] rezipWithComment(byte[] zip, String comment) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    var crc = new java.util.zip.CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                z.putNextEntry(copy);
                z.write(data);
                z.closeEntry();
            }
            z.setComment(comment);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
