package dev.planetl.extract.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of each page with their positions, and counts the glyphs whose font gives no
 * Unicode text (no ToUnicode map, unknown glyph names): PDFBox would return their raw codes as text,
 * which is garbage, so the caller decides what to keep by the share of unmapped glyphs. Each page is handed
 * to a {@link PageConsumer} as soon as it is read, so only one page's glyphs are held at a time.
 * Not thread-safe: one instance per document.
 */
final class GlyphCollector extends PDFTextStripper {

    /** Receives each page's glyphs while the page is open. */
    @FunctionalInterface
    interface PageConsumer {
        void accept(int pageNumber, PDPage page, PageText text) throws IOException;
    }

    private PageConsumer consumer;
    private List<Glyph> glyphs = new ArrayList<>();
    private int shown;
    private int unmapped;
    private boolean currentUnmapped;

    GlyphCollector() {
        setSortByPosition(false);
    }

    /** Reads every page in one pass, in page order, handing each to {@code consumer}. */
    void collect(PDDocument document, PageConsumer consumer) throws IOException {
        this.consumer = consumer;
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        shown++;
        String unicode = font.toUnicode(code);
        currentUnmapped = unicode == null || unicode.isEmpty() || !printable(unicode);
        if (currentUnmapped) {
            unmapped++;
        }
        try {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        } finally {
            currentUnmapped = false;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (currentUnmapped || unicode == null || unicode.isEmpty() || !printable(unicode)) {
            return;
        }
        float size = sizeOf(text);
        glyphs.add(new Glyph(text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size, unicode));
    }

    /**
     * The glyph's em size on the page: the text rendering matrix's vertical scale (font size x text matrix x CTM).
     * {@code getFontSizeInPt} leaves the CTM out, and Hancom PDF sets its text at a font size of about 100 under a
     * 0.12 CTM: that would make every gap and line pitch look nine times smaller than it is.
     */
    private static float sizeOf(TextPosition text) {
        float size = text.getYScale();
        if (!(size > 0.5f) || Float.isInfinite(size)) {
            size = text.getXScale();
        }
        if (!(size > 0.5f) || Float.isInfinite(size)) {
            size = text.getHeightDir();
        }
        return size;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
        shown = 0;
        unmapped = 0;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        PageText text = new PageText(List.copyOf(glyphs), shown, unmapped);
        glyphs = new ArrayList<>();
        consumer.accept(getCurrentPageNo(), page, text);
    }

    /** Control characters and private-use code points are what unmapped codes turn into. */
    private static boolean printable(String s) {
        return s.codePoints().allMatch(cp -> cp == ' ' || cp == '\u00a0'
                || (!Character.isISOControl(cp) && Character.getType(cp) != Character.PRIVATE_USE
                && Character.getType(cp) != Character.UNASSIGNED && cp != 0xfffd));
    }

    /** The glyphs of a page and how many shown glyphs had no Unicode text. */
    record PageText(List<Glyph> glyphs, int shown, int unmapped) {

        boolean mostlyUnmapped() {
            return shown > 0 && unmapped * 2 > shown;
        }
    }
}
