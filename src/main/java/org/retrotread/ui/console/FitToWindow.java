package org.retrotread.ui.console;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * The console's text size: it grows with the window, so the numbers read from two metres on a big
 * screen, and it gives way a step at a time when everything the console must say at once (a prompt, a
 * typed speed and its error, a save warning) would not fit, so that no line is ever pushed out of the
 * window or cut.
 *
 * <p>Checked after each layout pulse, which is cheap: the content's minimum height is already known
 * then. Shrinking goes in 5 % steps down to 70 %; growing back needs a clear margin (more than a step's
 * worth), so the size never flips between two steps.
 */
final class FitToWindow {

    /** One window-width in this many em; one window-height in this many em (whichever is smaller wins). */
    private static final double EMS_ACROSS = 80;
    private static final double EMS_DOWN = 50;
    private static final double SMALLEST_FONT_PX = 12;
    private static final double STEP = 0.95;
    private static final double LEAST_FIT = 0.7;
    /** Free height needed before a step back up: more than the step itself adds. */
    private static final double ROOM_TO_GROW = 0.08;

    private final Region root;
    private final Region content;
    private double fit = 1;
    private double width;
    private double height;

    FitToWindow(Region root, Region content) {
        this.root = root;
        this.content = content;
    }

    void start() {
        root.widthProperty().addListener((o, was, now) -> restyle());
        root.heightProperty().addListener((o, was, now) -> restyle());
        root.sceneProperty().addListener((o, was, now) -> watch(was, now));
        watch(null, root.getScene());
        restyle();
    }

    private final Runnable afterLayout = this::check;

    private void watch(Scene was, Scene now) {
        if (was != null) {
            was.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void check() {
        double h = root.getHeight();
        if (h <= 0 || root.getWidth() != width || h != height) {
            return; // a new size is being applied: it is checked on the next pulse
        }
        double needed = content.minHeight(root.getWidth());
        if (needed > h + 0.5 && fit > LEAST_FIT) {
            fit = Math.max(LEAST_FIT, fit * STEP);
            restyle();
        } else if (needed < h * (1 - ROOM_TO_GROW) && fit < 1) {
            fit = Math.min(1, fit / STEP);
            restyle();
        }
    }

    private void restyle() {
        width = root.getWidth();
        height = root.getHeight();
        double size = Math.max(SMALLEST_FONT_PX, Math.min(width / EMS_ACROSS, height / EMS_DOWN) * fit);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }
}
