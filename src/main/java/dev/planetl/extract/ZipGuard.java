package dev.planetl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a zip container's central directory against the zip-bomb limits before anything inflates it.
 * Reads only the directory (entry names and declared sizes), never the entries' data.
 */
final class ZipGuard {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int EMPTY_ARCHIVE = 0x06054b50;

    private ZipGuard() {
    }

    /** Whether the file starts like a zip archive ({@code PK\3\4}, or {@code PK\5\6} for an empty one). */
    static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                return false;
            }
            int magic = (head[0] & 0xFF) | (head[1] & 0xFF) << 8 | (head[2] & 0xFF) << 16 | (head[3] & 0xFF) << 24;
            return magic == LOCAL_HEADER || magic == EMPTY_ARCHIVE;
        }
    }

    /**
     * @throws ExtractionException HOSTILE when the directory breaks a limit, CORRUPT when there is no readable
     *     directory (a truncated or damaged archive)
     */
    static void check(Path file, ExtractionLimits limits) throws ExtractionException {
        int entries = 0;
        long uncompressed = 0;
        long compressed = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                entries++;
                if (entries > limits.maxZipEntries()) {
                    throw hostile(file, "it lists more than " + limits.maxZipEntries() + " entries");
                }
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0 || packed < 0) {
                    throw hostile(file, "entry " + entry.getName() + " does not declare its size");
                }
                uncompressed += size;
                compressed += packed;
                if (uncompressed > limits.maxZipUncompressedBytes()) {
                    throw hostile(file, "its entries unpack to more than " + limits.maxZipUncompressedBytes()
                            + " bytes");
                }
                if (size >= ExtractionLimits.RATIO_CHECK_FROM_BYTES
                        && size > limits.maxZipCompressionRatio() * Math.max(packed, 1)) {
                    throw hostile(file, "entry " + entry.getName() + " unpacks " + ratio(size, packed)
                            + " times its packed size (limit " + ratio(limits.maxZipCompressionRatio()) + ")");
                }
            }
        } catch (ZipException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    file + ": the file is a damaged or truncated zip archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    file + ": the zip archive cannot be read (" + e.getMessage() + ")", e);
        }
        if (uncompressed >= ExtractionLimits.RATIO_CHECK_FROM_BYTES
                && uncompressed > limits.maxZipCompressionRatio() * Math.max(compressed, 1)) {
            throw hostile(file, "its entries unpack " + ratio(uncompressed, compressed)
                    + " times their packed size (limit " + ratio(limits.maxZipCompressionRatio()) + ")");
        }
    }

    private static ExtractionException hostile(Path file, String why) {
        return new ExtractionException(ExtractionException.Reason.HOSTILE,
                file + ": refused as a possible zip bomb: " + why);
    }

    private static String ratio(long size, long packed) {
        return ratio((double) size / Math.max(packed, 1));
    }

    private static String ratio(double r) {
        return String.valueOf(Math.round(r));
    }
}
