package dev.planetl.extract.hwp;

import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.fileheader.FileVersion;
import kr.dogfoot.hwplib.reader.bodytext.paragraph.ForParagraph;
import kr.dogfoot.hwplib.util.compoundFile.reader.StreamReader;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks hwplib whether it can read one control (a table, a drawing object, an equation …) on its own: the
 * control's records are put under a copy of their paragraph's header and read with hwplib's own paragraph
 * reader. hwplib is the judge, so a control that passes is one hwplib reads in the whole file too.
 *
 * <p>One shape of drawing object sends hwplib into a loop that reads nothing (a record other than a caption,
 * control data or shape component before the shape component); that shape is refused before hwplib sees it.
 * Stateless apart from the file version; thread-safe.
 */
final class HwpControlProbe {

    private static final long GSO = 0x67736f20L; // "gso "

    private final long fileVersion;

    HwpControlProbe(long fileVersion) {
        this.fileVersion = fileVersion;
    }

    /**
     * @param paragraphHeader the PARA_HEADER record of the paragraph that holds the control
     * @param control the control's CTRL_HEADER and every record under it, in order
     * @return why hwplib cannot read the control, or null when it can
     */
    String failure(HwpRecord paragraphHeader, List<HwpRecord> control) {
        HwpRecord head = control.get(0);
        if (head.ctrlId() == GSO) {
            String shape = drawingShapeProblem(control);
            if (shape != null) {
                return shape;
            }
        }
        List<HwpRecord> alone = new ArrayList<>(control.size() + 1);
        alone.add(new HwpRecord(paragraphHeader.tag(), head.level() - 1, paragraphHeader.body()));
        alone.addAll(control);
        byte[] stream = HwpRecord.write(alone, 1 - head.level());
        try {
            StreamReader reader = new BytesReader(stream, fileVersion);
            reader.readRecordHeader();
            new ForParagraph().read(new Paragraph(), reader);
            return null;
        } catch (Exception | StackOverflowError e) {
            return e.toString();
        }
    }

    private static String drawingShapeProblem(List<HwpRecord> control) {
        int childLevel = control.get(0).level() + 1;
        boolean caption = false;
        for (HwpRecord r : control.subList(1, control.size())) {
            if (r.level() != childLevel) {
                continue;
            }
            if (r.tag() == HwpRecord.SHAPE_COMPONENT) {
                return null;
            }
            if (r.tag() == HwpRecord.LIST_HEADER) {
                caption = true;
            } else if (r.tag() != HwpRecord.CTRL_DATA && !(r.tag() == HwpRecord.PARA_HEADER && caption)) {
                return "record tag " + r.tag() + " where a drawing object's shape component belongs";
            }
        }
        return "a drawing object without a shape component";
    }

    /** hwplib's stream reader over bytes already inflated. */
    private static final class BytesReader extends StreamReader {
        BytesReader(byte[] stream, long version) {
            super();
            this.is = new ByteArrayInputStream(stream);
            this.size = stream.length;
            this.fileVersion = new FileVersion();
            this.fileVersion.setVersion(version);
        }
    }
}
