package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.retrotread.i18n.Messages;
import org.retrotread.report.CorrectionText;
import org.retrotread.session.correction.Figure;
import org.retrotread.store.Client;
import org.retrotread.store.ClientOverview;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.SessionRecord;

/**
 * The client list, one client's profile form and their session history. The form is checked field
 * by field on save; nothing is saved while a field is wrong, and the message stands at that field.
 */
public final class ClientsViewModel {

    private final Messages text;
    private final ClientsService service;
    private final ObservableList<ClientOverview> all = FXCollections.observableArrayList();
    private final FilteredList<ClientOverview> shown = new FilteredList<>(all);
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Client> editing = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<SessionDetail> openSession = new SimpleObjectProperty<>();
    private final CorrectionViewModel corrections;
    private final AuditViewModel audit;
    private final DateInput dates;
    private final ClientForm form;
    /** The identifier already warned about: saving again with it keeps it (two records may truly share one). */
    private String identifierWarnedFor = "";
    private final WalkTestViewModel walkTests;

    public ClientsViewModel(Messages text, ClientsService service) {
        this.text = text;
        this.service = service;
        this.dates = new DateInput(text);
        this.form = new ClientForm(text, dates);
        this.walkTests = new WalkTestViewModel(text, service, dates);
        this.corrections = new CorrectionViewModel(text, service);
        this.audit = new AuditViewModel(text, service);
        corrections.onReopened(detail -> {
            openSession.set(detail);
            Client shownClient = editing.get();
            if (shownClient != null && shownClient.id() != 0) {
                service.history(shownClient.id(), history::setAll); // the list shows the corrected figures too
            }
        });
        openSession.addListener((o, was, now) -> corrections.show(now));
        search.addListener((o, was, now) -> shown.setPredicate(c -> matches(c.client(), now)));
        reload(null);
    }

    private static boolean matches(Client c, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(t)
                || c.identifier().map(id -> id.toLowerCase(Locale.ROOT).contains(t)).orElse(false);
    }

    private void reload(Long select) {
        service.overview(rows -> {
            all.setAll(rows);
            if (select != null) {
                rows.stream().filter(r -> r.client().id() == select).findFirst().ifPresent(r -> edit(r.client()));
            }
        });
    }

    /** Shows a client in the form, with their history. */
    public void edit(Client client) {
        editing.set(client);
        form.show(client);
        identifierWarnedFor = "";
        history.clear();
        if (client.id() != 0) {
            service.history(client.id(), history::setAll);
        }
        walkTests.show(client.id());
        audit.show(client.id());
    }

    /** Opens a past session from the history: its summary and amendments (null closes it). */
    public void open(HistoryRow row) {
        if (row == null) {
            openSession.set(null);
        } else {
            service.session(row.sessionId(), openSession::set);
        }
    }

    /** A blank form for a new client, named after what was searched for. */
    public void newClient() {
        editing.set(null);
        form.blank(search.get().strip());
        identifierWarnedFor = "";
        history.clear();
        walkTests.show(0);
        audit.show(0);
    }

    /** Whether the form holds edits not yet saved: leaving would lose them, so the screen asks first. */
    public boolean hasUnsavedChanges() {
        return form.hasUnsavedChanges();
    }

    /** Checks every field; saves when all are right. */
    public boolean save() {
        notice.set("");
        Optional<Client> read = form.read();
        if (read.isEmpty() || sharesIdentifier()) {
            return false;
        }
        Client client = read.get();
        // Saved against the profile as it was opened: someone else's save meanwhile is said, never overwritten. The
        // form keeps these edits, and the profile as it is now becomes the one a second Save is measured against.
        service.save(Optional.ofNullable(editing.get()), client, saved -> {
            notice.set(text.format("ui.clients.saved", saved.name()));
            reload(saved.id());
        }, editing::set, notice::set);
        return true;
    }

    /**
     * A second client with the same identifier is most often the same person entered twice: said at the
     * field before saving, and saved only when Save is pressed again with it unchanged.
     */
    private boolean sharesIdentifier() {
        String id = form.identifier.get().strip();
        long self = editing.get() == null ? 0 : editing.get().id();
        Optional<Client> other = all.stream().map(ClientOverview::client)
                .filter(c -> c.id() != self && c.identifier().filter(i -> i.strip().equalsIgnoreCase(id)).isPresent()).findFirst();
        if (id.isEmpty() || other.isEmpty() || id.equalsIgnoreCase(identifierWarnedFor)) {
            return false;
        }
        identifierWarnedFor = id;
        form.identifierWarning.set(text.format("ui.clients.identifierInUse", id, other.get().name()));
        return true;
    }

