package dev.planetl.extract.docx;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import dev.planetl.extract.InflationCap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The XML parts of a DOCX package, read in one pass over the zip stream, as POI reads a package from a stream.
 *
 * <p>Every entry is inflated through one {@link InflationCap}: past {@code maxInflatedBytes} together the package is
 * refused as a possible zip bomb ({@link Reason#HOSTILE}), whatever its headers declare, so entries that lie about
 * their size in the local headers (which {@link dev.planetl.extract.Extraction}'s central-directory check does not see)
 * are caught too. Only {@code .xml} and {@code .rels} parts are kept, in memory; pictures and the like are read
 * through and dropped. Nothing is written to disk, so an entry named {@code ../../x} (zip-slip) is only a name
 * that no relationship resolves to. A stream that ends before the zip's end-of-central-directory record is a
 * truncated package ({@link Reason#CORRUPT}), even where the entries read so far were whole.
 * One instance per document; not thread-safe.
 */
final class DocxPackage {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** The end-of-central-directory record lies within its 22 bytes plus a comment of at most 65,535. */
    private static final int TAIL = 22 + 65_535;

    private final Map<String, byte[]> parts;

    private DocxPackage(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /**
     * @throws ExtractionException UNSUPPORTED_FORMAT for an OLE2 file (a binary .doc or an encrypted package),
     *     HOSTILE past the inflation cap, CORRUPT for a damaged, truncated or duplicated zip
     */
    static DocxPackage read(InputStream in, String source, long maxInflatedBytes) throws ExtractionException {
        Tail tail = new Tail(in);
        try {
            byte[] head = tail.peek(OLE2.length);
            if (java.util.Arrays.equals(head, OLE2)) {
                throw new ExtractionException(Reason.UNSUPPORTED_FORMAT, source
                        + ": an old binary Word (.doc) file or an encrypted document, not DOCX");
            }
            Map<String, byte[]> parts = new HashMap<>();
            InflationCap cap = new InflationCap(maxInflatedBytes);
            int entries = 0;
            ZipInputStream zip = new ZipInputStream(tail, StandardCharsets.UTF_8);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                String name = name(entry.getName());
                InputStream counted = cap.count(zip);
                if (entry.isDirectory() || !kept(name)) {
                    counted.transferTo(OutputStream.nullOutputStream());
                } else if (parts.put(name, counted.readAllBytes()) != null) {
                    throw new ExtractionException(Reason.CORRUPT, source + ": the DOCX package is damaged (two "
                            + "entries are named " + name + ")");
                }
            }
            tail.transferTo(OutputStream.nullOutputStream());
            if (entries == 0) {
                throw new ExtractionException(Reason.CORRUPT, source
                        + ": the DOCX package is damaged (no zip entries could be read)");
            }
            if (!tail.endsWithCentralDirectory()) {
                throw new ExtractionException(Reason.CORRUPT, source
                        + ": the DOCX package is damaged or truncated (the zip archive has no central directory)");
            }
            return new DocxPackage(parts);
        } catch (InflationCap.Exceeded e) {
            throw new ExtractionException(Reason.HOSTILE, source + ": refused as a possible zip bomb while unpacking"
                    + " (its entries inflate past " + maxInflatedBytes + " bytes)", e);
        } catch (IOException e) {
            throw new ExtractionException(Reason.CORRUPT, source + ": the DOCX package cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The part at this package path (no leading slash), or null. */
    byte[] part(String path) {
        return path == null ? null : parts.get(path);
    }

    private static String name(String raw) {
        String name = raw.replace('\\', '/');
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static boolean kept(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".rels") || lower.endsWith(".xml") && !lower.startsWith("word/media/")
                && !lower.startsWith("customxml/") && !lower.startsWith("word/theme/");
    }

    /** The raw package bytes, keeping the last {@link #TAIL} of them to find the end-of-central-directory record. */
    private static final class Tail extends FilterInputStream {
        private final byte[] ring = new byte[TAIL];
        private long seen;

        Tail(InputStream in) {
            super(in);
        }

        byte[] peek(int n) throws IOException {
            if (!in.markSupported()) {
                in = new java.io.BufferedInputStream(in);
            }
            in.mark(n);
            byte[] head = in.readNBytes(n);
            in.reset();
            return head;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                ring[(int) (seen++ % TAIL)] = (byte) b;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            for (int i = 0; i < n; i++) {
                ring[(int) (seen++ % TAIL)] = b[off + i];
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }

        boolean endsWithCentralDirectory() {
            int kept = (int) Math.min(seen, TAIL);
            for (int back = 22; back <= kept; back++) {
                long at = seen - back;
                if (byteAt(at) == 'P' && byteAt(at + 1) == 'K' && byteAt(at + 2) == 5 && byteAt(at + 3) == 6) {
                    return true;
                }
            }
            return false;
        }

        private byte byteAt(long position) {
            return ring[(int) (position % TAIL)];
        }
    }
}
