package org.retrotread.report.csv;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.retrotread.i18n.Messages;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.event.BlockSkipped;
import org.retrotread.session.event.CheckInRecorded;
import org.retrotread.session.event.GradePrompted;
import org.retrotread.session.event.GradeSet;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.event.NoteAdded;
import org.retrotread.session.event.SegmentEntered;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.event.SessionStarted;
import org.retrotread.session.event.SpeedPrompted;
import org.retrotread.session.event.SpeedSet;
import org.retrotread.session.summary.ActiveTimes;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;
import org.retrotread.store.HistoryRow;
import org.retrotread.store.NamedHistoryRow;

/**
 * Sessions (one client's, or everyone's) and one session's events as CSV tables. Headings are in the
 * reader's language with the unit in them; numbers use a full stop and no grouping whatever the
 * language, so the file reads the same on every computer; dates are ISO-8601 in the clinic's zone.
 */
public final class SessionCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages text;
    private final ZoneId zone;

    public SessionCsv(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    public List<String> sessionsHeader() {
        String unit = text.unit().symbol();
        return List.of(text.text("csv.session"), text.text("csv.client"), text.text("csv.date"), text.text("csv.plan"),
                text.text("csv.version"), text.text("csv.mode"), text.text("csv.ending"), text.text("csv.activeMinutes"),
                text.text("csv.handsFreeMinutes"), text.format("csv.maxSpeed", unit), text.format("csv.maxHandsFree", unit),
                text.text("csv.averageGrade"), text.text("csv.steepestGrade"), text.text("csv.climbed"),
                text.text("csv.heartRateLowest"), text.text("csv.heartRateHighest"), text.text("csv.aboveCeilingMinutes"),
                text.text("csv.painBefore"), text.text("csv.painAfter"), text.text("csv.rpe"), text.text("csv.amendments"),
                text.text("csv.corrected"));
    }

    public List<List<String>> sessions(List<NamedHistoryRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (NamedHistoryRow n : rows) {
            HistoryRow r = n.row();
            HistoryRow.GradeAndHeart g = r.gradeAndHeart();
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.sessionId()), n.client().orElse(""),
                    WHEN.format(r.openedAt().atZone(zone)), r.planName(), String.valueOf(r.planVersion()),
                    text.text("TreadmillMode." + r.mode().name()),
                    r.ending().map(e -> text.text("Ending." + e.name())).orElse(text.text("csv.unfinished")),
                    minutes(r.activeTime()), minutes(r.handsFree()), speed(r.maxBackwardSpeed()), speed(r.maxHandsFreeSpeed())));
            row.addAll(List.of(grade(g.averageGrade()), grade(g.steepestGrade()),
                    g.climbed().map(d -> String.format(Locale.ROOT, "%.1f", d.metres())).orElse(""),
                    g.lowestHeartRate().map(h -> String.valueOf(h.beatsPerMinute())).orElse(""),
                    g.highestHeartRate().map(h -> String.valueOf(h.beatsPerMinute())).orElse(""), minutes(g.aboveCeiling())));
            row.addAll(List.of(whole(r.painBefore()), whole(r.painAfter()), whole(r.rpe()), String.valueOf(r.amendments()), corrected(r)));
            out.add(List.copyOf(row));
        }
        return out;
    }

    /** Which figures of the row a correction changed (the numbers stay plain numbers), in the reader's words. */
    private String corrected(HistoryRow r) {
        return String.join(", ", r.corrected().stream().sorted().map(f -> text.text("Figure." + f.name())).toList());
    }

    public List<String> eventsHeader() {
        return List.of(text.text("csv.number"), text.text("csv.seconds"), text.text("csv.event"),
                text.format("csv.speed", text.unit().symbol()), text.text("csv.grade"), text.text("csv.heartRate"),
                text.text("csv.details"), text.text("csv.corrected"));
    }

    /** A session's events as recorded (nothing corrected). */
    public List<List<String>> events(List<SessionEvent> events) {
        return events(events, Set.of());
    }

    /** A session's events as its corrections make them; each corrected event says so in the last column. */
    public List<List<String>> events(Corrected session) {
        return events(session.events(), session.changedEvents());
    }

    private List<List<String>> events(List<SessionEvent> events, Set<Long> changed) {
        List<List<String>> out = new ArrayList<>();
        List<Duration> sessionTimes = ActiveTimes.of(events);
        for (int i = 0; i < events.size(); i++) {
            SessionEvent e = events.get(i);
            Optional<Speed> speed = e instanceof SpeedSet s ? Optional.of(s.speed())
                    : e instanceof SpeedPrompted p ? Optional.of(p.speed()) : Optional.empty();
            Optional<Grade> grade = e instanceof GradeSet g ? Optional.of(g.grade())
                    : e instanceof GradePrompted p ? Optional.of(p.grade()) : Optional.empty();
            String bpm = e instanceof HeartRateRecorded h ? String.valueOf(h.heartRate().beatsPerMinute()) : "";
            out.add(List.of(String.valueOf(e.seq()), String.format(Locale.ROOT, "%.3f", sessionTimes.get(i).toNanos() / 1e9),
                    e.getClass().getSimpleName(), speed(speed), grade.map(g -> String.format(Locale.ROOT, "%.1f", g.percent())).orElse(""),
                    bpm, details(e),
                    changed.contains(e.seq()) ? text.text("csv.correctedEvent") : ""));
        }
        return out;
    }

    private String details(SessionEvent e) {
        if (e instanceof SessionStarted s) {
            return s.wallClock().toString();
        }
        if (e instanceof SegmentEntered s) {
            return text.format("csv.segment", s.segmentIndex() + 1);
        }
        if (e instanceof BlockSkipped b) {
            return text.format("csv.skipped", b.blockIndex() + 1, b.reason());
        }
        if (e instanceof CheckInRecorded c) {
            return text.format("csv.checkIn", c.rpe().isPresent() ? String.valueOf(c.rpe().getAsInt()) : "",
                    c.pain().isPresent() ? String.valueOf(c.pain().getAsInt()) : "");
        }
        if (e instanceof NoteAdded n) {
            return n.text();
        }
        if (e instanceof SessionEnded end) {
            return text.text("Ending." + end.ending().name()) + (end.reason().isBlank() ? "" : ": " + end.reason());
        }
        if (e instanceof SpeedSet s) {
            return s.source().name();
        }
        if (e instanceof GradeSet g) {
            return g.source().name();
        }
        if (e instanceof HeartRateRecorded h) {
            return h.source().name() + h.ceiling().map(c -> "; " + text.format("csv.ceiling", c.beatsPerMinute())
                    + (h.aboveCeiling() ? "; " + text.text("csv.aboveCeiling") : "")).orElse("");
        }
        if (e instanceof HeartRateAnswered a) {
            return text.text("Response." + a.response().name()) + (a.note().isBlank() ? "" : ": " + a.note());
        }
        return "";
    }

    private static String grade(Optional<Grade> grade) {
        return grade.map(g -> String.format(Locale.ROOT, "%.1f", g.percent())).orElse("");
    }

    private String speed(Optional<Speed> speed) {
        return speed.map(s -> String.format(Locale.ROOT, "%.2f", s.in(text.unit()))).orElse("");
    }

    private static String minutes(Optional<Duration> d) {
        return d.map(x -> String.format(Locale.ROOT, "%.2f", x.toMillis() / 60_000.0)).orElse("");
    }

    private static String whole(Optional<Integer> v) {
        return v.map(String::valueOf).orElse("");
    }
}
