package org.retrotread.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * A short list to pick one item from, by keyboard (Up, Down, Home, End, Page Up, Page Down) or mouse,
 * drawn with plain labels: the start screen's plan list. A ListView's virtual flow, scroll bars and
 * cell skins cost the start screen's first frame about a tenth of a second (decision 0010), and a list of
 * a handful of plans needs none of them. It shows {@code rows} items at a time; the window follows the
 * selection (and the mouse wheel), and the line under it says how many more there are. A row's label is
 * made only when an item needs it (most lists are shorter than their window, and every label is work for
 * the first frame), but the box is always as tall as its full window, so nothing below it moves.
 */
public final class ChoiceList<T> extends VBox {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("selected");

    private final ObservableList<T> items;
    private final Function<T, String> label;
    private final int capacity;
    private final Rows rows;
    private final Label more = new Label();
    private final IntFunction<String> moreAbove;
    private final IntFunction<String> moreBelow;
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>(this, "selected");
    /** The index of the item in the top row. */
    private int first;

    /**
     * @param moreAbove the line's words for n items above the window ("2 more above"), likewise below
     */
    public ChoiceList(ObservableList<T> items, Function<T, String> label, int rows, IntFunction<String> moreAbove,
                      IntFunction<String> moreBelow) {
        this.items = items;
        this.label = label;
        this.moreAbove = moreAbove;
        this.moreBelow = moreBelow;
        this.capacity = rows;
        this.rows = new Rows();
        this.rows.getStyleClass().add("choice-rows");
        more.getStyleClass().add("choice-more");
        getChildren().addAll(this.rows, more);
        getStyleClass().add("choice-list");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        accessibleTextProperty().bind(selected.map(label));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        setOnScroll(e -> scrollBy(e.getDeltaY() > 0 ? -1 : e.getDeltaY() < 0 ? 1 : 0));
        items.addListener((ListChangeListener<T>) c -> showSelected());
        selected.addListener((o, was, now) -> showSelected());
        showSelected();
    }

    /** The chosen item, or null when the list is empty. */
    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public ObservableList<T> items() {
        return items;
    }

    private void key(KeyEvent e) {
        int at = items.indexOf(selected.get());
        int to = switch (e.getCode()) {
            case UP, KP_UP -> at - 1;
            case DOWN, KP_DOWN -> at + 1;
            case HOME -> 0;
            case END -> items.size() - 1;
            case PAGE_UP -> at - capacity;
            case PAGE_DOWN -> at + capacity;
            default -> Integer.MIN_VALUE;
        };
        if (to == Integer.MIN_VALUE || items.isEmpty()) {
            return;
        }
        e.consume();
        selected.set(items.get(Math.max(0, Math.min(items.size() - 1, to))));
    }

    private void scrollBy(int step) {
        first = Math.max(0, Math.min(first + step, items.size() - capacity));
        draw();
    }

    /** Moves the window so the chosen item is in it, then redraws. */
    private void showSelected() {
        int at = items.indexOf(selected.get());
        if (at >= 0 && at < first) {
            first = at;
        } else if (at >= first + capacity) {
            first = at - capacity + 1;
        }
        first = Math.max(0, Math.min(first, items.size() - capacity));
        draw();
    }

    private void draw() {
        rows.show(Math.min(capacity, items.size()));
        List<Node> shown = rows.getChildren();
        for (int i = 0; i < shown.size(); i++) {
            int index = first + i;
            T item = index < items.size() ? items.get(index) : null;
            Label row = (Label) shown.get(i);
            row.setText(item == null ? "" : label.apply(item));
            row.pseudoClassStateChanged(CHOSEN, item != null && Objects.equals(item, selected.get()));
        }
        int below = Math.max(0, items.size() - first - capacity);
        String text = (first > 0 ? moreAbove.apply(first) : "")
                + (first > 0 && below > 0 ? "   " : "")
                + (below > 0 ? moreBelow.apply(below) : "");
        more.setText(text);
    }

    private Label row(int offset) {
        Label row = new Label();
        row.getStyleClass().add("choice");
        row.setMaxWidth(Double.MAX_VALUE);
        row.setAccessibleRole(AccessibleRole.LIST_ITEM);
        row.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && first + offset < items.size()) {
                requestFocus();
                selected.set(items.get(first + offset));
            }
        });
        return row;
    }

    /**
     * The framed box of rows: as tall as its whole window of rows however many are made. One row is
     * always there (empty when the list is), to measure a row's height by.
     */
    private final class Rows extends VBox {

        /** Makes or drops labels until there are {@code count} rows (one at the least). */
        void show(int count) {
            int wanted = Math.max(1, count);
            while (getChildren().size() < wanted) {
                getChildren().add(row(getChildren().size()));
            }
            if (getChildren().size() > wanted) {
                getChildren().remove(wanted, getChildren().size());
            }
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefHeight(double width) {
            double row = getChildren().get(0).prefHeight(-1);
            return snappedTopInset() + snappedBottomInset() + snapSizeY(capacity * row + (capacity - 1) * getSpacing());
        }
    }
}
