package org.retrotread.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/**
 * Sessions as lists: a client's history and the clinic's, with each session's summary figures, whether it
 * counts as run, and, where corrections changed a figure, the corrected figure marked.
 */
final class SessionHistory {

    private final Connection c;
    private final Sessions sessions;
    private final Amendments amendments;

    SessionHistory(Connection c, Sessions sessions, Amendments amendments) {
        this.c = c;
        this.sessions = sessions;
        this.amendments = amendments;
    }

    /** A client's sessions, newest first, with their summary figures. */
    List<HistoryRow> of(long clientId) throws SQLException {
        RanRule ran = new RanRule(new Settings(c).progressionPolicy());
        List<HistoryRow> rows = Sql.list(c, HISTORY + " WHERE s.client_id = ? ORDER BY s.opened_at DESC, s.id DESC",
                r -> historyRow(r, ran), clientId);
        Set<Long> corrected = amendments.correctedSessions();
        List<HistoryRow> out = new ArrayList<>(rows.size());
        for (HistoryRow row : rows) {
            out.add(corrected.contains(row.sessionId()) ? corrected(row, ran.policy) : row);
        }
        return out;
    }

    /** A session's figures as its corrections make them, whether it counts as run, and what changed. */
    private record Figures(SessionSummary summary, boolean ran, Set<Figure> changed) {
    }

    private Figures figures(long sessionId, Progression.Policy policy) throws SQLException {
        SessionRecord record = sessions.find(sessionId).orElseThrow(() -> new SQLException("no session " + sessionId));
        Corrected k = amendments.corrected(record);
        SessionSummary s = k.summary();
        boolean ran = policy.ran(s.ending().filter(e -> e == SessionEnded.Ending.COMPLETED).isPresent(), s.activeTime(),
                sessions.planOf(record).plannedDuration());
        return new Figures(s, ran, k.changed());
    }

    /** A history line with its session's corrections applied, and the figures they changed marked. */
    private HistoryRow corrected(HistoryRow row, Progression.Policy policy) throws SQLException {
        Figures f = figures(row.sessionId(), policy);
        SessionSummary s = f.summary();
        return new HistoryRow(row.sessionId(), row.openedAt(), row.planName(), row.planVersion(), row.mode(),
                Optional.of(s.activeTime()), Optional.of(s.timeHandsFree()), s.maxBackwardSpeed(), s.maxHandsFreeBackwardSpeed(),
                score(s.painBefore()), score(s.painAfter()), s.ending(), row.amendments(), score(s.sessionRpe()), row.sessionsPerWeek(),
                f.ran(), f.changed(), HistoryRow.GradeAndHeart.of(s));
    }

    /** A past session with corrections (see {@link #correctedSessions}) as the progression sees it, corrected. */
    Progression.Run corrected(long sessionId, Progression.Run run, Progression.Policy policy) throws SQLException {
        Figures f = figures(sessionId, policy);
        return new Progression.Run(run.percent(), run.at(), f.ran(), f.summary().painBefore(), f.summary().painAfter());
    }

    private static Optional<Integer> score(OptionalInt v) {
        return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
    }

    /**
     * Whether a session counts as run (for adherence and progression): it completed, or reached the clinic's
     * share of its planned time. Each plan body is read once per listing: many sessions share a version.
     */
    private static final class RanRule {
        private final Progression.Policy policy;
        private final Map<String, Duration> planned = new HashMap<>();

        RanRule(Progression.Policy policy) {
            this.policy = policy;
        }

        boolean ran(ResultSet r) throws SQLException {
            Optional<Long> active = Sessions.optLong(r, "active_ms");
            if (active.isEmpty()) {
                return false; // not finished: nothing ran yet
            }
            String body = Optional.ofNullable(r.getString("plan_run")).orElse(r.getString("body"));
            Duration plan = planned.computeIfAbsent(body, b -> PlanCodec.fromJson(b).plannedDuration());
            return policy.ran("COMPLETED".equals(r.getString("ending")), Duration.ofMillis(active.get()), plan);
        }
    }

