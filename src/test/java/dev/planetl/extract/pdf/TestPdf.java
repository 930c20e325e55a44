package dev.planetl.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds small PDFs for tests with PDFBox, in top-left coordinates (points, y down) on A4 pages.
 * Not thread-safe; one instance per PDF.
 */
final class TestPdf implements AutoCloseable {

    static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument document = new PDDocument();
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDFont hangul;
    private PDPageContentStream content;

    TestPdf page() {
        try {
            closeContent();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDFont hangulFont() {
        if (hangul == null) {
            try (InputStream in = TestPdf.class.getResourceAsStream("/fonts/NanumGothic.ttf")) {
                hangul = PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hangul;
    }

    /** Latin text (Helvetica) with its baseline at {@code baseline}. */
    TestPdf text(float x, float baseline, float size, String text) {
        return text(latin, x, baseline, size, text);
    }

    /** Hangul text (NanumGothic). */
    TestPdf hangul(float x, float baseline, float size, String text) {
        return text(hangulFont(), x, baseline, size, text);
    }

    TestPdf text(PDFont font, float x, float baseline, float size, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, HEIGHT - baseline);
            content.showText(text);
            content.endText();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text drawn the way Hancom PDF draws it: under a CTM that scales by {@code scale}, at a font size of
     * {@code size / scale}, so the font size operand alone is not the size on the page.
     */
    TestPdf scaledText(PDFont font, float x, float baseline, float size, float scale, String text) {
        try {
            content.saveGraphicsState();
            content.transform(Matrix.getScaleInstance(scale, scale));
            content.beginText();
            content.setFont(font, size / scale);
            content.newLineAtOffset(x / scale, (HEIGHT - baseline) / scale);
            content.showText(text);
            content.endText();
            content.restoreGraphicsState();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of a text in points. */
    float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stroked line. */
    TestPdf line(float x1, float y1, float x2, float y2) {
        try {
            content.setLineWidth(0.75f);
            content.moveTo(x1, HEIGHT - y1);
            content.lineTo(x2, HEIGHT - y2);
            content.stroke();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle, the way many producers draw thin rules. */
    TestPdf filledRect(float x, float y, float w, float h) {
        try {
            content.addRect(x, HEIGHT - y - h, w, h);
            content.fill();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A ruled grid: row lines at {@code ys}, column lines at {@code xs}; {@code missingVertical} lists
     * {xIndex, row} pairs of inner vertical rule pieces left out (merged cells across columns).
     */
    TestPdf grid(float[] xs, float[] ys, int[]... missingVertical) {
        for (float y : ys) {
            line(xs[0], y, xs[xs.length - 1], y);
        }
        for (int i = 0; i < xs.length; i++) {
            for (int r = 0; r + 1 < ys.length; r++) {
                boolean missing = false;
                for (int[] m : missingVertical) {
                    missing |= m[0] == i && m[1] == r;
                }
                if (!missing) {
                    line(xs[i], ys[r], xs[i], ys[r + 1]);
                }
            }
        }
        return this;
    }

    /** A page whose text is drawn with a font that maps its codes to no Unicode (unknown glyph names). */
    TestPdf unmappedPage(String codes) {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, "Helvetica");
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(65));
        for (int i = 0; i < 26; i++) {
            differences.add(COSName.getPDFName("qq" + (char) ('a' + i) + "x"));
        }
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.FONT, new COSDictionary());
        ((COSDictionary) resources.getCOSObject().getDictionaryObject(COSName.FONT)).setItem(COSName.getPDFName("F1"), font);
        page.setResources(resources);
        String ops = "BT /F1 12 Tf 72 700 Td (" + codes + ") Tj ET";
        try {
            page.setContents(new PDStream(document, new ByteArrayInputStream(ops.getBytes(StandardCharsets.US_ASCII))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.addPage(page);
        return this;
    }

    PDDocument document() {
        closeContent();
        return document;
    }

    /** Writes a built PDF under target/test-pdfs, for a person to open when a test fails. */
    static void keep(byte[] pdf, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "test-pdfs"));
            java.nio.file.Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            closeContent();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
        document.close();
    }
}
