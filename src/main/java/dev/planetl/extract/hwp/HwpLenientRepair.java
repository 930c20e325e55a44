package dev.planetl.extract.hwp;

import kr.dogfoot.hwplib.object.bodytext.control.ControlType;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Cuts out of an HWP file the controls hwplib cannot read, so that one odd drawing object, embedded object or
 * control costs that object and not the document. Each control of every section is tried alone with
 * {@link HwpControlProbe}, innermost first (so a table loses only the picture in one of its cells, not
 * itself); a control that fails keeps its place in its paragraph as an empty page-hide control (so the
 * paragraph's text and the order of its other controls stay as they were) and loses every record under it.
 * Each cut is a warning naming the control, its section and paragraph, and hwplib's reason.
 *
 * <p>Why here and not a reader of our own: hwplib reads everything else (outline numbering, cell addresses,
 * nested lists) and stays the one reader of the body, so a lenient read differs from a strict one only by the
 * objects named in its warnings. Runs only after hwplib failed on the whole file, on a file whose record framing
 * {@link HwpRecordCheck} has passed. Stateless; thread-safe.
 */
final class HwpLenientRepair {

    private static final Map<String, String> KINDS = Map.of("gso", "drawing object", "tbl", "table",
            "eqed", "equation", "form", "form object", "%clk", "hyperlink field");

    /** The file with its unreadable controls cut out (the input itself when none was found), and one warning each. */
    record Result(byte[] file, List<String> warnings) {
    }

    private final long maxStreamBytes;

    HwpLenientRepair(long maxStreamBytes) {
        this.maxStreamBytes = maxStreamBytes;
    }

    Result repair(byte[] file, HwpFileHeader header, String source) throws IOException, DataFormatException {
        HwpControlProbe probe = new HwpControlProbe(header.version());
        List<String> warnings = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            DirectoryEntry body = (DirectoryEntry) fs.getRoot().getEntryCaseInsensitive("BodyText");
            int paragraphs = 0;
            for (int s = 0; body.hasEntryCaseInsensitive("Section" + s); s++) {
                String name = "Section" + s;
                DocumentEntry entry = (DocumentEntry) body.getEntryCaseInsensitive(name);
                byte[] raw;
                try (DocumentInputStream in = new DocumentInputStream(entry)) {
                    raw = in.readAllBytes();
                }
                List<HwpRecord> records = HwpRecord.parse(header.compressed() ? inflate(raw) : raw);
                int before = warnings.size();
                List<HwpRecord> kept = cut(records, probe, paragraphs, source + ": BodyText/" + name, warnings);
                paragraphs += (int) records.stream().filter(r -> r.tag() == HwpRecord.PARA_HEADER && r.level() == 0)
                        .count();
                if (warnings.size() > before) {
                    byte[] data = HwpRecord.write(kept, 0);
                    String stored = entry.getName();
                    entry.delete();
                    body.createDocument(stored, new ByteArrayInputStream(header.compressed() ? deflate(data) : data));
                }
            }
            if (warnings.isEmpty()) {
                return new Result(file, List.of());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
            fs.writeFilesystem(out);
            return new Result(out.toByteArray(), warnings);
        }
    }

    private static List<HwpRecord> cut(List<HwpRecord> records, HwpControlProbe probe, int paragraphBase,
            String where, List<String> warnings) {
        int n = records.size();
        boolean[] dropped = new boolean[n];
        HwpRecord[] replaced = records.toArray(new HwpRecord[0]);
        List<Integer> controls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (records.get(i).tag() == HwpRecord.CTRL_HEADER) {
                controls.add(i);
            }
        }
        controls.sort(Comparator.comparingInt((Integer i) -> -records.get(i).level()).thenComparingInt(i -> i));
        for (int i : controls) {
            if (dropped[i]) {
                continue;
            }
            HwpRecord head = records.get(i);
            int header = paragraphHeader(records, i);
            if (header < 0) {
                continue;
            }
            int end = i + 1;
            List<HwpRecord> subtree = new ArrayList<>();
            subtree.add(replaced[i]);
            while (end < n && records.get(end).level() > head.level()) {
                if (!dropped[end]) {
                    subtree.add(replaced[end]);
                }
                end++;
            }
            String failure = probe.failure(records.get(header), subtree);
            if (failure == null) {
                continue;
            }
            for (int j = i + 1; j < end; j++) {
                dropped[j] = true;
            }
            replaced[i] = new HwpRecord(HwpRecord.CTRL_HEADER, head.level(), placeholder());
            String id = HwpRecord.ctrlName(head.ctrlId());
            warnings.add(where + ", paragraph " + (paragraphBase + topParagraph(records, i)) + ": "
                    + KINDS.getOrDefault(id, "control") + " '" + id + "' that hwplib cannot read is left out ("
                    + failure + ")");
        }
        List<HwpRecord> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!dropped[i]) {
                kept.add(replaced[i]);
            }
        }
        return kept;
    }

    /** The index of the PARA_HEADER of the paragraph that holds the control at {@code i}, or -1. */
    private static int paragraphHeader(List<HwpRecord> records, int i) {
        int level = records.get(i).level() - 1;
        for (int k = i - 1; k >= 0; k--) {
            HwpRecord r = records.get(k);
            if (r.level() == level) {
                return r.tag() == HwpRecord.PARA_HEADER ? k : -1;
            }
            if (r.level() < level) {
                return -1;
            }
        }
        return -1;
    }

    /** The 1-based number of the section's top-level paragraph that holds record {@code i}. */
    private static int topParagraph(List<HwpRecord> records, int i) {
        int count = 0;
        for (int k = 0; k <= i; k++) {
            if (records.get(k).tag() == HwpRecord.PARA_HEADER && records.get(k).level() == 0) {
                count++;
            }
        }
        return count;
    }

    /** A page-hide control that hides nothing: hwplib reads its one property and nothing under it. */
    private static byte[] placeholder() {
        long id = ControlType.PageHide.getCtrlId();
        byte[] body = new byte[8];
        for (int b = 0; b < 4; b++) {
            body[b] = (byte) (id >> (8 * b));
        }
        return body;
    }

    private byte[] inflate(byte[] raw) throws DataFormatException, IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("a compressed section ends before its data");
                }
                out.write(buffer, 0, count);
                if (out.size() > maxStreamBytes) {
                    throw new IOException("a section inflates past " + maxStreamBytes + " bytes");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
