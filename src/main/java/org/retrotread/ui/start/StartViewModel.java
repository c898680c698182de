package org.retrotread.ui.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionContext;
import org.retrotread.session.SpeedLimits;
import org.retrotread.session.plan.StarterPlans;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.store.Client;
import org.retrotread.store.SavedPlan;

/**
 * The start screen's state: who (a client found by typing, or a new one by name), who runs it,
 * which treadmill mode and plan, and the limits that will be in force.
 */
public final class StartViewModel {

    private final Messages text;
    private final Path database;
    private final boolean readOnly;
    private final Speed treadmillMax;
    /** The deck's grade range (a setting): the usual one until the app says otherwise. */
    private GradeRange treadmillGrades = GradeRange.DEFAULT;
    private final FilteredList<PlanChoice> plans;
    private final FilteredList<Client> matches;
    private final ObservableList<String> operators;
    private final StringProperty clientText = new SimpleStringProperty("");
    private final ObjectProperty<Client> pickedClient = new SimpleObjectProperty<>();
    private final ObjectProperty<TreadmillMode> mode = new SimpleObjectProperty<>(TreadmillMode.POWERED);
    private final ObjectProperty<PlanChoice> selected = new SimpleObjectProperty<>();
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    /** On a clinic workstation: who is signed in (the operator of every session), and where the lists come from. */
    private Optional<Signed> signed = Optional.empty();

    /**
     * A clinic workstation's start screen (decision 0021): the operator is the login, not a typed name.
     *
     * @param login      who is signed in to the clinic server
     * @param dataLine   where sessions go and who is signed in
     * @param copyLine   where the client list comes from when it is this workstation's copy (the server away), and
     *                   when that copy was taken; empty while the server answers
     */
    public record Signed(String login, String dataLine, String copyLine) {
    }

    /**
     * @param database     where sessions are saved, shown so a person knows where their records are
     * @param readOnly     the database can be read but not written: sessions would not be saved
     * @param clients      the clients on record (not archived)
     * @param saved        the plan library (each client's own plans are offered only to them)
     * @param operators    operator names from the settings, most recent first
     * @param treadmillMax the treadmill's maximum speed (a setting)
     */
    public StartViewModel(Messages text, Path database, boolean readOnly, List<Client> clients, List<SavedPlan> saved,
                          List<String> operators, Speed treadmillMax) {
        this.text = text;
        this.database = database;
        this.readOnly = readOnly;
        this.treadmillMax = treadmillMax;
        this.matches = new FilteredList<>(FXCollections.observableArrayList(clients), c -> matchesTyped(c, clientText.get()));
        List<PlanChoice> all = new ArrayList<>();
        saved.forEach(s -> all.add(PlanChoice.of(s)));
        StarterPlans.all(text::text).forEach(s -> all.add(PlanChoice.of(s)));
        all.sort(Comparator.comparingInt(PlanChoice::rank)); // stable: names stay in order within each group
        this.plans = new FilteredList<>(FXCollections.observableArrayList(all), this::offered);
        this.operators = FXCollections.observableArrayList(operators);
        operators.stream().findFirst().ifPresent(operator::set);
        clientText.addListener((o, was, now) -> {
            matches.setPredicate(c -> matchesTyped(c, now));
            if (pickedClient.get() != null && !pickedClient.get().name().equals(now)) {
                pickedClient.set(null);
            }
            refilter();
        });
        pickedClient.addListener((o, was, now) -> refilter());
        mode.addListener((o, was, now) -> refilter());
        selected.set(plans.isEmpty() ? null : plans.get(0));
    }

    /** Plans for the mode and the client; the choice moves to the client's own plan when one appears. */
    private void refilter() {
        PlanChoice before = selected.get();
        boolean hadOwn = !plans.isEmpty() && plans.get(0).rank() == 0;
        plans.setPredicate(this::offered);
        boolean hasOwn = !plans.isEmpty() && plans.get(0).rank() == 0;
        if (before == null || !plans.contains(before) || hasOwn && !hadOwn) {
            selected.set(plans.isEmpty() ? null : plans.get(0));
        }
    }

    private boolean offered(PlanChoice p) {
        Optional<Long> clientId = clientChoice() instanceof ClientChoice.Existing e ? Optional.of(e.client().id()) : Optional.empty();
        return p.plan().mode() == mode.get() && p.offeredTo(clientId);
    }

