package org.retrotread.ui.clients;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.Bounds;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.BodyMassParser;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.ui.common.TypedSpeed;

/**
 * A client's profile as typed: every field as text, and the message at each field that is wrong. It reads
 * itself into a {@link Client} only when every field is right; what it was when shown tells unsaved edits.
 */
final class ClientForm {

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty identifier = new SimpleStringProperty("");
    final StringProperty identifierWarning = new SimpleStringProperty("");
    final StringProperty referral = new SimpleStringProperty("");
    final ObjectProperty<Client.Side> side = new SimpleObjectProperty<>(Client.Side.NOT_STATED);
    final StringProperty surgeryDate = new SimpleStringProperty("");
    final StringProperty surgeryDateError = new SimpleStringProperty("");
    final StringProperty precautions = new SimpleStringProperty("");
    final StringProperty goals = new SimpleStringProperty("");
    final StringProperty dateOfBirth = new SimpleStringProperty("");
    final StringProperty bodyMass = new SimpleStringProperty("");
    final StringProperty maxSpeed = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final BooleanProperty archived = new SimpleBooleanProperty();
    final StringProperty nameError = new SimpleStringProperty("");
    final StringProperty dateError = new SimpleStringProperty("");
    final StringProperty massError = new SimpleStringProperty("");
    final StringProperty speedError = new SimpleStringProperty("");

    final SafetyForm safety;
    private final Messages text;
    private final DateInput dates;
    /** The client shown (null: a new one), and the form as it was shown: what "unsaved changes" are measured from. */
    private Client shown;
    private List<String> shownAtEdit = List.of();

    ClientForm(Messages text, DateInput dates) {
        this.text = text;
        this.dates = dates;
        this.safety = new SafetyForm(text, () -> dateOfBirth.get().isBlank() ? Optional.empty()
                : dates.read(dateOfBirth.get(), LocalDate.now(ZoneId.systemDefault())).date());
    }

    /** Fills the form from a client's record. */
    void show(Client client) {
        shown = client;
        clearErrors();
        name.set(client.name());
        identifier.set(client.identifier().orElse(""));
        dateOfBirth.set(client.dateOfBirth().map(dates::show).orElse(""));
        bodyMass.set(client.bodyMass().map(m -> text.number(m.kilograms())).orElse(""));
        maxSpeed.set(client.maxSpeed().map(s -> text.number(s.in(text.unit()))).orElse(""));
        notes.set(client.notes());
        archived.set(client.archived());
        referral.set(client.clinical().referral());
        side.set(client.clinical().affectedSide());
        surgeryDate.set(client.clinical().surgeryDate().map(dates::show).orElse(""));
        precautions.set(client.clinical().precautions());
        goals.set(client.clinical().goals());
        safety.show(client.safety());
        shownAtEdit = fields();
    }

    /** A blank form for a new client called {@code newName}. */
    void blank(String newName) {
        shown = null;
        clearErrors();
        name.set(newName);
        for (StringProperty field : List.of(identifier, dateOfBirth, bodyMass, maxSpeed, notes, referral, surgeryDate,
                precautions, goals)) {
            field.set("");
        }
        side.set(Client.Side.NOT_STATED);
        archived.set(false);
        safety.blank();
        shownAtEdit = fields();
    }

    /** The form's fields as text, in order. */
    private List<String> fields() {
        List<String> all = new ArrayList<>(List.of(name.get(), identifier.get(), dateOfBirth.get(), bodyMass.get(),
                maxSpeed.get(), notes.get(), String.valueOf(archived.get()), referral.get(), side.get().name(), surgeryDate.get(),
                precautions.get(), goals.get()));
        all.addAll(safety.fields());
        return all;
    }

    boolean hasUnsavedChanges() {
        return !shownAtEdit.isEmpty() && !fields().equals(shownAtEdit);
    }

    /** The client the form describes, when every field is right; else empty, with the message at each wrong field. */
    Optional<Client> read() {
        clearErrors();
        Optional<LocalDate> dob = date(dateOfBirth, dateError, LocalDate.now(ZoneId.systemDefault()));
        Optional<BodyMass> mass = mass();
        Optional<Speed> speed = speed();
        // A date of surgery may lie ahead (care before an operation); it must be a day that exists.
        Optional<LocalDate> surgery = date(surgeryDate, surgeryDateError, LocalDate.MAX);
        Client.Safety limits = safety.read();
        if (name.get().isBlank()) {
            nameError.set(text.text("ui.clients.nameRequired"));
        }
        if (!nameError.get().isEmpty() || !dateError.get().isEmpty() || !massError.get().isEmpty() || !speedError.get().isEmpty()
                || !surgeryDateError.get().isEmpty() || safety.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Client(shown == null ? 0 : shown.id(), name.get().strip(),
                Optional.of(identifier.get().strip()).filter(s -> !s.isEmpty()), dob, mass, speed, notes.get(), archived.get(),
                new Client.Clinical(referral.get(), side.get(), surgery, precautions.get(), goals.get()), limits));
    }

    private Optional<LocalDate> date(StringProperty typed, StringProperty error, LocalDate latest) {
        if (typed.get().isBlank()) {
            return Optional.empty();
        }
        DateInput.Result read = dates.read(typed.get(), latest);
        error.set(read.problem());
        return read.date();
    }

    private Optional<BodyMass> mass() {
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

    private Optional<Speed> speed() {
        if (maxSpeed.get().isBlank()) {
            return Optional.empty();
        }
        if (shown != null && shown.maxSpeed().isPresent() && maxSpeed.get().equals(shownAtEdit.get(4))) {
            // Shown rounded in the display unit and not touched: keep exactly what is stored (3.5 km/h shown as
            // 2.2 mph must not come back as 3.54 km/h).
            return shown.maxSpeed();
        }
        TypedSpeed.Result read = TypedSpeed.read(maxSpeed.get().strip(), text.unit(), text,
                speed -> !speed.isZero() && !speed.exceeds(Bounds.FASTEST_TARGET),
                () -> text.format("ui.clients.speedRange", Bounds.FASTEST_TARGET));
        speedError.set(read.problem());
        return read.speed();
    }

    private void clearErrors() {
        for (StringProperty error : List.of(surgeryDateError, identifierWarning, nameError, dateError, massError, speedError)) {
            error.set("");
        }
        safety.clearErrors();
    }
}
