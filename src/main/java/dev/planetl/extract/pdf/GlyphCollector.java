package dev.planetl.extract.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.graphics.AppendRectangleToPath;
import org.apache.pdfbox.contentstream.operator.graphics.CloseAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.CloseFillEvenOddAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.CloseFillNonZeroAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.ClosePath;
import org.apache.pdfbox.contentstream.operator.graphics.CurveTo;
import org.apache.pdfbox.contentstream.operator.graphics.CurveToReplicateFinalPoint;
import org.apache.pdfbox.contentstream.operator.graphics.CurveToReplicateInitialPoint;
import org.apache.pdfbox.contentstream.operator.graphics.EndPath;
import org.apache.pdfbox.contentstream.operator.graphics.FillEvenOddAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.FillEvenOddRule;
import org.apache.pdfbox.contentstream.operator.graphics.FillNonZeroAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.FillNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.LegacyFillNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.LineTo;
import org.apache.pdfbox.contentstream.operator.graphics.MoveTo;
import org.apache.pdfbox.contentstream.operator.graphics.StrokePath;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of each page with their positions, and the rules it draws ({@link RuleCollector}), in one
 * parse of the page's content stream. Counts the glyphs whose font gives no Unicode text (no ToUnicode map,
 * unknown glyph names): PDFBox would return their raw codes as text, which is garbage, so the caller decides what
 * to keep by the share of unmapped glyphs. A glyph that draws nothing but advances is a space whatever its mapping
 * says: Chromium (Skia) maps the space glyph of its font subsets to U+0001, which would count every word space of a
 * browser-printed page as an unmapped glyph. Each page is handed to a {@link PageConsumer} as soon as it is read, so
 * only one page's glyphs and rules are held at a time.
 *
 * <p>The path operators go to PDFBox's own operator processors with the rule collector as their context. A
 * drawing operator that fails costs the page its rules, not the document: the page is handed on with
 * {@link PageText#drawingError()} set, as a separate pass over the drawing used to fail alone.
 * Not thread-safe: one instance per document.
 */
final class GlyphCollector extends PDFTextStripper {

    /** Receives each page's glyphs while the page is open. */
    @FunctionalInterface
    interface PageConsumer {
        void accept(int pageNumber, PDPage page, PageText text) throws IOException;
    }

    private final RuleCollector ruleCollector = new RuleCollector(this);
    private PageConsumer consumer;
    private Exception drawingError;
    private List<Glyph> glyphs = new ArrayList<>();
    private int shown;
    private int unmapped;
    private boolean currentUnmapped;
    private boolean currentBlank;
    /** Per font, whether a code's glyph draws nothing (asked only of codes whose mapping is no printable text). */
    private final Map<PDFont, Map<Integer, Boolean>> blankGlyphs = new HashMap<>();

    GlyphCollector() {
        setSortByPosition(false);
        for (OperatorProcessor path : List.of(new MoveTo(ruleCollector), new LineTo(ruleCollector),
                new CurveTo(ruleCollector), new CurveToReplicateInitialPoint(ruleCollector),
                new CurveToReplicateFinalPoint(ruleCollector), new ClosePath(ruleCollector),
                new AppendRectangleToPath(ruleCollector), new StrokePath(ruleCollector),
                new CloseAndStrokePath(ruleCollector), new FillNonZeroRule(ruleCollector),
                new LegacyFillNonZeroRule(ruleCollector), new FillEvenOddRule(ruleCollector),
                new FillNonZeroAndStrokePath(ruleCollector), new FillEvenOddAndStrokePath(ruleCollector),
                new CloseFillNonZeroAndStrokePath(ruleCollector), new CloseFillEvenOddAndStrokePath(ruleCollector),
                new EndPath(ruleCollector))) {
            addOperator(new PathOperator(path));
        }
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
        currentBlank = currentUnmapped && displacement.getX() > 0 && blank(font, code);
        if (currentUnmapped && !currentBlank) {
            unmapped++;
        }
        try {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        } finally {
            currentUnmapped = false;
            currentBlank = false;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = currentBlank ? " " : text.getUnicode();
        if ((currentUnmapped && !currentBlank) || unicode == null || unicode.isEmpty() || !printable(unicode)) {
            return;
        }
        float size = sizeOf(text);
        glyphs.add(new Glyph(text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size, unicode));
    }

    /** Whether the glyph of {@code code} has no outline (a space); unknown when the font cannot say. */
    private boolean blank(PDFont font, int code) {
        if (!(font instanceof PDVectorFont vector)) {
            return false;
        }
        return blankGlyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(code, c -> {
            try {
                return vector.hasGlyph(c) && vector.getPath(c).getBounds2D().isEmpty();
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
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
        drawingError = null;
        ruleCollector.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        PageText text = new PageText(List.copyOf(glyphs), shown, unmapped,
                drawingError == null ? ruleCollector.rules() : List.of(), drawingError);
        glyphs = new ArrayList<>();
        consumer.accept(getCurrentPageNo(), page, text);
    }

    /** Control characters and private-use code points are what unmapped codes turn into. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean ok = cp == ' ' || cp == '\u00a0' || (!Character.isISOControl(cp)
                    && Character.getType(cp) != Character.PRIVATE_USE && Character.getType(cp) != Character.UNASSIGNED
                    && cp != 0xfffd);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hands one path operator to PDFBox's processor for it, unless the page's drawing already failed; a failure
     * PDFBox would not tolerate ({@code operatorException} rethrows it) ends the page's rules.
     */
    private final class PathOperator extends OperatorProcessor {
        private final OperatorProcessor delegate;

        PathOperator(OperatorProcessor delegate) {
            super(GlyphCollector.this);
            this.delegate = delegate;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (drawingError != null) {
                return;
            }
            try {
                try {
                    delegate.process(operator, operands);
                } catch (IOException e) {
                    ruleCollector.tolerate(operator, operands, e);
                }
            } catch (IOException | RuntimeException e) {
                drawingError = e;
            }
        }

        @Override
        public String getName() {
            return delegate.getName();
        }
    }

    /**
     * The glyphs of a page, how many shown glyphs had no Unicode text, and the rules it draws (none when its
     * drawing could not be read: then {@code drawingError} says why).
     */
    record PageText(List<Glyph> glyphs, int shown, int unmapped, List<Rule> rules, Exception drawingError) {

        boolean mostlyUnmapped() {
            return shown > 0 && unmapped * 2 > shown;
        }
    }
}
