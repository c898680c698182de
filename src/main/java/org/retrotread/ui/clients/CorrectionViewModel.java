package org.retrotread.ui.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.retrotread.i18n.Messages;
import org.retrotread.report.CorrectionText;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.correction.CorrectionCheck;
import org.retrotread.session.correction.Corrections;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.text.Echo;
import org.retrotread.session.text.HiddenCharacters;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.SpeedParser;
import org.retrotread.store.Amendment;

/**
 * The correction form of a past session: what to correct (chosen from what the session recorded), its value
 * now (shown, not typed), the new value typed in the reader's units, why, and who. A correction is checked
 * here and again by the store; a refusal stands under the form and nothing is added.
 */
public final class CorrectionViewModel {

    private static final List<String> NO_SCORE = List.of("-", "\u2013", "\u2014");

    private final Messages text;
    private final ClientsService service;
    private final CorrectionText words;
    private final ObservableList<CorrectionTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<CorrectionTarget> target = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final StringProperty why = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private SessionDetail session;
    /** Where a session read again after a correction goes (the clients page shows it). */
    private Consumer<SessionDetail> reopened = d -> { };

    CorrectionViewModel(Messages text, ClientsService service) {
        this.text = text;
        this.service = service;
        this.words = new CorrectionText(text);
        target.addListener((o, was, now) -> showCurrent());
    }

    /**
     * Shows the form for a session (null: none open). The same session read again (after a correction) keeps
     * what was chosen, its value refreshed; another session starts with nothing chosen.
     */
    void show(SessionDetail detail) {
        boolean same = detail != null && session != null && detail.record().id() == session.record().id();
        Optional<CorrectionTarget> chosen = same ? Optional.ofNullable(target.get()) : Optional.empty();
        if (!same) {
            to.set("");
            why.set("");
            error.set("");
        }
        this.session = detail;
        targets.setAll(detail == null ? List.of() : targetsOf(detail.events()));
        target.set(chosen.flatMap(c -> targets.stream().filter(t -> t.field() == c.field() && t.seq().equals(c.seq())).findFirst())
                .orElse(null));
        showCurrent();
    }

    private List<CorrectionTarget> targetsOf(List<SessionEvent> events) {
        List<CorrectionTarget> out = new ArrayList<>();
        out.add(target(CorrectedField.PAIN_BEFORE, OptionalLong.empty(), events));
        out.add(target(CorrectedField.PAIN_AFTER, OptionalLong.empty(), events));
        for (SessionEvent e : events) {
            if (e instanceof CheckInRecorded) {
                out.add(target(CorrectedField.CHECK_IN_EFFORT, OptionalLong.of(e.seq()), events));
                out.add(target(CorrectedField.CHECK_IN_PAIN, OptionalLong.of(e.seq()), events));
            } else if (e instanceof SpeedSet) {
                out.add(target(CorrectedField.SPEED, OptionalLong.of(e.seq()), events));
            } else if (e instanceof NoteAdded) {
                out.add(target(CorrectedField.NOTE, OptionalLong.of(e.seq()), events));
            }
        }
        if (events.stream().anyMatch(e -> e instanceof SessionEnded)) {
            out.add(target(CorrectedField.ENDING, OptionalLong.empty(), events));
        }
        out.add(target(CorrectedField.OTHER, OptionalLong.empty(), events));
        return out;
    }

    private CorrectionTarget target(CorrectedField field, OptionalLong seq, List<SessionEvent> events) {
        return new CorrectionTarget(field, seq, words.what(field, seq, events));
    }

    /** The chosen value as the session stands now (its corrections applied), and what may be typed for it. */
    private void showCurrent() {
        CorrectionTarget t = target.get();
        if (t == null || session == null) {
            from.set("");
            suggestions.clear();
            return;
        }
        from.set(t.field() == CorrectedField.OTHER ? "" : words.value(t.field(), Corrections.current(session.corrected(), t.field(), t.seq())));
        suggestions.setAll(switch (t.field()) {
            case PAIN_BEFORE, PAIN_AFTER, CHECK_IN_EFFORT, CHECK_IN_PAIN -> scores();
            case ENDING -> Arrays.stream(SessionEnded.Ending.values()).map(e -> text.text("Ending." + e.name())).toList();
            default -> List.of();
        });
    }

