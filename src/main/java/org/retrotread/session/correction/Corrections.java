package org.retrotread.session.correction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.retrotread.session.SessionContext;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.summary.CheckInEntry;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.summary.SummaryCalculator;
import org.retrotread.session.units.Speed;

/**
 * Applies a finished session's corrections, in the order they were made, to its events, and works the summary
 * out again from them: so every figure (pain, effort, distance, speeds, energy, the ending) is the corrected
 * one, and the record itself is never touched. A later correction of the same value replaces an earlier one;
 * both stay in the amendment trail.
 *
 * <p>Pain before and after name no event: they correct the check-in the summary takes the score from, and
 * where the record has none, they supply the score the summary lacked (and a check-in line saying so).
 */
public final class Corrections {

    /** The longest corrected note, as long as a note typed on the console may be. */
    public static final int LONGEST_NOTE = 2000;

    private Corrections() {
    }

    public static Corrected apply(Plan plan, SessionContext context, List<? extends SessionEvent> recorded, List<Correction> corrections) {
        List<SessionEvent> events = new ArrayList<>(recorded);
        Set<Long> changedEvents = new HashSet<>();
        Optional<OptionalInt> painBeforeAdded = Optional.empty();
        Optional<OptionalInt> painAfterAdded = Optional.empty();
        for (Correction c : corrections) {
            switch (c.field()) {
                case PAIN_BEFORE -> {
                    OptionalInt target = painBeforeTarget(events);
                    if (target.isPresent()) {
                        replacePain(events, target.getAsInt(), score(c.value()), changedEvents);
                    } else {
                        painBeforeAdded = Optional.of(score(c.value()));
                    }
                }
                case PAIN_AFTER -> {
                    OptionalInt target = painAfterTarget(events);
                    if (target.isPresent()) {
                        replacePain(events, target.getAsInt(), score(c.value()), changedEvents);
                    } else {
                        painAfterAdded = Optional.of(score(c.value()));
                    }
                }
                case CHECK_IN_PAIN -> index(events, c, CheckInRecorded.class)
                        .ifPresent(i -> replacePain(events, i, score(c.value()), changedEvents));
                case CHECK_IN_EFFORT -> index(events, c, CheckInRecorded.class).ifPresent(i -> {
                    CheckInRecorded was = (CheckInRecorded) events.get(i);
                    replace(events, i, new CheckInRecorded(was.seq(), was.at(), score(c.value()), was.pain()), changedEvents);
                });
                case SPEED -> index(events, c, SpeedSet.class).ifPresent(i -> {
                    SpeedSet was = (SpeedSet) events.get(i);
                    replace(events, i, new SpeedSet(was.seq(), was.at(), speed(c.value()), was.source()), changedEvents);
                });
                case NOTE -> index(events, c, NoteAdded.class).ifPresent(i -> {
                    NoteAdded was = (NoteAdded) events.get(i);
                    replace(events, i, new NoteAdded(was.seq(), was.at(), c.value()), changedEvents);
                });
                case ENDING -> lastIndex(events, e -> e instanceof SessionEnded).ifPresent(i -> {
                    SessionEnded was = (SessionEnded) events.get(i);
                    replace(events, i, new SessionEnded(was.seq(), was.at(), SessionEnded.Ending.valueOf(c.value()), was.reason()),
                            changedEvents);
                });
                case OTHER -> {
                    // kept in the trail only
                }
            }
        }
        SessionSummary before = summarise(plan, context, recorded);
        SessionSummary after = withAddedPain(summarise(plan, context, events), painBeforeAdded, painAfterAdded);
        return new Corrected(events, after, Figure.changed(before, after), changedEvents);
    }

    /** The value a correction of this field would replace, in its canonical form ("" where there is none). */
    public static String current(Corrected session, CorrectedField field, OptionalLong seq) {
        SessionSummary s = session.summary();
        Optional<SessionEvent> event = seq.isPresent()
                ? session.events().stream().filter(e -> e.seq() == seq.getAsLong()).findFirst() : Optional.empty();
        return switch (field) {
            case PAIN_BEFORE -> text(s.painBefore());
            case PAIN_AFTER -> text(s.painAfter());
            case CHECK_IN_EFFORT -> event.filter(e -> e instanceof CheckInRecorded).map(e -> text(((CheckInRecorded) e).rpe())).orElse("");
            case CHECK_IN_PAIN -> event.filter(e -> e instanceof CheckInRecorded).map(e -> text(((CheckInRecorded) e).pain())).orElse("");
            case SPEED -> event.filter(e -> e instanceof SpeedSet).map(e -> speedText(((SpeedSet) e).speed())).orElse("");
            case NOTE -> event.filter(e -> e instanceof NoteAdded).map(e -> ((NoteAdded) e).text()).orElse("");
            case ENDING -> s.ending().map(Enum::name).orElse("");
            case OTHER -> "";
        };
    }

