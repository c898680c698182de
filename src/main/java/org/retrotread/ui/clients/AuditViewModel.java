package org.retrotread.ui.clients;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.retrotread.i18n.Messages;
import org.retrotread.report.AuditText;

/**
 * A client's audit trail on screen: every row as the printed trail has it, newest last, and whether the trail
 * still checks out. Read again whenever the client is shown or the tab is opened.
 */
public final class AuditViewModel {

    private final Messages text;
    private final ClientsService service;
    private final AuditText words;
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final StringProperty check = new SimpleStringProperty("");
    private long clientId;

    AuditViewModel(Messages text, ClientsService service) {
        this.text = text;
        this.service = service;
        this.words = new AuditText(text, ZoneId.systemDefault());
    }

    /** Shows a client's trail (0: a client not yet saved has none). */
    void show(long client) {
        clientId = client;
        rows.clear();
        check.set("");
        if (client != 0) {
            refresh();
        }
    }

    public void refresh() {
        long asked = clientId;
        if (asked == 0) {
            return;
        }
        service.auditTrail(asked, trail -> {
            if (asked != clientId) {
                return; // another client was opened meanwhile
            }
            if (trail == null) { // the reason was said in the screen's notice
                rows.clear();
                check.set(text.text("audit.notRead"));
                return;
            }
            rows.setAll(trail.entries().stream().map(words::cells).toList());
            check.set(text.text(trail.intact() ? "audit.intact" : "audit.changed"));
        });
    }

    public List<String> headings() {
        return words.headings();
    }

    public ObservableList<List<String>> rows() { return rows; }
    public StringProperty checkProperty() { return check; }
    public long clientId() { return clientId; }
}