    private static List<String> scores() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            out.add(String.valueOf(i));
        }
        out.add(NO_SCORE.get(2));
        return out;
    }

    /** Adds the correction: complete, readable and a change, or a message and nothing added. */
    public boolean amend() {
        if (session == null) {
            return false;
        }
        CorrectionTarget t = target.get();
        if (t == null || why.get().isBlank() || who.get().isBlank()) {
            error.set(text.text("ui.clients.amendIncomplete"));
            return false;
        }
        if ((why.get() + who.get()).codePoints().anyMatch(HiddenCharacters::isHidden)) {
            error.set(text.text("correction.hidden")); // who and why are read in the trail as typed: nothing hidden in them
            return false;
        }
        if (why.get().length() > Corrections.LONGEST_NOTE || who.get().length() > Corrections.LONGEST_NOTE) {
            error.set(text.format("correction.tooLong", Corrections.LONGEST_NOTE));
            return false;
        }
        String typed = to.get() == null ? "" : to.get().strip();
        Result value = canonical(t.field(), typed);
        if (value instanceof Refused r) {
            error.set(r.message());
            return false;
        }
        Correction correction = new Correction(t.field(), t.seq(), ((Value) value).canonical());
        Optional<Message> refusal = CorrectionCheck.refusal(session.corrected(), correction,
                session.record().context().treadmillMaxSpeed());
        if (refusal.isPresent()) {
            error.set(text.format(refusal.get()));
            return false;
        }
        error.set("");
        long sessionId = session.record().id();
        service.amend(sessionId, who.get().strip(), why.get().strip(), correction, added -> {
            to.set("");
            why.set("");
            service.session(sessionId, reopened::accept); // shown beside the original at once, every figure corrected
        }, error::set);
        return true;
    }

    void onReopened(Consumer<SessionDetail> action) {
        this.reopened = action;
    }

    private sealed interface Result permits Value, Refused {
    }

    private record Value(String canonical) implements Result {
    }

    private record Refused(String message) implements Result {
    }

    /** What was typed, in the form a correction stores: a score, metres per second, an ending's name, text. */
    private Result canonical(CorrectedField field, String typed) {
        return switch (field) {
            case PAIN_BEFORE, PAIN_AFTER, CHECK_IN_EFFORT, CHECK_IN_PAIN -> score(typed);
            case SPEED -> speed(typed);
            case ENDING -> ending(typed);
            case NOTE, OTHER -> new Value(typed);
        };
    }

    private Result speed(String typed) {
        SpeedParser.Result read = SpeedParser.parse(typed, text.unit());
        return read instanceof SpeedParser.Parsed p ? new Value(Corrections.speedText(p.speed()))
                : new Refused(text.format(((SpeedParser.Refused) read).reason()));
    }

    private Result score(String typed) {
        if (NO_SCORE.contains(typed)) {
            return new Value("");
        }
        if (typed.length() <= 2 && !typed.isEmpty() && typed.chars().allMatch(Character::isDigit) && Integer.parseInt(typed) <= 10) {
            return new Value(String.valueOf(Integer.parseInt(typed)));
        }
        return new Refused(text.format("correction.typedScore", Echo.of(typed)));
    }

    private Result ending(String typed) {
        for (SessionEnded.Ending e : SessionEnded.Ending.values()) {
            if (typed.equalsIgnoreCase(text.text("Ending." + e.name())) || typed.equalsIgnoreCase(e.name())) {
                return new Value(e.name());
            }
        }
        return new Refused(text.format("correction.typedEnding", typed, String.join(", ", suggestions)));
    }

    /** An amendment as one line: when, who, what changed from what to what, and why. */
    public String line(Amendment a) {
        String when = text.dates().shortDateTime(a.madeAt());
        return words.line(a, when, session == null ? List.of() : session.events(), "ui.clients.amendmentLine");
    }

    public ObservableList<CorrectionTarget> targets() { return targets; }
    public ObjectProperty<CorrectionTarget> targetProperty() { return target; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public ObservableList<String> suggestions() { return suggestions; }
    public StringProperty whyProperty() { return why; }
    public StringProperty whoProperty() { return who; }
    public StringProperty errorProperty() { return error; }
}
