package org.retrotread.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.retrotread.report.SessionSheet;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.SpeedTrace;

/**
 * The session's speed over active time as vector lines, like the console's chart: blocks in
 * alternate bands, the planned targets dashed, the actual speed thick, time on the rails as a bar.
 */
final class PdfChart {

    private PdfChart() {
    }

    static void draw(PdfPages p, SessionSheet.Chart chart, float height) {
        p.room(height + 20);
        float left = PdfPages.MARGIN;
        float width = p.width();
        float bottom = p.y - height;
        float plotBottom = bottom + 14;
        float plotHeight = height - 14;
        SpeedTrace trace = chart.trace();
        double seconds = Math.max(1, seconds(trace.length()));
        PDPageContentStream g = p.out;
        try {
            g.setStrokingColor(0.6f);
            g.setLineWidth(0.5f);
            g.addRect(left, plotBottom, width, plotHeight);
            g.stroke();
            for (SpeedTrace.Planned pl : trace.planned()) {
                if (pl.blockIndex() % 2 == 1) {
                    g.setNonStrokingColor(0.93f);
                    g.addRect(x(pl.from(), left, width, seconds), plotBottom, span(pl.from(), pl.to(), width, seconds), plotHeight);
                    g.fill();
                }
            }
            g.setStrokingColor(0.45f);
            g.setLineWidth(1.2f);
            g.setLineDashPattern(new float[] {4, 3}, 0);
            for (SpeedTrace.Planned pl : trace.planned()) {
                if (pl.target().isPresent()) {
                    float y = y(value(pl.target().get(), chart), chart.topOfScale(), plotBottom, plotHeight);
                    g.moveTo(x(pl.from(), left, width, seconds), y);
                    g.lineTo(x(pl.to(), left, width, seconds), y);
                }
            }
            g.stroke();
            g.setLineDashPattern(new float[] {}, 0);
            g.setStrokingColor(0.97f, 0.50f, 0f);
            g.setLineWidth(2.5f);
            for (SpeedTrace.Done d : trace.done()) {
                if (d.onRails()) {
                    g.setNonStrokingColor(0.23f, 0.53f, 1f);
                    g.addRect(x(d.from(), left, width, seconds), bottom + 3, span(d.from(), d.to(), width, seconds), 6);
                    g.fill();
                }
                if (chart.mode() == TreadmillMode.POWERED && d.actual().isPresent()) {
                    float y = y(d.actual().get().in(chart.unit()), chart.topOfScale(), plotBottom, plotHeight);
                    g.moveTo(x(d.from(), left, width, seconds), y);
                    g.lineTo(x(d.to(), left, width, seconds), y);
                }
            }
            g.stroke();
            if (!chart.gradeLabel().isEmpty()) {
                grade(g, chart, left, width, seconds, plotBottom, plotHeight);
            }
            g.setStrokingColor(0f);
            g.setNonStrokingColor(0.35f);
            float top = p.y;
            p.y = top - 2;
            p.line(chart.scaleLabel(), left + 3, p.regular, 7.5f);
            if (!chart.gradeLabel().isEmpty()) {
                p.y = top - 2;
                g.setNonStrokingColor(0.16f, 0.62f, 0.56f);
                p.line(chart.gradeLabel(), left + width - 3 - p.textWidth(chart.gradeLabel(), p.regular, 7.5f), p.regular, 7.5f);
                g.setNonStrokingColor(0.35f);
            }
            p.y = bottom + 12;
            float w = p.textWidth(chart.lengthLabel(), p.regular, 7.5f);
            p.line(chart.lengthLabel(), left + width - w, p.regular, 7.5f);
            g.setNonStrokingColor(0f);
            p.y = bottom - 4;
            p.paragraph(chart.legend(), left, width, p.regular, 7.5f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deck's grade as a thin green step line on its own scale (bottom: the lowest grade or level). */
    private static void grade(PDPageContentStream g, SessionSheet.Chart chart, float left, float width, double seconds,
                              float plotBottom, float plotHeight) throws IOException {
        g.setStrokingColor(0.16f, 0.62f, 0.56f);
        g.setLineWidth(1.4f);
        for (SpeedTrace.Done d : chart.trace().done()) {
            float y = (float) (plotBottom + chart.gradeScale().share(d.grade()) * (plotHeight - 4));
            g.moveTo(x(d.from(), left, width, seconds), y);
            g.lineTo(x(d.to(), left, width, seconds), y);
        }
        g.stroke();
    }

    private static double value(Target t, SessionSheet.Chart chart) {
        return t instanceof Target.AtSpeed s ? s.speed().in(chart.unit()) : ((Target.AtEffort) t).effort().rpe();
    }

    private static float x(Duration t, float left, float width, double seconds) {
        return (float) (left + seconds(t) / seconds * width);
    }

    private static float span(Duration from, Duration to, float width, double seconds) {
        return (float) (seconds(to.minus(from)) / seconds * width);
    }

    private static float y(double value, double top, float plotBottom, float plotHeight) {
        return (float) (plotBottom + Math.min(value, top) / top * (plotHeight - 4));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
