package dev.planetl.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical rules a page draws: stroked straight segments, and filled rectangles
 * thin enough to be lines (many producers draw table borders as filled 0.5 pt rectangles).
 * Curves, images, text and clipping are ignored.
 *
 * <p>It does not parse the content stream itself: {@link GlyphCollector} parses each page once and hands the path
 * operators to PDFBox's own operator processors with this engine as their context, which reads the current
 * transformation from the glyph collector's graphics state ({@link #getGraphicsState()}). One instance per
 * document, {@link #startPage reset} per page; not thread-safe.
 */
final class RuleCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle no thicker than this (points) is a rule, thicker ones are shading. */
    private static final double MAX_RULE_THICKNESS = 2.5;
    /** A stroked segment whose ends differ by less than this across its direction is straight. */
    private static final double STRAIGHT_TOLERANCE = 0.5;

    private final PDFStreamEngine host;
    private double pageTop;
    private double pageLeft;
    private final List<double[]> pathSegments = new ArrayList<>();
    private final List<double[]> pathRectangles = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private Point2D.Double start;
    private Point2D.Double current;

    /** @param host the engine that parses the content stream and so holds the graphics state */
    RuleCollector(PDFStreamEngine host) {
        super(null);
        this.host = host;
    }

    /** Forgets the previous page's rules and path and measures from this page's crop box. */
    void startPage(PDPage page) {
        PDRectangle box = page.getCropBox();
        pageTop = box.getUpperRightY();
        pageLeft = box.getLowerLeftX();
        rules.clear();
        clearPath();
    }

    /** The rules drawn since {@link #startPage}. */
    List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** PDFBox's own judgement of a failed operator: a missing operand is logged and skipped, the rest rethrown. */
    void tolerate(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        operatorException(operator, operands, e);
    }

    @Override
    public PDGraphicsState getGraphicsState() {
        return host.getGraphicsState();
    }

    private double tx(double x) {
        return x - pageLeft;
    }

    private double ty(double y) {
        return pageTop - y;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        pathRectangles.add(new double[] {tx(minX), ty(maxY), tx(maxX), ty(minY)});
        start = new Point2D.Double(p0.getX(), p0.getY());
        current = start;
    }

    @Override
    public void moveTo(float x, float y) {
        start = new Point2D.Double(x, y);
        current = start;
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) {
            pathSegments.add(new double[] {tx(current.x), ty(current.y), tx(x), ty(y)});
        }
        current = new Point2D.Double(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
        if (current != null && start != null) {
            pathSegments.add(new double[] {tx(current.x), ty(current.y), tx(start.x), ty(start.y)});
            current = start;
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (double[] s : pathSegments) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        for (double[] r : pathRectangles) {
            addSegment(r[0], r[1], r[2], r[1]);
            addSegment(r[0], r[3], r[2], r[3]);
            addSegment(r[0], r[1], r[0], r[3]);
            addSegment(r[2], r[1], r[2], r[3]);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[] r : pathRectangles) {
            addFilledRectangle(r[0], r[1], r[2], r[3]);
        }
        // a filled closed polygon of four axis-parallel segments is a rectangle too
        if (pathSegments.size() >= 3 && pathSegments.size() <= 5) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            boolean axisParallel = true;
            for (double[] s : pathSegments) {
                axisParallel &= Math.abs(s[0] - s[2]) < STRAIGHT_TOLERANCE || Math.abs(s[1] - s[3]) < STRAIGHT_TOLERANCE;
                minX = Math.min(minX, Math.min(s[0], s[2]));
                maxX = Math.max(maxX, Math.max(s[0], s[2]));
                minY = Math.min(minY, Math.min(s[1], s[3]));
                maxY = Math.max(maxY, Math.max(s[1], s[3]));
            }
            if (axisParallel) {
                addFilledRectangle(minX, minY, maxX, maxY);
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<double[]> rects = new ArrayList<>(pathRectangles);
        List<double[]> segs = new ArrayList<>(pathSegments);
        strokePath();
        pathRectangles.addAll(rects);
        pathSegments.addAll(segs);
        fillPath(windingRule);
    }

    private void addFilledRectangle(double x0, double y0, double x1, double y1) {
        double w = x1 - x0;
        double h = y1 - y0;
        if (h <= MAX_RULE_THICKNESS && w > h) {
            rules.add(Rule.horizontal((y0 + y1) / 2, x0, x1));
        } else if (w <= MAX_RULE_THICKNESS && h > w) {
            rules.add(Rule.vertical((x0 + x1) / 2, y0, y1));
        }
    }

    private void addSegment(double x0, double y0, double x1, double y1) {
        if (Math.abs(y0 - y1) < STRAIGHT_TOLERANCE && Math.abs(x0 - x1) >= STRAIGHT_TOLERANCE) {
            rules.add(Rule.horizontal((y0 + y1) / 2, x0, x1));
        } else if (Math.abs(x0 - x1) < STRAIGHT_TOLERANCE && Math.abs(y0 - y1) >= STRAIGHT_TOLERANCE) {
            rules.add(Rule.vertical((x0 + x1) / 2, y0, y1));
        }
    }

    private void clearPath() {
        pathSegments.clear();
        pathRectangles.clear();
        start = null;
        current = null;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images carry no rules
    }

    @Override
    public void clip(int windingRule) {
        // a clip does not end the path: the following n/S/f operator does
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds, not rules
    }
}