    private static boolean matchesTyped(Client c, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(t)
                || c.identifier().map(id -> id.toLowerCase(Locale.ROOT).contains(t)).orElse(false);
    }

    /** The client the session will be for, from what was typed and picked. */
    public ClientChoice clientChoice() {
        if (pickedClient.get() != null) {
            return new ClientChoice.Existing(pickedClient.get());
        }
        String typed = clientText.get().strip();
        Optional<Client> exact = matches.stream().filter(c -> c.name().equalsIgnoreCase(typed)).findFirst();
        if (exact.isPresent()) {
            return new ClientChoice.Existing(exact.get());
        }
        if (typed.isEmpty()) {
            return new ClientChoice.Nobody();
        }
        if (matches.size() == 1) {
            return new ClientChoice.Existing(matches.get(0));
        }
        return matches.isEmpty() ? new ClientChoice.NewClient(typed) : new ClientChoice.Unclear(matches.size());
    }

    /** Picks a client from the matches (arrow keys or a click); its name fills the field. */
    public void pick(Client client) {
        pickedClient.set(client);
        if (client != null) {
            clientText.set(client.name());
        }
    }

    /** One line on the chosen client: new, on record (with their limit), or none. */
    /** The chosen client's precautions and red flags, when set: read before every session is started. */
    public StringBinding precautionsLine() {
        return Bindings.createStringBinding(() -> clientChoice() instanceof ClientChoice.Existing e
                && !e.client().clinical().precautions().isBlank()
                ? text.format("ui.start.precautions", e.client().clinical().precautions()) : "", clientText, pickedClient);
    }

    public StringBinding clientLine() {
        return Bindings.createStringBinding(() -> {
            ClientChoice choice = clientChoice();
            if (choice instanceof ClientChoice.Unclear u) {
                return text.format("ui.start.clientUnclear", u.matching());
            }
            if (choice instanceof ClientChoice.NewClient n) {
                return text.format("ui.start.newClient", n.name());
            }
            if (choice instanceof ClientChoice.Existing e) {
                return text.format("ui.start.clientOnRecord", e.client().name(),
                        e.client().maxSpeed().map(text::speed).orElse(text.text("ui.start.noLimit")),
                        e.client().bodyMass().map(m -> text.format("ui.start.mass", Math.round(m.kilograms())))
                                .orElse(text.text("ui.start.noMass")));
            }
            return text.text("ui.start.noClient");
        }, clientText, pickedClient);
    }

    /** The treadmill's grade range (Settings), for the limits said before the start. */
    public void treadmillGrades(GradeRange range) {
        treadmillGrades = range;
    }

    /** The limits a session would run under, and the speed prompts are capped at. */
    public StringBinding limitsLine() {
        return Bindings.createStringBinding(() -> chosen().map(c -> {
            PlanChoice s = c.plan();
            Optional<Speed> clientMax = c.clientMax();
            SpeedLimits limits = c.limits();
            String line = text.format("ui.start.limits", text.speed(limits.planMax()), text.speed(limits.maxStep()),
                    clientMax.map(text::speed).orElse(text.text("ui.start.noLimit")), text.speed(treadmillMax),
                    text.speed(limits.ceiling()));
            Optional<Client> client = clientChoice() instanceof ClientChoice.Existing e ? Optional.of(e.client()) : Optional.empty();
            String grade = GradeAndHeartLine.of(text, s.plan(), client, treadmillGrades);
            line = grade.isEmpty() ? line : line + "\n" + grade;
            return s.plan().mode() == TreadmillMode.UNPOWERED ? line + "\n" + text.text("ui.start.motorOffReminder") : line;
        }).orElse(""), selected, clientText, pickedClient);
    }

    /**
     * Said before the start when the chosen plan asks for more than this client or this treadmill allows:
     * the session runs, with every target held at the ceiling, and the operator knows it beforehand.
     */
    public StringBinding capWarning() {
        return Bindings.createStringBinding(() -> chosen().flatMap(c -> {
            Speed ceiling = c.limits().ceiling();
            return c.plan().plan().fastestTarget().filter(f -> f.exceeds(ceiling))
                    .map(f -> text.format(c.clientMax().filter(m -> !m.exceeds(treadmillMax)).isPresent() ? "ui.start.aboveClientMax"
                            : "ui.start.aboveTreadmillMax", f, ceiling));
        }).orElse(""), selected, clientText, pickedClient);
    }

