package org.retrotread.ui.console;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.units.Speed;

/** The end-of-session summary: every figure from the engine's summary, with its unit. */
final class SummaryPane {

    private final SessionSummary summary;
    private final Messages text;
    private final GridPane grid = new GridPane();
    private int row;

    SummaryPane(SessionSummary summary, Messages text) {
        this.summary = summary;
        this.text = text;
    }

    Node node() {
        grid.getStyleClass().add("summary-grid");
        summary.ending().ifPresent(e -> add("ui.summary.ending", text.text("Ending." + e.name())
                + summary.endReason().filter(r -> !r.isEmpty()).map(r -> " \u2014 " + r).orElse("")));
        add("ui.summary.active", Messages.clock(summary.activeTime()));
        add("ui.summary.paused", Messages.clock(summary.pausedTime().plus(summary.stoppedTime())));
        add("ui.summary.rails", text.format("ui.summary.railsValue", Messages.clock(summary.timeOnRails()),
                Messages.clock(summary.timeHandsFree())));
        add("ui.summary.distance", text.format("ui.summary.metres", Math.round(summary.backwardDistance().metres())));
        add("ui.summary.forwardDistance", text.format("ui.summary.metres", Math.round(summary.forwardDistance().metres())));
        add("ui.summary.averageSpeed", speed(summary.averageBackwardSpeed()));
        add("ui.summary.maxSpeed", speed(summary.maxBackwardSpeed()));
        add("ui.summary.painBeforeAfter", score(summary.painBefore()) + " \u2192 " + score(summary.painAfter()));
        add("ui.summary.load", summary.sessionLoad().isPresent()
                ? text.format("ui.summary.loadValue", Math.round(summary.sessionLoad().getAsDouble())) : "\u2014");
        add("ui.summary.energy", energy());
        add("ui.summary.checkIns", String.valueOf(summary.checkIns().size()));
        summary.blocks().forEach(b -> add(b.blockIndex() == 0 ? "ui.summary.blocks" : null,
                text.format("ui.summary.blockLine", b.blockIndex() + 1, text.text("BlockKind." + b.kind().name()),
                        Messages.clock(b.planned()), Messages.clock(b.actual()))
                        + b.skippedBecause().map(r -> text.format("ui.summary.skipped", r)).orElse("")));
        Label title = new Label(text.text("ui.summary.title"));
        title.getStyleClass().add("summary-title");
        VBox box = new VBox(16, title, grid);
        box.setId("summary");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private String speed(java.util.Optional<Speed> speed) {
        return speed.map(text::speed).orElse("\u2014");
    }

    private static String score(java.util.OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "\u2014";
    }

    private String energy() {
        if (summary.energy() instanceof EnergyEstimate.Estimated e) {
            return text.format("ui.summary.kcal", Math.round(e.energy().kilocalories())) + "\n" + text.text(e.sourceKey());
        }
        return text.text(((EnergyEstimate.NotEstimable) summary.energy()).reasonKey());
    }

    private void add(String captionKey, String value) {
        Label caption = new Label(captionKey == null ? "" : text.text(captionKey));
        caption.getStyleClass().add("caption");
        Label figure = new Label(value);
        figure.getStyleClass().add("summary-value");
        figure.setWrapText(true);
        grid.addRow(row++, caption, figure);
    }
}
