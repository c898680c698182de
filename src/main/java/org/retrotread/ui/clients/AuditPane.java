package org.retrotread.ui.clients;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.retrotread.i18n.Messages;
import org.retrotread.ui.common.Forms;

/** The client's audit trail tab: whether the trail checks out, every row, and the trail on paper (PDF, Print). */
final class AuditPane {

    private final AuditViewModel model;
    private final ClientsViewModel clients;
    private final ClientsView.ClientPaper pdf;
    private final ClientsView.ClientPaper print;

    AuditPane(ClientsViewModel clients, ClientsView.ClientPaper pdf, ClientsView.ClientPaper print) {
        this.clients = clients;
        this.model = clients.audit();
        this.pdf = pdf;
        this.print = print;
    }

    Node node() {
        Messages text = clients.text();
        Label check = new Label();
        check.setId("audit-check");
        check.getStyleClass().add("caption");
        check.textProperty().bind(model.checkProperty());
        TableView<List<String>> table = new TableView<>(model.rows());
        table.setId("audit-trail");
        table.setPlaceholder(new Label(text.text("audit.empty")));
        List<String> headings = model.headings();
        double[] widths = {0.17, 0.12, 0.31, 0.17, 0.23};
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headings.get(i));
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            c.prefWidthProperty().bind(table.widthProperty().multiply(widths[i]).subtract(3));
            c.setSortable(false); // the trail's order is the order things happened
            c.setCellFactory(col -> new Wrapping());
            table.getColumns().add(c);
        }
        table.setPrefHeight(320);
        Button save = Forms.button("audit-pdf", text.text("audit.savePdf"), () -> make(pdf, check));
        Button printIt = Forms.button("audit-print", text.text("audit.print"), () -> make(print, check));
        for (Button b : List.of(save, printIt)) {
            b.disableProperty().bind(clients.editingProperty().isNull());
        }
        for (Button b : List.of(save, printIt)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // a button's name is never cut
        }
        check.setWrapText(true); // the sentence takes what room is left, on two lines if it must
        check.setMinWidth(0);
        check.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(check, Priority.ALWAYS);
        HBox bar = new HBox(12, save, printIt, check);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, table);
        box.setStyle("-fx-padding: 12 0 0 0;");
        return box;
    }

    /** A cell that shows its whole text, on as many lines as the column's width needs: a trail is never cut. */
    private static final class Wrapping extends TableCell<List<String>, String> {
        private final Text lines = new Text();

        Wrapping() {
            lines.wrappingWidthProperty().bind(widthProperty().subtract(12));
            lines.fillProperty().bind(textFillProperty()); // the theme's colour, light or dark
            lines.fontProperty().bind(fontProperty());
            setGraphic(lines);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            lines.setText(empty || item == null ? "" : item);
        }
    }

    private void make(ClientsView.ClientPaper paper, Node owner) {
        if (model.clientId() != 0) {
            paper.make(model.clientId(), owner, notice -> {
                clients.noticeProperty().set(notice);
                model.refresh(); // the export is in the trail now
            });
        }
    }
}
