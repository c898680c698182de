package org.retrotread.ui.console;

import java.time.Duration;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.ChartScale;
import org.retrotread.session.summary.SpeedTrace;
import org.retrotread.ui.common.CanvasChart;

/**
 * The session along its active time: blocks shaded, the planned targets dashed, the actual speed
 * as a thick line, time on the rails as a bar along the bottom, and a line at "now". On a dead
 * mill the targets are efforts (0-10) and the line shows them. Colours read on both themes.
 */
final class SpeedChart extends CanvasChart {

    private static final Color ACTUAL = Color.web("#f77f00");
    private static final Color PLANNED = Color.gray(0.5);
    private static final Color RAILS = Color.web("#3a86ff");
    private static final Color BAND = Color.gray(0.5, 0.12);
    private static final Color LABEL = Color.gray(0.55);
    private static final Color GRADE = Color.web("#2a9d8f");

    private final Messages text;
    private final TreadmillMode mode;
    private SpeedTrace trace;
    private Duration now = Duration.ZERO;

    SpeedChart(Messages text, TreadmillMode mode) {
        super("speed-chart", 90, 160);
        this.text = text;
        this.mode = mode;
    }

    void show(SpeedTrace trace, Duration activeNow) {
        this.trace = trace;
        this.now = activeNow;
        draw();
    }

    @Override
    protected boolean hasData() {
        return trace != null && !trace.length().isZero();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double plotH = h - BOTTOM;
        double top = ChartScale.top(trace, mode, text.unit());
        double xScale = w / seconds(trace.length());
        for (SpeedTrace.Planned p : trace.planned()) {
            if (p.blockIndex() % 2 == 1) {
                g.setFill(BAND);
                g.fillRect(x(p.from(), xScale), 0, x(p.to(), xScale) - x(p.from(), xScale), plotH);
            }
        }
        g.setStroke(PLANNED);
        g.setLineWidth(2);
        g.setLineDashes(8, 6);
        for (SpeedTrace.Planned p : trace.planned()) {
            p.target().ifPresent(t -> {
                double y = y(value(t), top, plotH);
                g.strokeLine(x(p.from(), xScale), y, x(p.to(), xScale), y);
            });
        }
        g.setLineDashes();
        g.setStroke(ACTUAL);
        g.setLineWidth(4);
        for (SpeedTrace.Done d : trace.done()) {
            if (d.onRails()) {
                g.setFill(RAILS);
                g.fillRect(x(d.from(), xScale), plotH + 6, x(d.to(), xScale) - x(d.from(), xScale), 8);
            }
            if (mode == TreadmillMode.POWERED) {
                d.actual().ifPresent(speed -> {
                    double y = y(speed.in(text.unit()), top, plotH);
                    g.strokeLine(x(d.from(), xScale), y, x(d.to(), xScale), y);
                });
            }
        }
        g.setStroke(LABEL);
        g.setLineWidth(1);
        g.strokeLine(x(now, xScale), 0, x(now, xScale), plotH);
        String scale = mode == TreadmillMode.POWERED ? text.number(top) + " " + text.unit().symbol() : text.text("ui.chart.effortScale");
        labels(g, LABEL, scale, trace.length(), w, plotH);
        if (trace.anyGrade()) {
            grade(g, xScale, w, plotH);
        }
    }

    /** The deck's grade walked so far, thin and green on its own scale (written top right), as on the sheet. */
    private void grade(GraphicsContext g, double xScale, double w, double plotH) {
        ChartScale.GradeScale scale = ChartScale.GradeScale.of(trace.lowestGrade(), trace.highestGrade());
        g.setStroke(GRADE);
        g.setLineWidth(2);
        for (SpeedTrace.Done d : trace.done()) {
            double y = plotH - scale.share(d.grade()) * (plotH - 4);
            g.strokeLine(x(d.from(), xScale), y, x(d.to(), xScale), y);
        }
        g.setFill(GRADE);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(text.format("ui.chart.gradeScale", scale.low(), scale.high()), w - 4, 2);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private double value(Target t) {
        return value(t, text.unit());
    }

    private static double x(Duration t, double xScale) {
        return seconds(t) * xScale;
    }

}
