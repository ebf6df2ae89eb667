package nl.schakel.monitoring;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The bars a PDF page draws: walks the page's content stream and keeps the width of every filled path in the bar
 * colour (#1d4f73 of {@code report-pdf.html}), so a test can see the chart is drawn, not only captioned.
 */
final class PdfBars extends PDFGraphicsStreamEngine {

    static final int BAR_RGB = 0x1d4f73;

    private final List<Double> widths = new ArrayList<>();
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();

    private PdfBars(PDPage page) {
        super(page);
    }

    /** The widths (in points) of the bars on this page, in drawing order. */
    static List<Double> on(PDPage page) throws IOException {
        PdfBars engine = new PdfBars(page);
        engine.processPage(page);
        return engine.widths;
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (path != null && path.getWidth() > 0.5 && isBarColour(getGraphicsState().getNonStrokingColor().toRGB())) {
            widths.add(path.getWidth());
        }
        path = null;
    }

    private static boolean isBarColour(int rgb) {
        return Math.abs(((rgb >> 16) & 0xff) - ((BAR_RGB >> 16) & 0xff)) <= 2
                && Math.abs(((rgb >> 8) & 0xff) - ((BAR_RGB >> 8) & 0xff)) <= 2
                && Math.abs((rgb & 0xff) - (BAR_RGB & 0xff)) <= 2;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        for (Point2D p : List.of(p0, p1, p2, p3)) {
            add(p);
        }
    }

    @Override
    public void moveTo(float x, float y) {
        add(new Point2D.Float(x, y));
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        moveTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        moveTo(x3, y3);
    }

    private void add(Point2D point) {
        if (path == null) {
            path = new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
        } else {
            path.add(point);
        }
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
    }

    @Override
    public void strokePath() {
        path = null;
    }

    @Override
    public void endPath() {
        path = null;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