    /** The plan chosen, with the client's maximum and the limits the session would run under. */
    private record Chosen(PlanChoice plan, Optional<Speed> clientMax, SpeedLimits limits) {
    }

    private Optional<Chosen> chosen() {
        PlanChoice s = selected.get();
        if (s == null) {
            return Optional.empty();
        }
        Optional<Speed> clientMax = clientChoice() instanceof ClientChoice.Existing e ? e.client().maxSpeed() : Optional.empty();
        return Optional.of(new Chosen(s, clientMax, SpeedLimits.of(s.plan(), new SessionContext(clientMax, treadmillMax, Optional.empty()))));
    }

    /** The chosen plan's description (a starter's) or whose it is, then its length and mode. */
    public String describe(PlanChoice choice) {
        if (choice == null) {
            return "";
        }
        String about = choice.starter().map(s -> text.format(s.description()))
                .orElseGet(() -> text.format(choice.rank() == 0 ? "ui.start.clientPlan" : "ui.start.libraryPlan",
                        choice.saved().get().latest().version()));
        String progression = choice.saved().flatMap(SavedPlan::progression)
                .map(r -> "\n\n" + text.format("ui.start.progressionOn", Math.round(r.raisePercent()))).orElse("");
        return about + progression + "\n\n" + text.format("ui.start.planFacts", Messages.clock(choice.plan().plannedDuration()),
                choice.plan().blocks().size(), text.text("TreadmillMode." + choice.plan().mode().name()));
    }

    /** A line of the plan list: the name, marked when it is the client's own. */
    public String label(PlanChoice choice) {
        return choice.rank() == 0 ? text.format("ui.start.ownPlan", choice.plan().name()) : choice.plan().name();
    }

    /** What to start, or empty (with a notice) while the client is unclear. */
    public Optional<StartRequest> request() {
        PlanChoice s = selected.get();
        ClientChoice client = clientChoice();
        if (client instanceof ClientChoice.Unclear u) {
            notice.set(text.format("ui.start.clientUnclear", u.matching()));
            return Optional.empty();
        }
        return s == null ? Optional.empty() : Optional.of(new StartRequest(client, operator.get().strip(), s));
    }

    public String dataLine() { return signed.map(Signed::dataLine).orElse(text.format("ui.start.dataLine", database)); }

    /** A clinic workstation: the login runs every session, and the lines say where the records are. */
    public void signedIn(Signed who) {
        signed = Optional.of(who);
        operators.setAll(who.login());
        operator.set(who.login());
    }

    public Optional<Signed> signed() { return signed; }
    public boolean readOnly() { return readOnly; }
    public String readOnlyText() { return text.format("store.readOnly", database); }
    public FilteredList<PlanChoice> plans() { return plans; }
    public FilteredList<Client> matches() { return matches; }
    public ObservableList<String> operators() { return operators; }
    public StringProperty clientTextProperty() { return clientText; }
    public ObjectProperty<TreadmillMode> modeProperty() { return mode; }
    public ObjectProperty<PlanChoice> selectedProperty() { return selected; }
    public StringProperty operatorProperty() { return operator; }

    /**
     * Up and Down in the operator field: the name on record after ({@code step} 1) or before (-1) the one
     * in the field, round the list. A name being typed is first completed to the first name on record
     * that contains it; if none does, the typing is left alone.
     */
    public void stepOperator(int step) {
        if (signed.isPresent()) {
            return; // the login runs the session
        }
        String typed = operator.get().strip();
        int at = -1;
        for (int i = 0; i < operators.size() && at < 0; i++) {
            at = operators.get(i).equalsIgnoreCase(typed) ? i : -1;
        }
        if (at >= 0) {
            operator.set(operators.get(Math.floorMod(at + step, operators.size())));
            return;
        }
        String part = typed.toLowerCase(Locale.ROOT);
        operators.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(part)).findFirst().ifPresent(operator::set);
    }
    /** News for the person: a backup written, a restore refused. */
    public StringProperty noticeProperty() { return notice; }
    public Messages text() { return text; }
}
