package dev.planetl.extract.hwp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of an HWP 5 stream: tag, nesting level and body. The header packs tag (10 bits), level (10 bits)
 * and size (12 bits, 0xFFF meaning a 32-bit size follows). Used to cut an object hwplib cannot read out of a
 * section; the framing itself has been checked by {@link HwpRecordCheck} before.
 */
record HwpRecord(int tag, int level, byte[] body) {

    static final int TAG_BEGIN = 0x010;
    static final int PARA_HEADER = TAG_BEGIN + 50;
    static final int CTRL_HEADER = TAG_BEGIN + 55;
    static final int LIST_HEADER = TAG_BEGIN + 56;
    static final int CTRL_DATA = TAG_BEGIN + 71;
    static final int SHAPE_COMPONENT = TAG_BEGIN + 60;

    /** The records of a whole (inflated) stream, in order. */
    static List<HwpRecord> parse(byte[] data) {
        List<HwpRecord> records = new ArrayList<>();
        int at = 0;
        while (at + 4 <= data.length) {
            long header = u32(data, at);
            at += 4;
            long size = (header >> 20) & 0xFFF;
            if (size == 0xFFF) {
                size = u32(data, at);
                at += 4;
            }
            int length = (int) Math.min(size, data.length - at);
            byte[] body = new byte[length];
            System.arraycopy(data, at, body, 0, length);
            records.add(new HwpRecord((int) (header & 0x3FF), (int) ((header >> 10) & 0x3FF), body));
            at += length;
        }
        return records;
    }

    /** The stream bytes of {@code records}, each at its own level shifted by {@code levelShift}. */
    static byte[] write(List<HwpRecord> records, int levelShift) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (HwpRecord r : records) {
            int size = r.body.length;
            long header = (r.tag & 0x3FFL) | ((long) (r.level + levelShift) & 0x3FF) << 10
                    | (long) Math.min(size, 0xFFF) << 20;
            writeU32(out, header);
            if (size >= 0xFFF) {
                writeU32(out, size);
            }
            out.writeBytes(r.body);
        }
        return out.toByteArray();
    }

    /** The control id of a CTRL_HEADER record (four letters such as {@code tbl }, {@code gso }), or 0. */
    long ctrlId() {
        return tag == CTRL_HEADER && body.length >= 4 ? u32(body, 0) : 0;
    }

    /** The control id as the four letters Hangul writes, e.g. {@code gso}. */
    static String ctrlName(long id) {
        StringBuilder name = new StringBuilder();
        for (int shift = 24; shift >= 0; shift -= 8) {
            char c = (char) ((id >> shift) & 0xFF);
            name.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return name.toString().strip();
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static void writeU32(ByteArrayOutputStream out, long v) {
        out.write((int) (v & 0xFF));
        out.write((int) ((v >> 8) & 0xFF));
        out.write((int) ((v >> 16) & 0xFF));
        out.write((int) ((v >> 24) & 0xFF));
    }
}
