package org.retrotread.ui.plans;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Segment;
import org.retrotread.session.plan.Target;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.ChartScale;
import org.retrotread.ui.common.CanvasChart;

/**
 * A plan's profile over its planned time: the target of each segment as a step line (speed in the
 * display unit, or effort 0-10 on a dead mill), blocks in alternate bands, time on the rails as a
 * blue bar along the bottom and forward walking dashed. A handrail phase counts at its minimum. A plan that
 * names a grade has it drawn too, as a thinner green step line on a scale of its own (written top right).
 */
final class ProfileChart extends CanvasChart {

    private static final Color LINE = Color.web("#f77f00");
    private static final Color RAILS = Color.web("#3a86ff");
    private static final Color BAND = Color.gray(0.5, 0.12);
    private static final Color LABEL = Color.gray(0.55);
    private static final Color GRADE = Color.web("#2a9d8f");

    private final Messages text;
    private Optional<Plan> plan = Optional.empty();

    ProfileChart(Messages text) {
        super("plan-profile", 100, 150);
        this.text = text;
        setPrefWidth(320); // set, not computed: the canvas follows the region's size, never the reverse
        setMinWidth(0);
    }

    void show(Optional<Plan> shown) {
        this.plan = shown;
        draw();
    }

    @Override
    protected boolean hasData() {
        return plan.isPresent();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        Plan p = plan.get();
        double plotH = h - BOTTOM;
        double top = ChartScale.top(p, text.unit());
        double xScale = w / Math.max(1, seconds(p.plannedDuration()));
        Duration at = Duration.ZERO;
        for (Segment s : p.segments()) {
            double x0 = seconds(at) * xScale;
            double x1 = seconds(at.plus(s.duration())) * xScale;
            if (s.blockIndex() % 2 == 1) {
                g.setFill(BAND);
                g.fillRect(x0, 0, x1 - x0, plotH);
            }
            if (s.phase() == PhaseKind.HANDRAIL) {
                g.setFill(RAILS);
                g.fillRect(x0, plotH + 6, x1 - x0, 8);
            }
            double y = y(s.target().map(this::value).orElse(0.0), top, plotH);
            g.setStroke(LINE);
            g.setLineWidth(3);
            if (s.movement() == Movement.FORWARD) {
                g.setLineDashes(8, 6);
            }
            g.strokeLine(x0, y, x1, y);
            g.setLineDashes();
            at = at.plus(s.duration());
        }
        String scale = p.mode() == TreadmillMode.POWERED ? text.number(top) + " " + text.unit().symbol() : text.text("ui.chart.effortScale");
        labels(g, LABEL, scale, p.plannedDuration(), w, plotH);
        if (!p.steepestGrade().isLevel() || p.deepestGrade().isDecline()) {
            drawGrade(g, p, xScale, w, plotH);
        }
    }

    /** The grade of each segment, from the deepest decline (or level) at the bottom to the steepest grade (at least 5 %). */
    private void drawGrade(GraphicsContext g, Plan p, double xScale, double w, double plotH) {
        ChartScale.GradeScale scale = ChartScale.GradeScale.of(p.deepestGrade(), p.steepestGrade());
        Duration at = Duration.ZERO;
        g.setStroke(GRADE);
        g.setLineWidth(2);
        for (Segment s : p.segments()) {
            double y = plotH - scale.share(s.grade()) * plotH;
            g.strokeLine(seconds(at) * xScale, y, seconds(at.plus(s.duration())) * xScale, y);
            at = at.plus(s.duration());
        }
        g.setFill(GRADE);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(text.format("ui.chart.gradeScale", scale.low(), scale.high()), w - 4, 2);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private double value(Target t) {
        return value(t, text.unit());
    }

}
