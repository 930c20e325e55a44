package dev.planetl.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Copies a folder of documents N times, each copy's files made distinct (another SHA-256, so none is skipped as a
 * duplicate) without changing what they say: a text file gets a last line {@code planetl copy K}, an HTML file a
 * comment, a PDF a comment after its {@code %%EOF}, a DOCX or HWPX package that line as its zip comment, an HWP
 * file a 512-byte sector after its last one. Each extractor reads such a copy exactly as the original (checked
 * with {@code planetl extract … --format json} on every sample rendering).
 */
public final class DistinctCopies {

    private DistinctCopies() {
    }

    /** Writes {@code target/copy-00 … copy-(n-1)}, each a marked copy of {@code source}. */
    public static void make(Path source, Path target, int n) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (int k = 0; k < n; k++) {
            Path copy = target.resolve(String.format(Locale.ROOT, "copy-%02d", k));
            for (Path f : files) {
                Path out = copy.resolve(source.relativize(f).toString());
                Files.createDirectories(out.getParent());
                Files.write(out, marked(f, Files.readAllBytes(f), "planetl copy " + k));
            }
        }
    }

    static byte[] marked(Path file, byte[] bytes, String tag) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] mark = tag.getBytes(StandardCharsets.UTF_8);
        if (name.endsWith(".txt")) {
            return concat(bytes, ("\n\n" + tag + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (name.endsWith(".html")) {
            return concat(bytes, ("\n<!-- " + tag + " -->\n").getBytes(StandardCharsets.UTF_8));
        }
        if (name.endsWith(".pdf")) {
            return concat(bytes, ("\n%" + tag + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (name.endsWith(".docx") || name.endsWith(".hwpx")) {
            return zipComment(bytes, mark);
        }
        if (name.endsWith(".hwp")) {
            return concat(bytes, Arrays.copyOf(mark, 512));
        }
        return bytes;
    }

    /** The package with {@code comment} as its zip comment (its end-of-central-directory record must have none). */
    private static byte[] zipComment(byte[] zip, byte[] comment) {
        for (int i = zip.length - 22; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                ByteBuffer eocd = ByteBuffer.wrap(zip, i + 20, 2).order(ByteOrder.LITTLE_ENDIAN);
                if (eocd.getShort(i + 20) != 0) {
                    throw new IllegalArgumentException("the package has a zip comment already");
                }
                byte[] out = Arrays.copyOf(zip, i + 22 + comment.length);
                ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putShort(i + 20, (short) comment.length);
                System.arraycopy(comment, 0, out, i + 22, comment.length);
                return out;
            }
        }
        throw new IllegalArgumentException("not a zip package: no end-of-central-directory record");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
