package org.retrotread.ui.clients;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.retrotread.i18n.Messages;
import org.retrotread.session.units.TypedDecimal;
import org.retrotread.session.walktest.Cutoff;
import org.retrotread.store.WalkTest;

/** One client's 3-Metre Backward Walk Test results, the entry of a new one, and the chosen fall-risk cut-off. */
public final class WalkTestViewModel {

    static final Duration FASTEST = Duration.ofMillis(500);
    static final Duration SLOWEST = Duration.ofMinutes(5);

    private final Messages text;
    private final ClientsService service;
    private final DateInput dates;
    private final ObservableList<WalkTest> results = FXCollections.observableArrayList();
    private final ObjectProperty<Cutoff> cutoff = new SimpleObjectProperty<>(Cutoff.COMMUNITY_OLDER_ADULTS);
    private final StringProperty seconds = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty aid = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty secondsError = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");
    private final ObjectProperty<WalkTest> chosen = new SimpleObjectProperty<>();
    private final StringProperty correctSeconds = new SimpleStringProperty("");
    private final StringProperty correctAuthor = new SimpleStringProperty("");
    private final StringProperty correctReason = new SimpleStringProperty("");
    private final StringProperty correctError = new SimpleStringProperty("");
    private long clientId;
    private boolean loadingCutoff;

    WalkTestViewModel(Messages text, ClientsService service, DateInput dates) {
        this.text = text;
        this.service = service;
        this.dates = dates;
        cutoff.addListener((o, was, now) -> {
            if (!loadingCutoff && clientId != 0 && now != null) {
                service.setWalkTestCutoff(clientId, now);
            }
        });
    }

    /** Shows a client's results (0: a client not saved yet, who has none). */
    void show(long client) {
        clientId = client;
        results.clear();
        chosen.set(null);
        correctError.set("");
        seconds.set("");
        aid.set("");
        note.set("");
        date.set(dates.show(LocalDate.now(ZoneId.systemDefault())));
        if (client != 0) {
            service.walkTests(client, results::setAll);
            service.walkTestCutoff(client, chosen -> {
                loadingCutoff = true;
                cutoff.set(chosen.orElse(Cutoff.COMMUNITY_OLDER_ADULTS));
                loadingCutoff = false;
            });
        }
    }

    /** Records the result typed in, once the time and the date are both right. */
    public boolean record() {
        secondsError.set("");
        Optional<Duration> time = time();
        DateInput.Result taken = dates.read(date.get(), LocalDate.now(ZoneId.systemDefault()));
        dateError.set(taken.problem());
        if (clientId == 0) {
            secondsError.set(text.text("ui.walk.saveClientFirst"));
            return false;
        }
        if (time.isEmpty() || taken.date().isEmpty()) {
            return false;
        }
        service.addWalkTest(clientId, taken.date().get(), time.get(), aid.get().strip(), note.get().strip(), added -> {
            results.add(added);
            results.sort(Comparator.comparing(WalkTest::takenOn).thenComparing(WalkTest::id));
            seconds.set("");
            note.set("");
        }, secondsError::set);
        return true;
    }

    /**
     * Corrects the chosen result: the right time, who corrects it and why, all required. The result itself
     * stays on the record as first typed; the correction is added beside it and its time is the one counted.
     */
    public boolean correct() {
        correctError.set("");
        WalkTest result = chosen.get();
        if (result == null) {
            correctError.set(text.text("ui.walk.correctChooseFirst"));
            return false;
        }
        Optional<Duration> time = time(correctSeconds.get(), correctError);
        if (time.isEmpty()) {
            return false;
        }
        if (correctAuthor.get().isBlank() || correctReason.get().isBlank()) {
            correctError.set(text.text("ui.walk.correctNeedsWhoAndWhy"));
            return false;
        }
        service.correctWalkTest(result.id(), time.get(), correctAuthor.get().strip(), correctReason.get().strip(), corrected -> {
            results.replaceAll(w -> w.id() == corrected.id() ? corrected : w);
            chosen.set(corrected);
            correctSeconds.set("");
            correctReason.set("");
        }, correctError::set);
        return true;
    }

    /** One result as the list shows it: date, time, aid, note, and a correction with who, why and the time first typed. */
    public String line(WalkTest w) {
        String base = text.format("ui.walk.line", dates.show(w.takenOn()), text.number(w.time().toMillis() / 1000.0),
                w.aid().isBlank() ? "\u2014" : w.aid()) + (w.note().isBlank() ? "" : " \u00b7 " + w.note());
        return w.correction().map(c -> base + " " + text.format("ui.walk.correctedLine", text.number(c.recorded().toMillis() / 1000.0),
                c.author(), c.reason())).orElse(base);
    }

    private Optional<Duration> time() {
        return time(seconds.get(), secondsError);
    }

    private Optional<Duration> time(String typed, StringProperty error) {
        Optional<Double> s = TypedDecimal.read(typed, "s");
        if (s.isEmpty()) {
            error.set(text.format("ui.walk.secondsNotANumber", typed.strip(), text.number(FASTEST.toMillis() / 1000.0),
                    text.number(SLOWEST.toSeconds())));
            return Optional.empty();
        }
        Duration d = Duration.ofMillis(Math.round(s.get() * 1000));
        if (d.compareTo(FASTEST) >= 0 && d.compareTo(SLOWEST) <= 0) {
            return Optional.of(d);
        }
        error.set(text.format("ui.walk.secondsRange", text.number(FASTEST.toMillis() / 1000.0),
                text.number(SLOWEST.toSeconds())));
        return Optional.empty();
    }

    /** "4.5 s · community older adults (Carter)": a cut-off as the chooser and the chart name it. */
    public String describe(Cutoff c) {
        return text.format("ui.walk.cutoffLine", text.number(c.time().toMillis() / 1000.0),
                text.text("Cutoff." + c.name()), c.source());
    }

    /** The latest result against the cut-off, in words. */
    public String latest() {
        if (results.isEmpty()) {
            return text.text("ui.walk.none");
        }
        WalkTest last = results.get(results.size() - 1);
        return text.format(cutoff.get().flags(last.time()) ? "ui.walk.latestFlagged" : "ui.walk.latestClear",
                text.number(last.time().toMillis() / 1000.0), dates.show(last.takenOn()), describe(cutoff.get()));
    }

    /** Day and month only, for chart ticks. */
    public String showShortDate(LocalDate d) {
        return text.dates().dayMonth(d);
    }

    public ObservableList<WalkTest> results() { return results; }
    public ObjectProperty<Cutoff> cutoffProperty() { return cutoff; }
    public StringProperty secondsProperty() { return seconds; }
    public StringProperty dateProperty() { return date; }
    public StringProperty aidProperty() { return aid; }
    public StringProperty noteProperty() { return note; }
    public StringProperty secondsErrorProperty() { return secondsError; }
    public StringProperty dateErrorProperty() { return dateError; }
    public Messages text() { return text; }
    public ObjectProperty<WalkTest> chosenProperty() { return chosen; }
    public StringProperty correctSecondsProperty() { return correctSeconds; }
    public StringProperty correctAuthorProperty() { return correctAuthor; }
    public StringProperty correctReasonProperty() { return correctReason; }
    public StringProperty correctErrorProperty() { return correctError; }
}
