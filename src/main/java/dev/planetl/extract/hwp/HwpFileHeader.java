package dev.planetl.extract.hwp;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The 256-byte {@code FileHeader} stream of an HWP 5 compound file, read before hwplib sees the file so that
 * protected documents are refused by their header flags rather than by a parse failure.
 *
 * <p>Layout (HWP 5.0 format, "파일 인식 정보"): 32 bytes signature {@code HWP Document File}, 4 bytes version,
 * 4 bytes property flags (little-endian): bit 1 password, bit 2 distribution (배포용), bit 4 DRM,
 * bit 8 public-certificate encryption, bit 10 public-certificate DRM.
 */
public record HwpFileHeader(long version, long flags) {

    static final String SIGNATURE = "HWP Document File";
    static final int FLAG_COMPRESSED = 1;
    static final int FLAG_PASSWORD = 1 << 1;
    static final int FLAG_DISTRIBUTION = 1 << 2;
    static final int FLAG_DRM = 1 << 4;
    static final int FLAG_CERT_ENCRYPTED = 1 << 8;
    static final int FLAG_CERT_DRM = 1 << 10;

    public boolean compressed() {
        return (flags & FLAG_COMPRESSED) != 0;
    }

    public boolean passwordProtected() {
        return (flags & FLAG_PASSWORD) != 0 || (flags & FLAG_CERT_ENCRYPTED) != 0;
    }

    public boolean distribution() {
        return (flags & FLAG_DISTRIBUTION) != 0;
    }

    public boolean drm() {
        return (flags & FLAG_DRM) != 0 || (flags & FLAG_CERT_DRM) != 0;
    }

    /** The version as HWP prints it, e.g. {@code 5.0.3.4}. */
    public String versionText() {
        return ((version >> 24) & 0xFF) + "." + ((version >> 16) & 0xFF) + "." + ((version >> 8) & 0xFF) + "."
                + (version & 0xFF);
    }

    /** Reads the header from the whole file's bytes. */
    public static HwpFileHeader read(byte[] file, String source) throws ExtractionException {
        byte[] header;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntryCaseInsensitive("FileHeader")) {
                throw new ExtractionException(Reason.CORRUPT,
                        source + " is an OLE compound file without an HWP FileHeader stream; it is not an HWP 5 document");
            }
            try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive("FileHeader"))) {
                header = in.readNBytes(40);
            }
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(Reason.CORRUPT,
                    source + " is not a readable HWP file (its compound-file container is damaged or truncated: "
                            + e.getMessage() + ")", e);
        }
        if (header.length < 40) {
            throw new ExtractionException(Reason.CORRUPT, source + " has a truncated HWP FileHeader ("
                    + header.length + " bytes)");
        }
        String signature = new String(header, 0, SIGNATURE.length(), StandardCharsets.US_ASCII);
        if (!SIGNATURE.equals(signature)) {
            throw new ExtractionException(Reason.CORRUPT, source + " does not carry the HWP 5 signature \""
                    + SIGNATURE + "\" in its FileHeader");
        }
        return new HwpFileHeader(uint32(header, 32), uint32(header, 36));
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
