package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.retrotread.i18n.Messages;
import org.retrotread.report.CorrectionText;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.BodyMassParser;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.ClientOverview;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.SessionRecord;
import org.retrotread.ui.common.TypedSpeed;

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
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty identifier = new SimpleStringProperty("");
    private final StringProperty identifierWarning = new SimpleStringProperty("");
    private final StringProperty referral = new SimpleStringProperty("");
    private final ObjectProperty<Client.Side> side =
            new SimpleObjectProperty<>(Client.Side.NOT_STATED);
    private final StringProperty surgeryDate = new SimpleStringProperty("");
    private final StringProperty surgeryDateError = new SimpleStringProperty("");
    private final StringProperty precautions = new SimpleStringProperty("");
    private final StringProperty goals = new SimpleStringProperty("");
    /** The identifier already warned about: saving again with it keeps it (two records may truly share one). */
    private String identifierWarnedFor = "";
    private final StringProperty dateOfBirth = new SimpleStringProperty("");
    private final StringProperty bodyMass = new SimpleStringProperty("");
    private final StringProperty maxSpeed = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty archived = new SimpleBooleanProperty();
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty massError = new SimpleStringProperty("");
    private final StringProperty speedError = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<SessionDetail> openSession = new SimpleObjectProperty<>();
    private final CorrectionViewModel corrections;
    private final AuditViewModel audit;
    private final DateInput dates;
    /** The form as it was shown (a client opened, or a new one begun): what "unsaved changes" are measured from. */
    private List<String> shownAtEdit = List.of();
    private final WalkTestViewModel walkTests;

    public ClientsViewModel(Messages text, ClientsService service) {
        this.text = text;
        this.service = service;
        this.dates = new DateInput(text);
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
        clearErrors();
        name.set(client.name());
        identifier.set(client.identifier().orElse(""));
        dateOfBirth.set(client.dateOfBirth().map(this::date).orElse(""));
        bodyMass.set(client.bodyMass().map(m -> text.number(m.kilograms())).orElse(""));
        maxSpeed.set(client.maxSpeed().map(s -> text.number(s.in(text.unit()))).orElse(""));
        notes.set(client.notes());
        archived.set(client.archived());
        referral.set(client.clinical().referral());
        side.set(client.clinical().affectedSide());
        surgeryDate.set(client.clinical().surgeryDate().map(this::date).orElse(""));
        precautions.set(client.clinical().precautions());
        goals.set(client.clinical().goals());
        shownAtEdit = form();
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
        clearErrors();
        name.set(search.get().strip());
        for (StringProperty field : List.of(identifier, dateOfBirth, bodyMass, maxSpeed, notes, referral, surgeryDate,
                precautions, goals)) {
            field.set("");
        }
        side.set(Client.Side.NOT_STATED);
        archived.set(false);
        shownAtEdit = form();
        identifierWarnedFor = "";
        history.clear();
        walkTests.show(0);
        audit.show(0);
    }

    /** The form's fields as text, in order: name, identifier, date of birth, body mass, maximum speed, notes, archived. */
    private List<String> form() {
        return List.of(name.get(), identifier.get(), dateOfBirth.get(), bodyMass.get(), maxSpeed.get(), notes.get(),
                String.valueOf(archived.get()), referral.get(), side.get().name(), surgeryDate.get(), precautions.get(), goals.get());
    }

    /** Whether the form holds edits not yet saved: leaving would lose them, so the screen asks first. */
    public boolean hasUnsavedChanges() {
        return !shownAtEdit.isEmpty() && !form().equals(shownAtEdit);
    }

    /** Checks every field; saves when all are right. */
    public boolean save() {
        clearErrors();
        notice.set("");
        Optional<LocalDate> dob = parseDate();
        Optional<BodyMass> mass = parseMass();
        Optional<Speed> speed = parseSpeed();
        Optional<LocalDate> surgery = parseSurgeryDate();
        if (name.get().isBlank()) {
            nameError.set(text.text("ui.clients.nameRequired"));
        }
        if (!nameError.get().isEmpty() || !dateError.get().isEmpty() || !massError.get().isEmpty() || !speedError.get().isEmpty()
                || !surgeryDateError.get().isEmpty()) {
            return false;
        }
        if (sharesIdentifier()) {
            return false;
        }
        long id = editing.get() == null ? 0 : editing.get().id();
        Client client = new Client(id, name.get().strip(), Optional.of(identifier.get().strip()).filter(s -> !s.isEmpty()),
                dob, mass, speed, notes.get(), archived.get(), new Client.Clinical(referral.get(), side.get(), surgery, precautions.get(),
                goals.get()));
        service.save(client, saved -> {
            notice.set(text.format("ui.clients.saved", saved.name()));
            reload(saved.id());
        }, notice::set);
        return true;
    }

    /**
     * A second client with the same identifier is most often the same person entered twice: said at the
     * field before saving, and saved only when Save is pressed again with it unchanged.
     */
    private boolean sharesIdentifier() {
        String id = identifier.get().strip();
        long self = editing.get() == null ? 0 : editing.get().id();
        Optional<Client> other = all.stream().map(ClientOverview::client)
                .filter(c -> c.id() != self && c.identifier().filter(i -> i.strip().equalsIgnoreCase(id)).isPresent()).findFirst();
        if (id.isEmpty() || other.isEmpty() || id.equalsIgnoreCase(identifierWarnedFor)) {
            return false;
        }
        identifierWarnedFor = id;
        identifierWarning.set(text.format("ui.clients.identifierInUse", id, other.get().name()));
        return true;
    }

    /** A date of surgery may lie ahead (care before an operation); it must be a day that exists. */
    private Optional<LocalDate> parseSurgeryDate() {
        if (surgeryDate.get().isBlank()) {
            return Optional.empty();
        }
        DateInput.Result read = dates.read(surgeryDate.get(), LocalDate.MAX);
        surgeryDateError.set(read.problem());
        return read.date();
    }

    private Optional<LocalDate> parseDate() {
        if (dateOfBirth.get().isBlank()) {
            return Optional.empty();
        }
        DateInput.Result read = dates.read(dateOfBirth.get(), LocalDate.now(ZoneId.systemDefault()));
        dateError.set(read.problem());
        return read.date();
    }

    private Optional<BodyMass> parseMass() {
        if (bodyMass.get().isBlank()) {
            return Optional.empty();
        }
        BodyMassParser.Result read = BodyMassParser.parse(bodyMass.get());
        if (read instanceof BodyMassParser.Refused r) {
            massError.set(text.format(r.reason()));
            return Optional.empty();
        }
        return Optional.of(((BodyMassParser.Parsed) read).mass());
    }

    private Optional<Speed> parseSpeed() {
        if (maxSpeed.get().isBlank()) {
            return Optional.empty();
        }
        if (editing.get() != null && editing.get().maxSpeed().isPresent() && maxSpeed.get().equals(shownAtEdit.get(4))) {
            // Shown rounded in the display unit and not touched: keep exactly what is stored (3.5 km/h shown as
            // 2.2 mph must not come back as 3.54 km/h).
            return editing.get().maxSpeed();
        }
        TypedSpeed.Result read = TypedSpeed.read(maxSpeed.get().strip(), text.unit(), text,
                speed -> !speed.isZero() && !speed.exceeds(Bounds.FASTEST_TARGET),
                () -> text.format("ui.clients.speedRange", Bounds.FASTEST_TARGET));
        speedError.set(read.problem());
        return read.speed();
    }

    private void clearErrors() {
        surgeryDateError.set("");
        identifierWarning.set("");
        nameError.set("");
        dateError.set("");
        massError.set("");
        speedError.set("");
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
                marked(row, row.painBefore().map(String::valueOf).orElse("\u2014"), Figure.PAIN_BEFORE) + " \u2192 "
                        + marked(row, row.painAfter().map(String::valueOf).orElse("\u2014"), Figure.PAIN_AFTER),
                marked(row, row.ending().map(e -> text.text("Ending." + e.name())).orElse(text.text("ui.clients.open")), Figure.ENDING)};
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
    public StringProperty nameProperty() { return name; }
    public StringProperty identifierProperty() { return identifier; }
    public StringProperty identifierWarningProperty() { return identifierWarning; }
    public StringProperty referralProperty() { return referral; }
    public ObjectProperty<Client.Side> sideProperty() { return side; }
    public StringProperty surgeryDateProperty() { return surgeryDate; }
    public StringProperty surgeryDateErrorProperty() { return surgeryDateError; }
    public StringProperty precautionsProperty() { return precautions; }
    public StringProperty goalsProperty() { return goals; }
    /** The name of the client a past session was for: the one whose history it was opened from. */
    public Optional<String> clientNameOf(SessionRecord session) {
        return Optional.ofNullable(editing.get()).filter(c -> session.clientId().equals(Optional.of(c.id()))).map(Client::name);
    }

    public StringProperty dateOfBirthProperty() { return dateOfBirth; }
    /** The form a date is typed in, shown in the empty field (e.g. "such as 3/28/1956"). */
    public String datePrompt() { return dates.prompt(); }
    public StringProperty bodyMassProperty() { return bodyMass; }
    public StringProperty maxSpeedProperty() { return maxSpeed; }
    public StringProperty notesProperty() { return notes; }
    public BooleanProperty archivedProperty() { return archived; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty dateErrorProperty() { return dateError; }
    public StringProperty massErrorProperty() { return massError; }
    public StringProperty speedErrorProperty() { return speedError; }
    public StringProperty noticeProperty() { return notice; }
    /** The client whose profile is shown (none while a new one is being added). */
    public ReadOnlyObjectProperty<Client> editingProperty() { return editing; }
    public Messages text() { return text; }
}
