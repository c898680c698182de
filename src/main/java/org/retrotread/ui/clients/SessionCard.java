package org.retrotread.ui.clients;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.retrotread.i18n.Messages;
import org.retrotread.store.SealChain;
import org.retrotread.ui.common.Forms;
import org.retrotread.ui.common.SessionPaper;
import org.retrotread.ui.common.SummaryPane;

/**
 * A past session over the clients page: its summary, its amendments beside the original record, the
 * form that adds one, and the session on paper (Print, PDF, CSV).
 */
final class SessionCard {

    private final ClientsViewModel model;
    private final Messages text;
    private final VBox card;
    private final ComboBox<CorrectionTarget> what = new ComboBox<>();

    SessionCard(ClientsViewModel model, SessionDetail session, SessionPaper paper) {
        this.model = model;
        this.text = model.text();
        VBox amendments = new VBox(4, Forms.caption(text.text("ui.clients.amendments")));
        amendments.setId("session-amendments");
        if (session.amendments().isEmpty()) {
            amendments.getChildren().add(new Label(text.text("ui.clients.noAmendments")));
        }
        session.amendments().forEach(a -> {
            Label line = new Label(model.corrections().line(a));
            line.setWrapText(true);
            amendments.getChildren().add(line);
        });
        Button close = new Button(text.text("ui.clients.closeSession"));
        close.setId("session-close");
        close.setOnAction(e -> model.open(null));
        Button print = button("session-print", "ui.summary.print", () -> paper.print(close, model.noticeProperty()::set));
        Button pdf = button("session-pdf", "ui.summary.pdf", () -> paper.savePdf(close, model.noticeProperty()::set));
        Button csv = button("session-csv", "ui.summary.csv", () -> paper.saveEventsCsv(close, model.noticeProperty()::set));
        Button fit = button("session-fit", "ui.summary.fit", () -> paper.saveFit(close, model.noticeProperty()::set));
        Button tcx = button("session-tcx", "ui.summary.tcx", () -> paper.saveTcx(close, model.noticeProperty()::set));
        Label notice = new Label();
        notice.setId("session-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty()); // where a saved file went, said on this card, not under it
        var corrected = session.corrected(); // every figure as corrected, each changed one marked
        Label integrity = new Label(text.text("Integrity." + session.integrity().name()));
        integrity.setId("session-integrity");
        integrity.setWrapText(true);
        integrity.getStyleClass().add(session.integrity() == SealChain.Integrity.CHANGED ? "precautions" : "caption");
        card = new VBox(12, integrity, new SummaryPane(corrected.summary(), text,
                new SummaryPane.About(model.clientNameOf(session.record()),
                        Optional.of(session.record().openedAt()), session.record().operator()), corrected.changed()).node(), amendments,
                correctionForm(), new HBox(12, close, print, pdf, csv, fit, tcx), notice);
        card.setId("session-detail");
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(1000);
        card.setMaxHeight(720);
        // The keyboard goes to the card as it shows (not left on the history row behind it): Esc, P, D, V and K work at once.
        close.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                close.requestFocus();
            }
        });
        // The letters on the buttons work as keys, unless a field is being typed in: P, D, V, F, R, and K to correct.
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || typing(e.getTarget())) {
                return;
            }
            switch (e.getCode()) {
                case P -> print.fire();
                case D -> pdf.fire();
                case V -> csv.fire();
                case R -> tcx.fire();
                case F -> fit.fire();
                case K -> what.requestFocus();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /** Whether a key goes into text: a text field, or the editable "to" box. */
    private static boolean typing(Object target) {
        return target instanceof TextInputControl
                || target instanceof ComboBox<?> box && box.isEditable();
    }

    private Button button(String id, String key, Runnable action) {
        return Forms.button(id, text.text(key), action);
    }

    /**
     * What (chosen from what the session recorded), its value now, the new value, why, who: a correction is
     * complete or it is not added (Ctrl+Enter adds it).
     */
    private Node correctionForm() {
        CorrectionViewModel form = model.corrections();
        what.setItems(form.targets());
        what.setId("amend-what");
        what.valueProperty().bindBidirectional(form.targetProperty());
        what.setVisibleRowCount(12);
        what.setPromptText(text.text("ui.clients.amendChoose"));
        Label from = new Label();
        from.setId("amend-from");
        from.textProperty().bind(form.fromProperty());
        from.getStyleClass().add("summary-value");
        from.setMinWidth(60);
        ComboBox<String> to = new ComboBox<>(form.suggestions());
        to.setId("amend-to");
        to.setEditable(true); // typed (a speed, a note) or picked (a score, an ending)
        to.getEditor().textProperty().bindBidirectional(form.toProperty());
        to.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                form.toProperty().set(now);
            }
        });
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-form");
        grid.addRow(0, caption("ui.clients.amendWhat"), what, caption("ui.clients.amendFrom"), from,
                caption("ui.clients.amendTo"), to);
        grid.addRow(1, caption("ui.clients.amendWhy"), Forms.field("amend-why", form.whyProperty()),
                caption("ui.clients.amendWho"), Forms.field("amend-who", form.whoProperty()));
        GridPane.setColumnSpan(grid.getChildren().get(grid.getChildren().size() - 1), 3);
        Button add = new Button(text.text("ui.clients.amendAdd"));
        add.setId("amend-add");
        add.setOnAction(e -> form.amend());
        Label error = new Label();
        error.setId("amend-error");
        error.getStyleClass().add("message");
        error.textProperty().bind(form.errorProperty());
        error.setWrapText(true); // the whole sentence, on two lines if it must: never cut
        error.setMinWidth(0);
        error.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(error, Priority.ALWAYS);
        add.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, grid, new HBox(16, add, error));
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
                e.consume();
                form.amend();
            }
        });
        return box;
    }

    private Label caption(String key) {
        return Forms.caption(text.text(key));
    }

    Node node() {
        return card;
    }
}
