package org.retrotread.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.report.CorrectionText;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.plan.PhaseKind;
import org.retrotread.session.summary.CheckInEntry;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.units.Speed;

/** The end-of-session summary: every figure from the engine's summary, with its unit. */
public final class SummaryPane {

    private final SessionSummary summary;
    private final Messages text;
    private final About about;

    /**
     * Whose session it was, when, and who ran it: the first rows, so a summary on screen is never anonymous.
     *
     * @param client   the client's name (empty: the session ran for nobody)
     * @param started  when it started (empty: it never did)
     */
    public record About(Optional<String> client, Optional<Instant> started, String operator) {
    }
    private final Set<Figure> corrected;
    private final GridPane grid = new GridPane();
    private int row;

    public SummaryPane(SessionSummary summary, Messages text, About about) {
        this(summary, text, about, Set.of());
    }

    /** A summary with corrections applied: each figure they changed is marked, with a line saying what the mark means. */
    public SummaryPane(SessionSummary summary, Messages text, About about, Set<Figure> corrected) {
        this.summary = summary;
        this.text = text;
        this.about = about;
        this.corrected = Set.copyOf(corrected);
    }

    private String mark(String value, Figure figure) {
        return CorrectionText.marked(value, corrected.contains(figure));
    }

    public Node node() {
        grid.getStyleClass().add("summary-grid");
        add("report.client", about.client().orElse(text.text("report.noClient")));
        add("report.when", about.started().map(t -> text.dates().dateTime(t)).orElse("\u2014"));
        add("report.operator", about.operator().isBlank() ? "\u2014" : about.operator());
        if (!corrected.isEmpty()) {
            add("report.corrected", text.text("report.correctedLegend"));
        }
        summary.ending().ifPresent(e -> add("ui.summary.ending", mark(text.text("Ending." + e.name()), Figure.ENDING)
                + summary.endReason().filter(r -> !r.isEmpty()).map(r -> " \u2014 " + r).orElse("")));
        add("ui.summary.active", Messages.clock(summary.activeTime()));
        add("ui.summary.paused", Messages.clock(summary.pausedTime().plus(summary.stoppedTime())));
        add("ui.summary.rails", text.format("ui.summary.railsValue", Messages.clock(summary.timeOnRails()),
                Messages.clock(summary.timeHandsFree())));
        add("ui.summary.distance", mark(text.format("ui.summary.metres", Math.round(summary.backwardDistance().metres())),
                Figure.DISTANCE));
        add("ui.summary.forwardDistance", mark(text.format("ui.summary.metres", Math.round(summary.forwardDistance().metres())),
                Figure.DISTANCE));
        add("ui.summary.averageSpeed", mark(speed(summary.averageBackwardSpeed()), Figure.DISTANCE));
        add("ui.summary.maxSpeed", mark(speed(summary.maxBackwardSpeed()), Figure.MAX_SPEED));
        add("ui.summary.painBeforeAfter", mark(score(summary.painBefore()), Figure.PAIN_BEFORE) + " \u2192 "
                + mark(score(summary.painAfter()), Figure.PAIN_AFTER));
        add("ui.summary.load", mark(summary.sessionLoad().isPresent()
                ? text.format("ui.summary.loadValue", Math.round(summary.sessionLoad().getAsDouble())) : "\u2014", Figure.EFFORT));
        add("ui.summary.energy", mark(energy(), Figure.ENERGY));
        add("ui.summary.phases", phases());
        add("ui.summary.checkIns", mark(checkIns(), Figure.CHECK_INS));
        add("ui.summary.emergencyStops", String.valueOf(summary.emergencyStops()));
        if (!summary.earlyReleases().isEmpty()) {
            add("ui.summary.earlyRelease", String.join("\n", summary.earlyReleases().stream()
                    .map(r -> text.format("ui.summary.earlyReleaseLine", Messages.clock(r.at()), r.reason())).toList()));
        }
        add("ui.summary.notes", mark(summary.notes().isEmpty() ? "\u2014" : String.join("\n", summary.notes()), Figure.NOTES));
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

    /** "Handrail 1:00 · Ramp 3:00 · ...", in the order phases come in a session. */
    private String phases() {
        StringBuilder line = new StringBuilder();
        for (PhaseKind phase : PhaseKind.values()) {
            Duration time = summary.timeByPhase().get(phase);
            if (time != null) {
                line.append(line.length() == 0 ? "" : " \u00b7 ").append(text.text("PhaseKind." + phase.name()))
                        .append(' ').append(Messages.clock(time));
            }
        }
        return line.length() == 0 ? "\u2014" : line.toString();
    }

    /** Each check-in on a line: when, effort, pain. */
    private String checkIns() {
        if (summary.checkIns().isEmpty()) {
            return "\u2014";
        }
        StringBuilder lines = new StringBuilder();
        for (CheckInEntry c : summary.checkIns()) {
            String when = switch (c.when()) {
                case BEFORE_START -> text.text("ui.summary.before");
                case AFTER_END -> text.text("ui.summary.after");
                default -> Messages.clock(c.at());
            };
            lines.append(lines.length() == 0 ? "" : "\n").append(text.format("ui.summary.checkInLine", when,
                    score(c.rpe()), score(c.pain())));
        }
        return lines.toString();
    }

    private String speed(Optional<Speed> speed) {
        return speed.map(text::speed).orElse("\u2014");
    }

    private static String score(OptionalInt value) {
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
        caption.setMinWidth(Region.USE_PREF_SIZE); // the figures wrap; the names of the rows are never cut
        Label figure = new Label(value);
        figure.getStyleClass().add("summary-value");
        figure.setWrapText(true);
        grid.addRow(row++, caption, figure);
    }
}
