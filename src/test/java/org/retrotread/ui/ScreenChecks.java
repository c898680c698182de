package org.retrotread.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * What a person must be able to read on a screen, checked on its live scene graph: no label cut short
 * (an ellipsis where its text should be), none outside the window, and no text below the WCAG AA contrast
 * of 4.5:1 against the background it is drawn on. Run on the JavaFX thread.
 */
public final class ScreenChecks {

    /** WCAG 2.x level AA for body text. */
    public static final double LEAST_CONTRAST = 4.5;

    private ScreenChecks() {
    }

    /** Every problem on {@code root}'s scene, each prefixed with {@code where}. */
    public static List<String> problems(Parent root, String where) {
        root.applyCss();
        root.layout();
        List<String> found = new ArrayList<>();
        Bounds window = root.getLayoutBounds();
        for (Labeled labeled : labels(root)) {
            if (labeled.getText() == null || labeled.getText().isBlank()) {
                continue;
            }
            Text shown = (Text) labeled.lookup(".text");
            // Cut is cut, scrolled area or not; only list and table cells may end a long entry with "..." (their
            // columns and rows can be widened, and the whole text is in the record they open).
            if (shown != null && !shown.getText().equals(labeled.getText()) && !inACell(labeled)) {
                found.add(where + ": cut \u201c" + shown.getText() + "\u201d of \u201c" + labeled.getText() + "\u201d");
            }
            Bounds at = labeled.localToScene(labeled.getLayoutBounds());
            if (insideAScrolledArea(labeled) == null && at.getWidth() > 0
                    && (at.getMaxX() > window.getMaxX() + 1 || at.getMaxY() > window.getMaxY() + 1 || at.getMinX() < -1)) {
                found.add(where + ": outside the window \u201c" + labeled.getText() + "\u201d " + at);
            }
            if (labeled.getTextFill() instanceof Color text) {
                Color behind = background(labeled);
                double ratio = contrast(text, behind);
                if (behind != null && ratio < LEAST_CONTRAST) {
                    found.add(String.format(Locale.ROOT, "%s: contrast %.1f:1 for \u201c%s\u201d (%s on %s)", where, ratio,
                            labeled.getText(), text, behind));
                }
            }
        }
        // A page may scroll down, never sideways: text that needs a horizontal scroll is text cut at the edge.
        for (ScrollPane scroll : scrollPanes(root)) {
            Node content = scroll.getContent();
            if (content != null && scroll.isFitToWidth()
                    && content.getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 1) {
                found.add(String.format(Locale.ROOT, "%s: %s is %.0f wide in a view %.0f wide (it scrolls sideways)", where,
                        scroll.getId() == null ? "a scrolled page" : "#" + scroll.getId(), content.getLayoutBounds().getWidth(),
                        scroll.getViewportBounds().getWidth()));
            }
        }
        return found;
    }

    private static List<ScrollPane> scrollPanes(Parent root) {
        List<Node> all = new ArrayList<>();
        collectAll(root, all);
        return all.stream().filter(n -> n instanceof ScrollPane)
                .map(n -> (ScrollPane) n).toList();
    }

    private static void collectAll(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectAll(child, into));
        }
    }

    private static boolean inACell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell<?> || n instanceof TableView<?>
                    || n instanceof ComboBoxBase<?>
                    || n instanceof ChoiceBox<?> || n instanceof Chart) {
                return true;
            }
        }
        return false;
    }

    /** Labels in a scroll pane or a list may run past its edge: the person scrolls to them. */
    private static Node insideAScrolledArea(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n instanceof ListView<?>
                    || n instanceof TableView<?> || n instanceof Chart
                    || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                    || n instanceof TextInputControl) {
                return n;
            }
        }
        return null;
    }

    /** The opaque colour the node is drawn on: the nearest background fill, its own or an ancestor's. */
    static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Background b = r.getBackground();
                if (b != null && !b.getFills().isEmpty()) {
                    BackgroundFill top = b.getFills().get(b.getFills().size() - 1);
                    if (top.getFill() instanceof Color c && c.getOpacity() > 0.99) {
                        return c;
                    }
                    if (top.getFill() instanceof LinearGradient g) {
                        return average(g); // a control's shading: its middle colour is close enough to judge by
                    }
                    if (top.getFill() instanceof Color c && c.getOpacity() > 0.01) {
                        return null; // translucent: the colour depends on what is behind; not judged here
                    }
                }
            }
        }
        return null;
    }

    private static Color average(LinearGradient g) {
        double r = 0;
        double gr = 0;
        double b = 0;
        for (Stop s : g.getStops()) {
            r += s.getColor().getRed();
            gr += s.getColor().getGreen();
            b += s.getColor().getBlue();
        }
        int n = g.getStops().size();
        return Color.color(r / n, gr / n, b / n);
    }

    /** The WCAG contrast ratio of two colours, from 1 to 21. */
    public static double contrast(Color a, Color b) {
        if (a == null || b == null) {
            return 21;
        }
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static List<Labeled> labels(Parent root) {
        List<Labeled> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Labeled> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell<?> c && c.isEmpty())) {
            found.add(labeled);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
