package dev.planetl.extract.hwp;

import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionException.Reason;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks the record framing of an HWP 5 file's DocInfo and BodyText section streams before hwplib reads them.
 *
 * <p>hwplib trusts the record headers: a record whose size runs past its stream, or a section whose record
 * levels jump, sends its reader into loops that never end (seen with single flipped bytes). Each stream is
 * inflated with a cap and walked record by record (header: tag 10 bits, level 10 bits, size 12 bits, size
 * 0xFFF meaning a 32-bit size follows); a record that does not fit, a reserved tag, a level deeper than its
 * parent allows, or a section that does not start with a paragraph header is refused as {@link Reason#CORRUPT}.
 * hwplib ends a paragraph list at the paragraph whose header says "last in list", so in a section every list
 * must end with such a paragraph before its level closes or the next list header starts, and after the
 * section's own last paragraph only memo records may follow at the top level; a table must be followed by as
 * many cell list headers as its row sizes add up to, since hwplib reads exactly that many; a paragraph's
 * character-shape, line-segment and range-tag records must hold the entries its header counts.
 * Stateless and thread-safe.
 */
final class HwpRecordCheck {

    private static final int TAG_BEGIN = 0x010;
    private static final int TAG_PARA_HEADER = TAG_BEGIN + 50;
    private static final int TAG_LIST_HEADER = TAG_BEGIN + 56;
    private static final int TAG_MEMO_LIST = TAG_BEGIN + 77;
    private static final int TAG_TABLE = TAG_BEGIN + 61;
    private static final int TAG_PARA_CHAR_SHAPE = TAG_BEGIN + 52;
    private static final int TAG_PARA_LINE_SEG = TAG_BEGIN + 53;
    private static final int TAG_PARA_RANGE_TAG = TAG_BEGIN + 54;
    private static final long LAST_IN_LIST = 0x80000000L;

    private final long maxStreamBytes;

    HwpRecordCheck(long maxStreamBytes) {
        this.maxStreamBytes = maxStreamBytes;
    }

    void check(byte[] file, boolean compressed, String source) throws ExtractionException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntryCaseInsensitive("DocInfo") || !root.hasEntryCaseInsensitive("BodyText")) {
                throw new ExtractionException(Reason.CORRUPT, source + " lacks the DocInfo or BodyText part every HWP"
                        + " document has");
            }
            walk(read(root.getEntryCaseInsensitive("DocInfo"), compressed, source), false, false, source, "DocInfo");
            Entry body = root.getEntryCaseInsensitive("BodyText");
            if (!(body instanceof DirectoryEntry sections)) {
                throw new ExtractionException(Reason.CORRUPT, source + ": BodyText is not a storage");
            }
            String lastSection = "Section" + (sections.getEntryCount() - 1);
            for (Entry section : sections) {
                String where = "BodyText/" + section.getName();
                walk(read(section, compressed, source), true, section.getName().equals(lastSection), source, where);
            }
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(Reason.CORRUPT, source + " is not a readable HWP file (" + e.getMessage()
                    + ")", e);
        }
    }

    private byte[] read(Entry entry, boolean compressed, String source) throws IOException, ExtractionException {
        if (!(entry instanceof DocumentEntry doc)) {
            throw new ExtractionException(Reason.CORRUPT, source + ": " + entry.getName() + " is not a stream");
        }
        byte[] raw;
        try (DocumentInputStream in = new DocumentInputStream(doc)) {
            raw = in.readAllBytes();
        }
        return compressed ? inflate(raw, source, entry.getName()) : raw;
    }

    private byte[] inflate(byte[] raw, String source, String name) throws ExtractionException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(raw);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length * 4);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ExtractionException(Reason.CORRUPT, source + ": the compressed stream " + name
                            + " ends before its data does (truncated or damaged)");
                }
                out.write(buffer, 0, n);
                if (out.size() > maxStreamBytes) {
                    throw new ExtractionException(Reason.TOO_LARGE, source + ": stream " + name + " inflates past "
                            + maxStreamBytes + " bytes; refused as a compression bomb");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new ExtractionException(Reason.CORRUPT, source + ": the compressed stream " + name
                    + " is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    private static void walk(byte[] data, boolean section, boolean lastSection, String source, String where)
            throws ExtractionException {
        int at = 0;
        int previousLevel = -1;
        int index = 0;
        boolean[] listOpen = new boolean[1024];
        boolean sectionEnded = false;
        boolean trailingList = false;
        java.util.ArrayDeque<long[]> tables = new java.util.ArrayDeque<>(); // {level, expected cells, cells seen}
        int paraLevel = -1;
        long[] paraCounts = new long[3]; // char shapes, line segments, range tags of the last paragraph header
        while (at < data.length) {
            if (data.length - at < 4) {
                throw corrupt(source, where, at, "a record header cut short");
            }
            long header = u32(data, at);
            at += 4;
            int tag = (int) (header & 0x3FF);
            int level = (int) ((header >> 10) & 0x3FF);
            long size = (header >> 20) & 0xFFF;
            if (size == 0xFFF) {
                if (data.length - at < 4) {
                    throw corrupt(source, where, at, "an extended record size cut short");
                }
                size = u32(data, at);
                at += 4;
            }
            // Tags past the ones hwplib knows are skipped by their size; only the reserved range below is invalid.
            if (tag < TAG_BEGIN) {
                throw corrupt(source, where, at, "reserved record tag " + tag);
            }
            if (size > data.length - at) {
                throw corrupt(source, where, at, "a record of " + size + " bytes where " + (data.length - at)
                        + " remain");
            }
            if (section && index == 0 && (tag != TAG_PARA_HEADER || level != 0)) {
                throw corrupt(source, where, at, "a first record that is not a paragraph header");
            }
            if (level > previousLevel + 1) {
                throw corrupt(source, where, at, "record level " + level + " under a record of level " + previousLevel);
            }
            if (section) {
                for (int deeper = level + 1; deeper <= previousLevel; deeper++) {
                    if (listOpen[deeper]) {
                        throw corrupt(source, where, at, "a paragraph list at level " + deeper
                                + " that ends without its last paragraph");
                    }
                }
                while (!tables.isEmpty() && level < tables.peek()[0]) {
                    closeTable(tables.pop(), source, where, at);
                }
                if (tag == TAG_LIST_HEADER && !tables.isEmpty() && tables.peek()[0] == level) {
                    tables.peek()[2]++;
                }
                if (tag == TAG_TABLE) {
                    tables.push(new long[] {level, tableCells(data, at, size, source, where), 0});
                }
                if (tag == TAG_LIST_HEADER && listOpen[level]) {
                    throw corrupt(source, where, at, "a list header inside a paragraph list that has not ended");
                }
                // After the last section's last paragraph hwplib reads master-page lists (a list header and its
                // paragraphs) and then memo records only; anything else at the top level makes it loop forever.
                if (level == 0 && sectionEnded && lastSection) {
                    if (tag == TAG_LIST_HEADER) {
                        trailingList = true;
                    } else if (tag != TAG_MEMO_LIST && !(tag == TAG_PARA_HEADER && trailingList)) {
                        throw corrupt(source, where, at, "record tag " + tag + " after the section's last paragraph");
                    }
                }
                if (level == paraLevel + 1) {
                    long entries = tag == TAG_PARA_CHAR_SHAPE ? paraCounts[0] * 8
                            : tag == TAG_PARA_LINE_SEG ? paraCounts[1] * 36
                            : tag == TAG_PARA_RANGE_TAG ? paraCounts[2] * 12 : 0;
                    if (entries > size) {
                        throw corrupt(source, where, at, "a paragraph record (tag " + tag + ") of " + size
                                + " bytes where its paragraph header counts " + entries);
                    }
                }
                if (tag == TAG_PARA_HEADER) {
                    if (size < 18) {
                        throw corrupt(source, where, at, "a paragraph header of " + size + " bytes");
                    }
                    paraLevel = level;
                    paraCounts[0] = u16(data, at + 12);
                    paraCounts[1] = u16(data, at + 16);
                    paraCounts[2] = u16(data, at + 14);
                    boolean last = (u32(data, at) & LAST_IN_LIST) != 0;
                    listOpen[level] = !last;
                    if (level == 0 && last) {
                        if (sectionEnded) {
                            trailingList = false;
                        }
                        sectionEnded = true;
                    }
                }
            }
            previousLevel = level;
            at += (int) size;
            index++;
        }
        if (section) {
            while (!tables.isEmpty()) {
                closeTable(tables.pop(), source, where, at);
            }
            for (int level = 0; level <= Math.max(previousLevel, 0); level++) {
                if (listOpen[level]) {
                    throw corrupt(source, where, at, "a paragraph list at level " + level
                            + " that ends without its last paragraph");
                }
            }
        }
    }

    /** The number of cells a TABLE record announces: the sum of its per-row cell counts. */
    private static long tableCells(byte[] data, int at, long size, String source, String where)
            throws ExtractionException {
        // property UINT32, rows UINT16, columns UINT16, cell spacing and four inner margins (5 x UINT16)
        if (size < 18) {
            throw corrupt(source, where, at, "a table record of " + size + " bytes");
        }
        int rows = u16(data, at + 4);
        if (size < 18 + 2L * rows) {
            throw corrupt(source, where, at, "a table record too short for its " + rows + " rows");
        }
        long cells = 0;
        for (int r = 0; r < rows; r++) {
            cells += u16(data, at + 18 + 2 * r);
        }
        return cells;
    }

    private static void closeTable(long[] table, String source, String where, int at) throws ExtractionException {
        if (table[2] != table[1]) {
            throw corrupt(source, where, at, "a table announcing " + table[1] + " cells followed by " + table[2]);
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static ExtractionException corrupt(String source, String where, int offset, String what) {
        return new ExtractionException(Reason.CORRUPT, source + " is a damaged HWP file: " + where + " has " + what
                + " at byte " + offset);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
