package org.retrotread.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.retrotread.report.ProgressData;
import org.retrotread.report.ProgressReport;

/** A small chart over a period as vector lines: bars for weekly figures, lines with dots for per-session ones. */
final class PdfPlot {

    /** Orange, blue, green, grey: they read apart in print, and in black and white by their legend order. */
    private static final float[][] COLOURS = {{0.97f, 0.50f, 0f}, {0.23f, 0.53f, 1f}, {0.2f, 0.63f, 0.3f}, {0.35f, 0.35f, 0.35f}};


    private PdfPlot() {
    }

    /** Whether a line is drawn between two neighbouring points of {@code s}: not across a gap in sessions. */
    static boolean joins(ProgressReport.Series s, double fromDay, double toDay) {
        return !s.breaksAtGaps() || toDay - fromDay <= ProgressData.LONGEST_JOINED_DAYS;
    }

    static void draw(PdfPages p, ProgressReport.Plot plot, float x, float width, float height) {
        float top = p.y;
        float bottom = top - height;
        float plotTop = top - 14;
        float plotBottom = bottom + 26;
        float plotHeight = plotTop - plotBottom;
        double span = Math.max(1, plot.lastDay() - plot.firstDay() + 1);
        PDPageContentStream g = p.out;
        try {
            p.line(plot.title(), x, p.bold, 8.5f);
            g.setStrokingColor(0.6f);
            g.setLineWidth(0.5f);
            g.addRect(x, plotBottom, width, plotHeight);
            g.stroke();
            for (ProgressReport.Series s : plot.series()) {
                float[] c = COLOURS[s.colour() % COLOURS.length];
                g.setNonStrokingColor(c[0], c[1], c[2]);
                g.setStrokingColor(c[0], c[1], c[2]);
                float barWidth = (float) (width / span * 7 * 0.35);
                float previousX = Float.NaN;
                float previousY = Float.NaN;
                double previousDay = Double.NaN;
                for (ProgressReport.Point pt : s.points()) {
                    // Inside the frame: a week's point at its middle may fall past the period's last day.
                    float px = (float) Math.max(x, Math.min(x + width, x + (pt.day() - plot.firstDay() + 0.5) / span * width));
                    float py = (float) (plotBottom + Math.min(pt.value(), plot.top()) / plot.top() * (plotHeight - 2));
                    if (s.bars()) {
                        float left = Math.max(x, Math.min(x + width - barWidth, px - barWidth / 2)); // inside the frame
                        g.addRect(left, plotBottom, barWidth, py - plotBottom);
                        g.fill();
                    } else {
                        // A gap in the sessions is a gap: points more than a break apart are not joined.
                        if (!Float.isNaN(previousX) && joins(s, previousDay, pt.day())) {
                            g.setLineWidth(1.2f);
                            g.moveTo(previousX, previousY);
                            g.lineTo(px, py);
                            g.stroke();
                        }
                        g.addRect(px - 1.5f, py - 1.5f, 3, 3);
                        g.fill();
                        previousX = px;
                        previousY = py;
                        previousDay = pt.day();
                    }
                }
            }
            if (plot.threshold().isPresent()) {
                float ty = (float) (plotBottom + plot.threshold().get().value() / plot.top() * (plotHeight - 2));
                g.setStrokingColor(0.76f, 0.07f, 0.12f);
                g.setLineWidth(1);
                g.setLineDashPattern(new float[] {3, 2}, 0);
                g.moveTo(x, ty);
                g.lineTo(x + width, ty);
                g.stroke();
                g.setLineDashPattern(new float[] {}, 0);
            }
            weekTicks(p, plot, x, width, span, plotBottom);
            g.setNonStrokingColor(0.35f);
            p.y = plotTop - 1;
            p.line(plot.topLabel(), x + 2, p.regular, 6.5f);
            p.y = plotBottom - 2;
            p.line(plot.firstLabel(), x, p.regular, 6.5f);
            p.line(plot.lastLabel(), x + width - p.textWidth(plot.lastLabel(), p.regular, 6.5f), p.regular, 6.5f);
            legend(p, plot, x, plotBottom - 11);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.y = bottom;
    }

    /** Each series' colour and name, then the threshold's dashes and label. */
    /**
     * A tick at the start of each week along the time axis, and its date under it where there is room (the
     * period's first and last days are written at the ends).
     */
    private static void weekTicks(PdfPages p, ProgressReport.Plot plot, float x, float width, double span, float plotBottom)
            throws IOException {
        PDPageContentStream g = p.out;
        g.setStrokingColor(0.45f);
        g.setLineWidth(0.5f);
        float endsWidth = p.textWidth(plot.firstLabel(), p.regular, 6.5f) + 4;
        float lastLabelEnd = x + endsWidth;
        for (ProgressReport.Tick t : plot.weeks()) {
            float tx = (float) (x + (t.day() - plot.firstDay()) / span * width);
            g.moveTo(tx, plotBottom);
            g.lineTo(tx, plotBottom + 3);
            g.stroke();
            float w = p.textWidth(t.label(), p.regular, 6);
            float left = tx - w / 2;
            if (left > lastLabelEnd + 4 && left + w < x + width - p.textWidth(plot.lastLabel(), p.regular, 6.5f) - 4) {
                g.setNonStrokingColor(0.35f);
                p.y = plotBottom - 2; // on the line of the first and last days
                p.line(t.label(), left, p.regular, 6);
                lastLabelEnd = left + w;
            }
        }
    }

    private static void legend(PdfPages p, ProgressReport.Plot plot, float x, float y) throws IOException {
        PDPageContentStream g = p.out;
        float at = x;
        p.y = y;
        for (ProgressReport.Series s : plot.series()) {
            float[] c = COLOURS[s.colour() % COLOURS.length];
            g.setNonStrokingColor(c[0], c[1], c[2]);
            g.addRect(at, y - 6, 6, 6);
            g.fill();
            g.setNonStrokingColor(0f);
            p.line(s.name(), at + 8, p.regular, 6.5f);
            at += 8 + p.textWidth(s.name(), p.regular, 6.5f) + 10;
        }
        if (plot.threshold().isPresent()) {
            g.setStrokingColor(0.76f, 0.07f, 0.12f);
            g.setLineDashPattern(new float[] {3, 2}, 0);
            g.moveTo(at, y - 3);
            g.lineTo(at + 12, y - 3);
            g.stroke();
            g.setLineDashPattern(new float[] {}, 0);
            p.line(plot.threshold().get().label(), at + 15, p.regular, 6.5f);
        }
    }
}
