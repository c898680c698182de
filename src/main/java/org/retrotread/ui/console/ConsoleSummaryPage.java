package org.retrotread.ui.console;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.ui.common.Forms;
import org.retrotread.ui.common.SummaryPane;

/**
 * The console once the session is over: its summary, the typed-entry line, news, and the paper buttons.
 * Built once when the session ends; a closing check-in or note redraws only the summary inside it.
 */
final class ConsoleSummaryPage {

    /** What the buttons do (each has its key too: Enter, P, D, V, F, R, X). */
    record Actions(Runnable back, Runnable print, Runnable pdf, Runnable csv, Runnable fit, Runnable tcx, Runnable export) {
    }

    private final ConsoleViewModel model;
    private final VBox page;

    ConsoleSummaryPage(ConsoleViewModel model, Actions actions) {
        this.model = model;
        Messages text = model.text();
        HBox buttons = new HBox(16, button("summary-back", text.text("ui.summary.back"), actions.back()),
                button("summary-print", text.text("ui.summary.print"), actions.print()),
                button("summary-pdf", text.text("ui.summary.pdf"), actions.pdf()),
                button("summary-csv", text.text("ui.summary.csv"), actions.csv()),
                button("summary-fit", text.text("ui.summary.fit"), actions.fit()),
                button("summary-tcx", text.text("ui.summary.tcx"), actions.tcx()),
                button("summary-export", text.text("ui.summary.export"), actions.export()));
        buttons.getStyleClass().add("summary-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label notice = ConsoleLabels.line("summary-notice", model.messageProperty(), "notice");
        page = new VBox(summary(), ConsoleLabels.entryLine(model), notice, buttons);
        VBox.setVgrow(page.getChildren().get(0), Priority.ALWAYS);
    }

    Node node() {
        return page;
    }

    /** The summary again, with what was recorded since it was drawn (a closing check-in, a note). */
    void redraw() {
        page.getChildren().set(0, summary());
        VBox.setVgrow(page.getChildren().get(0), Priority.ALWAYS);
    }

    private Region summary() {
        ConsoleAbout about = model.about();
        Region summary = (Region) new SummaryPane(model.summary(), model.text(), new SummaryPane.About(
                Optional.of(about.clientNameProperty().get()).filter(n -> !n.isBlank()), model.state().wallClockStart(),
                about.operatorProperty().get())).node();
        summary.setPrefHeight(0); // it scrolls: its length is no reason to shrink the console's text (FitToWindow)
        return summary;
    }

    /** Enter is the console's key, and every button has its own: the buttons are for the mouse. */
    private static Button button(String id, String label, Runnable action) {
        Button b = Forms.button(id, label, action);
        b.setFocusTraversable(false);
        return b;
    }
}
