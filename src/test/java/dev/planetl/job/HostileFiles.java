package dev.planetl.job;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A nightly folder of hostile and broken files, each built here from a few bytes or from a sample document, with the
 * outcome a steward should see for it: the status word and a fragment of the reason that names its real cause.
 */
public final class HostileFiles {

    /** What one file should come to: its status and a fragment its reason must contain (any case). */
    record Expected(String status, String reason) {
    }

    private final Path dir;
    private final Map<String, Expected> expected = new LinkedHashMap<>();

    private HostileFiles(Path dir) {
        this.dir = dir;
    }

    static HostileFiles writeInto(Path dir) throws IOException {
        HostileFiles files = new HostileFiles(Files.createDirectories(dir));
        files.writeAll();
        return files;
    }

    Map<String, Expected> expected() {
        return expected;
    }

    private void writeAll() throws IOException {
        byte[] goodText = Files.readAllBytes(Path.of("sample-docs/000_c6a735280eeffe22.txt"));
        byte[] docx = Files.readAllBytes(Path.of("sample-docs/000_c6a735280eeffe22.docx"));
        byte[] pdf = Files.readAllBytes(Path.of("sample-docs/000_c6a735280eeffe22.ruled.pdf"));
        byte[] hwp = Files.readAllBytes(Path.of("sample-docs/000_c6a735280eeffe22.hwp"));
        byte[] hwpx = Files.readAllBytes(Path.of("sample-docs/000_c6a735280eeffe22.hwpx"));
        Random random = new Random(11);

        put("good-2020.txt", goodText, "published", "");
        put("empty.pdf", new byte[0], "failed", "empty");
        put("empty.hwp", new byte[0], "failed", "empty");
        put("empty.txt", new byte[0], "failed", "empty");
        put("blank.txt", "   \n\n\t \n".getBytes(StandardCharsets.UTF_8), "failed", "no text");
        put("noise.pdf", noise(random, 64 * 1024), "failed", "not a format planetl reads");
        put("noise.hwp", noise(random, 32 * 1024), "failed", "not a format planetl reads");
        put("noise.docx", noise(random, 16 * 1024), "failed", "not a format planetl reads");
        put("truncated.docx", Arrays.copyOf(docx, docx.length / 2), "failed", "damaged or truncated");
        put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3), "failed", "damaged");
        put("truncated.hwp", Arrays.copyOf(hwp, hwp.length / 2), "failed", "HWP");
        put("truncated.hwpx", Arrays.copyOf(hwpx, hwpx.length / 2), "failed", "damaged or truncated");
        put("png-named.pdf", png(), "failed", "not a document");
        put("hwp3.hwp", hwp3(), "failed", "HWP 3");
        zipBomb("bomb.hwpx", "application/hwp+zip", "Contents/section0.xml");
        zipBomb("bomb.docx", null, "word/document.xml");
        zipSlip("slip.hwpx");
        encryptedPdf("locked.pdf");
        put("deep.pdf", deepPdf(200_000), "failed", "nested");
        put("nested-tables.html", nestedTables(10_000), "failed", "nested");
        put("laughs.html", billionLaughs(), "published_or_failed", "");
        put("xxe.html", ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body><p>2021년 예산 &leak; 100억원</p></body></html>").getBytes(StandardCharsets.UTF_8),
                "published_or_failed", "");
        put("invalid-utf8.txt", noise(random, 4 * 1024), "failed", "");
        put("self-xref.pdf", selfReferencingXref(), "failed", "damaged");
        Files.createDirectories(dir.resolve("folder.pdf"));
        put("sub/deeper/copy.txt", goodText, "skipped", "duplicate of good-2020.txt");
        Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("good-2020.txt"));
        expected.put("link.txt", new Expected("skipped", "symbolic link"));
        Files.createSymbolicLink(dir.resolve("dangling.pdf"), Path.of("gone.pdf"));
        expected.put("dangling.pdf", new Expected("skipped", "symbolic link"));
        fifo("pipe.hwp");
        put("notes.md", "not a plan".getBytes(StandardCharsets.UTF_8), "excluded", "*.md");
        sparse("huge.txt", 3L << 30);
    }

    private void put(String name, byte[] bytes, String status, String reason) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        expected.put(name, new Expected(status, reason));
    }

    private static byte[] noise(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] png() {
        byte[] bytes = new byte[2048];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    /** The 30-byte signature of an HWP 3.0 file, then nothing a reader of HWP 5 understands. */
    private static byte[] hwp3() {
        byte[] bytes = new byte[4096];
        byte[] signature = "HWP Document File V3.00 \u001a\u0001\u0002\u0003\u0004\u0005".getBytes(
                StandardCharsets.ISO_8859_1);
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private void zipBomb(String name, String mimetype, String entry) throws IOException {
        writeZipBomb(dir.resolve(name), mimetype, entry);
        expected.put(name, new Expected("failed", "zip bomb"));
    }

    /** A zip whose one entry unpacks 64 MiB of zeros; a {@code mimetype} entry first when given, else OOXML's. */
    static void writeZipBomb(Path file, String mimetype, String entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            if (mimetype != null) {
                zip.putNextEntry(new ZipEntry("mimetype"));
                zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            } else {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    private void zipSlip(String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/hwp+zip".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("../../../../tmp/planetl-slip.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        expected.put(name, new Expected("failed", "damaged"));
    }

    private void encryptedPdf(String name) throws IOException {
        writeEncryptedPdf(dir.resolve(name));
        expected.put(name, new Expected("failed", "password"));
    }

    /** A one-page PDF that opens only with its user password. */
    static void writeEncryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(file.toFile());
        }
    }

    /** A catalog whose one value is an array nested {@code depth} levels deep. */
    public static byte[] deepPdf(int depth) {
        StringBuilder catalog = new StringBuilder("1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep ");
        catalog.append("[".repeat(depth)).append("]".repeat(depth)).append(" >>\nendobj\n");
        return classicPdf(catalog.toString());
    }

    private static byte[] classicPdf(String catalogObject) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[4];
        offsets[1] = pdf.length();
        pdf.append(catalogObject);
        offsets[2] = pdf.length();
        pdf.append("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = pdf.length();
        pdf.append("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
        int xref = pdf.length();
        pdf.append("xref\n0 4\n0000000000 65535 f \n");
        for (int i = 1; i <= 3; i++) {
            pdf.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        pdf.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An xref section whose /Prev points at itself, and no objects at the offsets it gives. */
    private static byte[] selfReferencingXref() {
        String head = "%PDF-1.4\n";
        int xref = head.length();
        String pdf = head + "xref\n0 2\n0000000000 65535 f \n0000000999 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R /Prev "
                + xref + " >>\nstartxref\n" + xref + "\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] nestedTables(int depth) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<table><tr><td>".repeat(depth)).append("2021년 예산 100억원");
        html.append("</td></tr></table>".repeat(depth)).append("</body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] billionLaughs() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        doc.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doc.append("]><html><body><p>2021년 예산 100억원 &lol9;</p></body></html>");
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void fifo(String name) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve(name).toString()).start();
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        expected.put(name, new Expected("skipped", "special file"));
    }

    private void sparse(String name, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
            file.setLength(size);
        }
        expected.put(name, new Expected("failed", "over the limit"));
    }
}
