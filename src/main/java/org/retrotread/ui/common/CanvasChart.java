package org.retrotread.ui.common;

import java.time.Duration;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Target;
import org.retrotread.session.units.SpeedUnit;

/**
 * A chart drawn on a canvas that fills its region, redrawn when the region is resized: the live
 * session chart and a plan's profile share this and their scale arithmetic.
 */
public abstract class CanvasChart extends Region {

    /** Room under the plot for the rails bar and the time label. */
    protected static final double BOTTOM = 22;

    protected final Canvas canvas = new Canvas();

    protected CanvasChart(String id, double minHeight, double prefHeight) {
        setId(id);
        getChildren().add(canvas);
        setMinHeight(minHeight);
        setPrefHeight(prefHeight);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Clears the canvas and, when there is something to show and room to show it, paints it. */
    protected final void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (hasData() && w >= 50 && h >= 50) {
            paint(g, w, h);
        }
    }

    protected abstract boolean hasData();

    protected abstract void paint(GraphicsContext g, double w, double h);

    /** The scale's top value at the top left, and the length of time shown at the bottom right. */
    protected static void labels(GraphicsContext g, Color colour, String scale, Duration length, double width, double plotHeight) {
        g.setFill(colour);
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(scale, 4, 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Messages.clock(length), width - 4, plotHeight + 4);
    }

    /** A target as a number on the chart's scale: a speed in the display unit, or an effort 0-10. */
    protected static double value(Target t, SpeedUnit unit) {
        return t instanceof Target.AtSpeed s ? s.speed().in(unit) : ((Target.AtEffort) t).effort().rpe();
    }

    protected static double y(double value, double top, double plotHeight) {
        return plotHeight - value / top * (plotHeight - 4);
    }

    protected static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
