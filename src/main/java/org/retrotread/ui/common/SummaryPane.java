package org.retrotread.ui.common;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.report.SessionFacts;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.summary.SessionSummary;

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

    public Node node() {
        SessionFacts facts = new SessionFacts(text, summary, corrected);
        grid.getStyleClass().add("summary-grid");
        add("report.client", about.client().orElse(text.text("report.noClient")));
        add("report.when", about.started().map(t -> text.dates().dateTime(t)).orElse(SessionFacts.NONE));
        add("report.operator", about.operator().isBlank() ? SessionFacts.NONE : about.operator());
        if (facts.anyCorrected()) {
            add("report.corrected", text.text("report.correctedLegend"));
        }
        facts.ending().ifPresent(e -> add("ui.summary.ending", e));
        facts.figures().forEach(f -> addRow(f.label(), f.value()));
        add("ui.summary.energy", facts.mark(facts.energy("\n"), Figure.ENERGY));
        add("ui.summary.phases", facts.phases());
        add("ui.summary.checkIns", facts.mark(checkIns(facts), Figure.CHECK_INS));
        if (!summary.earlyReleases().isEmpty()) {
            add("ui.summary.earlyRelease", String.join("\n", facts.earlyReleases()));
        }
        add("ui.summary.notes", facts.mark(summary.notes().isEmpty() ? SessionFacts.NONE : String.join("\n", summary.notes()),
                Figure.NOTES));
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

    /** Each check-in on a line: when, effort, pain. */
    private String checkIns(SessionFacts facts) {
        if (summary.checkIns().isEmpty()) {
            return SessionFacts.NONE;
        }
        return String.join("\n", summary.checkIns().stream().map(c -> text.format("ui.summary.checkInLine", facts.when(c),
                SessionFacts.score(c.rpe()), SessionFacts.score(c.pain()))).toList());
    }

    private void add(String captionKey, String value) {
        addRow(captionKey == null ? "" : text.text(captionKey), value);
    }

    private void addRow(String name, String value) {
        Label caption = new Label(name);
        caption.getStyleClass().add("caption");
        caption.setMinWidth(Region.USE_PREF_SIZE); // the figures wrap; the names of the rows are never cut
        Label figure = new Label(value);
        figure.getStyleClass().add("summary-value");
        figure.setWrapText(true);
        grid.addRow(row++, caption, figure);
    }
}