    /** A speed as a correction stores it: metres per second, exactly. */
    public static String speedText(Speed speed) {
        return Double.toString(speed.metresPerSecond());
    }

    /** A score as a correction stores it: the number, or "" for none. */
    public static String text(OptionalInt score) {
        return score.isPresent() ? String.valueOf(score.getAsInt()) : "";
    }

    static OptionalInt score(String value) {
        return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
    }

    static Speed speed(String value) {
        return new Speed(Double.parseDouble(value));
    }

    private static SessionSummary summarise(Plan plan, SessionContext context, List<? extends SessionEvent> events) {
        Duration end = events.isEmpty() ? Duration.ZERO : events.get(events.size() - 1).at();
        return SummaryCalculator.summarise(plan, context, events, end);
    }

    /** The check-in "pain before" comes from: the last before the start with a pain score, else the last before it. */
    static OptionalInt painBeforeTarget(List<SessionEvent> events) {
        int start = firstIndex(events, e -> e instanceof SessionStarted).orElse(events.size());
        List<SessionEvent> before = events.subList(0, start);
        OptionalInt scored = lastIndex(before, e -> e instanceof CheckInRecorded c && c.pain().isPresent());
        return scored.isPresent() ? scored : lastIndex(before, e -> e instanceof CheckInRecorded);
    }

    /** The check-in "pain after" comes from: the last after the start with a pain score, else the last after the end. */
    static OptionalInt painAfterTarget(List<SessionEvent> events) {
        OptionalInt start = firstIndex(events, e -> e instanceof SessionStarted);
        if (start.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt scored = lastIndex(events, e -> e instanceof CheckInRecorded c && c.pain().isPresent());
        if (scored.isPresent() && scored.getAsInt() > start.getAsInt()) {
            return scored;
        }
        OptionalInt end = firstIndex(events, e -> e instanceof SessionEnded);
        OptionalInt last = lastIndex(events, e -> e instanceof CheckInRecorded);
        return end.isPresent() && last.isPresent() && last.getAsInt() > end.getAsInt() ? last : OptionalInt.empty();
    }

    private static void replacePain(List<SessionEvent> events, int i, OptionalInt pain, Set<Long> changed) {
        CheckInRecorded was = (CheckInRecorded) events.get(i);
        replace(events, i, new CheckInRecorded(was.seq(), was.at(), was.rpe(), pain), changed);
    }

    private static void replace(List<SessionEvent> events, int i, SessionEvent now, Set<Long> changed) {
        if (!events.get(i).equals(now)) {
            changed.add(now.seq());
        }
        events.set(i, now);
    }

    /** Where the event a correction names is, if it is there and of the kind the correction changes. */
    static Optional<Integer> index(List<SessionEvent> events, Correction c, Class<? extends SessionEvent> kind) {
        long seq = c.eventSeq().orElseThrow();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).seq() == seq) {
                return kind.isInstance(events.get(i)) ? Optional.of(i) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static OptionalInt firstIndex(List<SessionEvent> events, Predicate<SessionEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt lastIndex(List<SessionEvent> events, Predicate<SessionEvent> p) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (p.test(events.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** A pain score the record lacked, supplied by a correction: the summary's figure and a check-in line. */
    private static SessionSummary withAddedPain(SessionSummary s, Optional<OptionalInt> before, Optional<OptionalInt> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return s;
        }
        List<CheckInEntry> checkIns = new ArrayList<>(s.checkIns());
        before.filter(OptionalInt::isPresent).ifPresent(p -> checkIns.add(0,
                new CheckInEntry(Duration.ZERO, CheckInEntry.When.BEFORE_START, OptionalInt.empty(), p)));
        after.filter(OptionalInt::isPresent).ifPresent(p -> checkIns.add(
                new CheckInEntry(s.activeTime(), CheckInEntry.When.AFTER_END, OptionalInt.empty(), p)));
        return new SessionSummary(s.activeTime(), s.pausedTime(), s.stoppedTime(), s.emergencyStops(), s.blocks(), s.timeByPhase(),
                s.timeOnRails(), s.timeHandsFree(), s.backwardDistance(), s.forwardDistance(), s.averageBackwardSpeed(),
                s.maxBackwardSpeed(), s.maxHandsFreeBackwardSpeed(), List.copyOf(checkIns), before.orElse(s.painBefore()),
                after.orElse(s.painAfter()), s.sessionRpe(), s.sessionLoad(), s.energy(), s.notes(), s.earlyReleases(), s.ending(),
                s.endReason(), s.grade(), s.heartRate());
    }
}