    String date(LocalDate date) {
        return dates.show(date);
    }

    /** One history row as the table shows it: date, plan, mode, active time, hands-free, top speed, pain, ending. */
    public String[] historyCells(HistoryRow row) {
        String opened = text.dates().shortDateTime(row.openedAt());
        return new String[] {opened, row.planName(), text.text("TreadmillMode." + row.mode().name()),
                row.activeTime().map(Messages::clock).orElse("\u2014"), row.handsFree().map(Messages::clock).orElse("\u2014"),
                marked(row, row.maxBackwardSpeed().map(text::speed).orElse("\u2014"), Figure.MAX_SPEED),
                row.gradeAndHeart().steepestGrade().map(text::grade).orElse("\u2014"), heartRate(row),
                marked(row, row.painBefore().map(String::valueOf).orElse("\u2014"), Figure.PAIN_BEFORE) + " \u2192 "
                        + marked(row, row.painAfter().map(String::valueOf).orElse("\u2014"), Figure.PAIN_AFTER),
                marked(row, row.ending().map(e -> text.text("Ending." + e.name())).orElse(text.text("ui.clients.open")), Figure.ENDING)};
    }

    /** The highest heart rate taken, marked when some of the session was spent above the ceiling. */
    private String heartRate(HistoryRow row) {
        boolean above = row.gradeAndHeart().aboveCeiling().map(d -> !d.isZero()).orElse(false);
        return row.gradeAndHeart().highestHeartRate().map(h -> text.heartRate(h) + (above ? " \u25b2" : "")).orElse("\u2014");
    }

    /** A figure a correction changed carries the mark; the session card says what it means and shows the original. */
    private static String marked(HistoryRow row, String value, Figure figure) {
        return CorrectionText.marked(value, row.isCorrected(figure));
    }

    /** The list's second line for a client: last session and sessions this week. */
    public String overviewLine(ClientOverview c) {
        String last = c.lastSession().map(t -> text.dates().date(t)).orElse(text.text("ui.clients.never"));
        return text.format("ui.clients.overviewLine", last, c.sessionsThisWeek());
    }

    public WalkTestViewModel walkTests() { return walkTests; }
    public ObjectProperty<SessionDetail> openSessionProperty() { return openSession; }
    /** The audit trail of the client shown. */
    public AuditViewModel audit() { return audit; }

    /** The correction form of the open session. */
    public CorrectionViewModel corrections() { return corrections; }
    public FilteredList<ClientOverview> shown() { return shown; }
    public ObservableList<HistoryRow> history() { return history; }
    public StringProperty searchProperty() { return search; }
    public StringProperty nameProperty() { return form.name; }
    public StringProperty identifierProperty() { return form.identifier; }
    public StringProperty identifierWarningProperty() { return form.identifierWarning; }
    public StringProperty referralProperty() { return form.referral; }
    public ObjectProperty<Client.Side> sideProperty() { return form.side; }
    public StringProperty surgeryDateProperty() { return form.surgeryDate; }
    public StringProperty surgeryDateErrorProperty() { return form.surgeryDateError; }
    public StringProperty precautionsProperty() { return form.precautions; }
    public StringProperty goalsProperty() { return form.goals; }
    /** The limits beyond speed: steepest grade, heart-rate ceiling, heart rate not a guide. */
    SafetyForm safety() { return form.safety; }
    /** The name of the client a past session was for: the one whose history it was opened from. */
    public Optional<String> clientNameOf(SessionRecord session) {
        return Optional.ofNullable(editing.get()).filter(c -> session.clientId().equals(Optional.of(c.id()))).map(Client::name);
    }

    public StringProperty dateOfBirthProperty() { return form.dateOfBirth; }
    /** The form a date is typed in, shown in the empty field (e.g. "such as 3/28/1956"). */
    public String datePrompt() { return dates.prompt(); }
    public StringProperty bodyMassProperty() { return form.bodyMass; }
    public StringProperty maxSpeedProperty() { return form.maxSpeed; }
    public StringProperty notesProperty() { return form.notes; }
    public BooleanProperty archivedProperty() { return form.archived; }
    public StringProperty nameErrorProperty() { return form.nameError; }
    public StringProperty dateErrorProperty() { return form.dateError; }
    public StringProperty massErrorProperty() { return form.massError; }
    public StringProperty speedErrorProperty() { return form.speedError; }
    public StringProperty noticeProperty() { return notice; }
    /** The client whose profile is shown (none while a new one is being added). */
    public ReadOnlyObjectProperty<Client> editingProperty() { return editing; }
    public Messages text() { return text; }
}