    /** Every session of every client (and those run for nobody), oldest first, for a clinic-wide export. */
    List<NamedHistoryRow> everyone() throws SQLException {
        RanRule ran = new RanRule(new Settings(c).progressionPolicy());
        List<NamedHistoryRow> rows = Sql.list(c, HISTORY + " ORDER BY s.opened_at, s.id", r -> new NamedHistoryRow(Sessions.optLong(r, "client_id"),
                Optional.ofNullable(r.getString("client_name")), historyRow(r, ran)));
        Set<Long> corrected = amendments.correctedSessions();
        List<NamedHistoryRow> out = new ArrayList<>(rows.size());
        for (NamedHistoryRow n : rows) {
            out.add(corrected.contains(n.row().sessionId()) ? new NamedHistoryRow(n.clientId(), n.client(), corrected(n.row(), ran.policy))
                    : n);
        }
        return out;
    }

    private static final String HISTORY = "SELECT s.id, s.client_id, s.opened_at, v.name, v.version, s.mode, s.ending, m.active_ms, m.hands_free_ms,"
            + " m.max_backward_mps, m.max_hands_free_mps, m.pain_before, m.pain_after, m.rpe,"
            + " m.average_grade_tenths, m.max_grade_tenths, m.climbed_m, m.heart_rate_lowest_bpm, m.heart_rate_highest_bpm,"
            + " m.above_ceiling_ms,"
            + " s.plan_run, v.body,"
            + " (SELECT COUNT(*) FROM amendments a WHERE a.session_id = s.id) AS amendments,"
            + " (SELECT name FROM clients c WHERE c.id = s.client_id) AS client_name"
            + " FROM sessions s JOIN plan_versions v ON v.id = s.plan_version_id"
            + " LEFT JOIN session_summaries m ON m.session_id = s.id";

    /** The plan's sessions a week, read from its stored body here (not by SQL: SQLite and PostgreSQL spell JSON apart). */
    private static int sessionsPerWeek(String body) {
        try {
            JsonElement perWeek = JsonParser.parseString(body).getAsJsonObject().get("sessionsPerWeek");
            return perWeek != null && perWeek.isJsonPrimitive() && perWeek.getAsJsonPrimitive().isNumber()
                    ? perWeek.getAsInt() : Plan.DEFAULT_SESSIONS_PER_WEEK;
        } catch (RuntimeException unreadable) {
            return Plan.DEFAULT_SESSIONS_PER_WEEK; // as json_extract gave: no number there, the default
        }
    }

    private static HistoryRow historyRow(ResultSet r, RanRule ran) throws SQLException {
        return new HistoryRow(r.getLong("id"),
                Instant.parse(r.getString("opened_at")), r.getString("name"), r.getInt("version"),
                TreadmillMode.valueOf(r.getString("mode")), Sessions.optLong(r, "active_ms").map(Duration::ofMillis),
                Sessions.optLong(r, "hands_free_ms").map(Duration::ofMillis), Sql.optDouble(r, "max_backward_mps").map(Speed::new),
                Sql.optDouble(r, "max_hands_free_mps").map(Speed::new),
                Sql.optInt(r, "pain_before"), Sql.optInt(r, "pain_after"),
                Optional.ofNullable(r.getString("ending")).map(SessionEnded.Ending::valueOf), r.getInt("amendments"),
                Sql.optInt(r, "rpe"), sessionsPerWeek(r.getString("body")), ran.ran(r), Set.of(), gradeAndHeart(r));
    }

    private static HistoryRow.GradeAndHeart gradeAndHeart(ResultSet r) throws SQLException {
        return new HistoryRow.GradeAndHeart(Sql.optInt(r, "average_grade_tenths").map(Grade::new),
                Sql.optInt(r, "max_grade_tenths").map(Grade::new), Sql.optDouble(r, "climbed_m").map(Distance::new),
                Sql.optInt(r, "heart_rate_lowest_bpm").map(HeartRate::new), Sql.optInt(r, "heart_rate_highest_bpm").map(HeartRate::new),
                Sessions.optLong(r, "above_ceiling_ms").map(Duration::ofMillis));
    }
}
