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
 * <p>Checked after each layout pulse, which is cheap: the content's preferred height is already known
 * then. Shrinking goes in 5 % steps down to 60 %. Growing back needs a clear margin, and never returns to
 * a size that overflowed with the same content (wrapped lines make heights jump, so a margin alone could
 * flip between two sizes forever); that memory is cleared when the window changes size or the content
 * becomes much shorter (a typed speed and its error gone, say).
 */
final class FitToWindow {

    /** One window-width in this many em; one window-height in this many em (whichever is smaller wins). */
    private static final double EMS_ACROSS = 80;
    private static final double EMS_DOWN = 50;
    private static final double SMALLEST_FONT_PX = 12;
    private static final double STEP = 0.95;
    private static final double LEAST_FIT = 0.6;
    /** Free height needed before a step back up: more than the step itself adds. */
    private static final double ROOM_TO_GROW = 0.08;
    /** How much shorter the content must get, at one size, for what overflowed before to be forgotten. */
    private static final double ROOM_TO_FORGET = 0.15;

    private final Region root;
    private final Region content;
    private double fit = 1;
    /** The largest size found too large since the window last changed: never tried again, so it never flickers. */
    private double overflowedAt = Double.MAX_VALUE;
    private double lastFit;
    private double lastNeeded;
    private double width;
    private double height;

    FitToWindow(Region root, Region content) {
        this.root = root;
        this.content = content;
    }

    void start() {
        root.widthProperty().addListener((o, was, now) -> resized());
        root.heightProperty().addListener((o, was, now) -> resized());
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
        if (root.getHeight() <= 0 || root.getWidth() != width || root.getHeight() != height) {
            return; // a new size is being applied: it is checked on the next pulse
        }
        // The window's height, not the console's own: content too tall for the window stretches the console
        // past its edge (a parent lays a child out at its minimum), and measured against itself it would fit.
        double h = root.getScene() == null ? root.getHeight() : Math.min(root.getHeight(), root.getScene().getHeight());
        // Preferred, not minimum: a wrapping label reports one line as its minimum, its wrapped lines as preferred.
        double needed = content.prefHeight(root.getWidth());
        if (needed > h + 0.5 && fit > LEAST_FIT) {
            overflowedAt = Math.min(overflowedAt, fit);
            fit = Math.max(LEAST_FIT, fit * STEP);
            restyle();
        } else {
            if (fit == lastFit && needed < lastNeeded * (1 - ROOM_TO_FORGET)) {
                overflowedAt = Double.MAX_VALUE; // much less to say than a moment ago: every size may fit again
            }
            if (needed < h * (1 - ROOM_TO_GROW)) {
                grow();
            }
        }
        lastFit = fit;
        lastNeeded = needed;
    }

    /** One step up, unless that size already overflowed with this much to say (lines wrap in jumps). */
    private void grow() {
        double next = Math.min(1, fit / STEP);
        if (fit < 1 && next < overflowedAt - 1e-9) {
            fit = next;
            restyle();
        }
    }

    private void resized() {
        overflowedAt = Double.MAX_VALUE;
        restyle();
    }

    private void restyle() {
        width = root.getWidth();
        height = root.getHeight();
        double size = Math.max(SMALLEST_FONT_PX, Math.min(width / EMS_ACROSS, height / EMS_DOWN) * fit);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }
}
