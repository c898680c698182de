package org.retrotread.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.retrotread.session.SessionContext;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.correction.CorrectionCheck;
import org.retrotread.session.correction.Corrections;
import org.retrotread.session.correction.Figure;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Speed;

/** Sessions, their event journal, their summaries and amendments. */
public final class Sessions {

    private final Connection c;
    private final Clock clock;

    Sessions(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /** The next free session id; safe because only one Retrotread holds the database (see InstanceLock). */
    public long nextId() throws SQLException {
        return Sql.one(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM sessions", r -> r.getLong(1)).orElse(1L);
    }

    /**
     * Records that a session opened. Its number taken by another session is a conflict, said out loud
     * ({@link RecordConflict}); the same opening written before (a retried batch) is not.
     */
    void insert(SessionOpening o, long planVersionId) throws SQLException {
        SessionContext x = o.context();
        Optional<Progression.Record> p = o.progression().map(Progression::record);
        try {
            insertOpening(o, planVersionId, x, p);
        } catch (SQLException e) {
            Optional<Boolean> same = Sql.one(c, "SELECT uuid = ? FROM sessions WHERE id = ? OR uuid = ?",
                    r -> r.getBoolean(1), o.uuid(), o.id(), o.uuid());
            if (same.isEmpty()) {
                throw e;
            }
            if (!same.get()) {
                throw new RecordConflict("session " + o.id() + " was written by another program or Retrotread", e);
            }
        }
    }

    private void insertOpening(SessionOpening o, long planVersionId, SessionContext x, Optional<Progression.Record> p)
            throws SQLException {
        Sql.update(c, "INSERT INTO sessions (id, uuid, client_id, plan_version_id, mode, operator, client_max_speed_mps,"
                        + " treadmill_max_speed_mps, body_mass_kg, opened_at, plan_run, progression_outcome, progression_percent,"
                        + " progression_proposed_percent, progression_decision, progression_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.id(), o.uuid(), o.clientId(), planVersionId, o.plan().mode().name(), o.operator(),
                x.clientMaxSpeed().map(Speed::metresPerSecond), x.treadmillMaxSpeed().metresPerSecond(),
                x.bodyMass().map(BodyMass::kilograms), o.openedAt().toString(),
                p.map(r -> PlanCodec.toJson(o.plan())), p.map(r -> r.outcome().name()), p.map(Progression.Record::percent),
                p.flatMap(Progression.Record::proposedPercent), p.map(r -> r.decision().name()),
                p.map(r -> MessageCodec.toJson(r.reason())));
    }

    void append(long sessionId, SessionEvent event) throws SQLException {
        EventRow row = EventCodec.toRow(event);
        String uuid = RecordIds.event(sessionUuid(sessionId), row.seq());
        try (PreparedStatement s = Sql.prepare(c, "INSERT INTO session_events (session_id, seq, uuid, at_ns, type, speed_mps, n1, n2,"
                        + " flag, label, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessionId, row.seq(), uuid, row.atNanos(),
                row.type(), row.speedMps(), row.n1(), row.n2(), row.flag(), row.label(), row.text())) {
            s.executeUpdate();
        } catch (SQLException e) {
            Optional<EventRow> there = Sql.one(c, "SELECT seq, at_ns, type, speed_mps, n1, n2, flag, label, text FROM session_events"
                    + " WHERE session_id = ? AND seq = ?", Sessions::eventRow, sessionId, row.seq());
            if (there.isEmpty()) {
                throw e;
            }
            if (!there.get().equals(row)) {
                throw new RecordConflict("event " + row.seq() + " of session " + sessionId + " was written by another program"
                        + " or Retrotread", e);
            }
            return; // written before, by a batch whose commit was reported as failed
        }
        if (event instanceof SessionEnded e) {
            Sql.update(c, "UPDATE sessions SET ended_at = ?, ending = ?, end_reason = ? WHERE id = ?",
                    clock.instant().toString(), e.ending().name(), e.reason(), sessionId);
        }
    }

    /** Sessions' UUIDs, as the journal appends to them: one lookup per session, not per event. */
    private final Map<Long, String> uuids = new HashMap<>();

    String sessionUuid(long sessionId) throws SQLException {
        String known = uuids.get(sessionId);
        if (known == null) {
            known = Sql.one(c, "SELECT uuid FROM sessions WHERE id = ?", r -> r.getString(1), sessionId)
                    .orElseThrow(() -> new SQLException("no session " + sessionId + " to add an event to"));
            uuids.put(sessionId, known);
        }
        return known;
    }

    void heartbeat(long sessionId, Duration at, Instant wall) throws SQLException {
        Sql.update(c, "UPDATE sessions SET last_seen_ns = ?, last_seen_at = ? WHERE id = ? AND sealed = 0",
                at.toNanos(), wall.toString(), sessionId);
    }

    /** Closes a finished session for good, with its summary figures for history lists. */
    void seal(long sessionId, SessionSummary s) throws SQLException {
        if (Sql.one(c, "SELECT sealed FROM sessions WHERE id = ?", r -> r.getInt(1), sessionId).orElse(0) == 1) {
            return; // sealed before, by a batch whose commit was reported as failed
        }
        Sql.update(c, "INSERT INTO session_summaries (session_id, active_ms, on_rails_ms, hands_free_ms, backward_m,"
                        + " max_backward_mps, max_hands_free_mps, pain_before, pain_after, rpe, session_load, energy_kcal)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessionId, s.activeTime().toMillis(), s.timeOnRails().toMillis(), s.timeHandsFree().toMillis(),
                s.backwardDistance().metres(), s.maxBackwardSpeed().map(Speed::metresPerSecond),
                s.maxHandsFreeBackwardSpeed().map(Speed::metresPerSecond),
                s.painBefore().isPresent() ? s.painBefore().getAsInt() : null,
                s.painAfter().isPresent() ? s.painAfter().getAsInt() : null,
                s.sessionRpe().isPresent() ? s.sessionRpe().getAsInt() : null,
                s.sessionLoad().isPresent() ? s.sessionLoad().getAsDouble() : null,
                s.energy() instanceof EnergyEstimate.Estimated e ? e.energy().kilocalories() : null);
        Sql.update(c, "UPDATE sessions SET sealed = 1, seal_sha256 = ? WHERE id = ? AND sealed = 0", SealChain.seal(c, sessionId),
                sessionId);
    }

    public Optional<SessionRecord> find(long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM sessions WHERE id = ?", Sessions::read, id);
    }

    /** Whether a finished session still matches its seal and its amendments their chain ({@link SealChain}). */
    public SealChain.Integrity integrity(long sessionId) throws SQLException {
        return SealChain.check(c, sessionId);
    }

    public Optional<SessionRecord> findByUuid(String uuid) throws SQLException {
        return Sql.one(c, "SELECT * FROM sessions WHERE uuid = ?", Sessions::read, uuid);
    }

    /** Sessions not yet sealed: after a crash, these are the ones to recover. */
    public List<SessionRecord> unsealed() throws SQLException {
        return Sql.list(c, "SELECT * FROM sessions WHERE sealed = 0 ORDER BY id", Sessions::read);
    }

    /** A session's events in order, as the engine recorded them. */
    public List<SessionEvent> events(long sessionId) throws SQLException {
        return Sql.list(c, "SELECT seq, at_ns, type, speed_mps, n1, n2, flag, label, text FROM session_events"
                + " WHERE session_id = ? ORDER BY seq", r -> EventCodec.fromRow(eventRow(r)), sessionId);
    }

    private static EventRow eventRow(ResultSet r) throws SQLException {
        return new EventRow(r.getLong(1), r.getLong(2), r.getString(3), Sql.optDouble(r, "speed_mps").orElse(null),
                optLong(r, "n1").orElse(null), optLong(r, "n2").orElse(null), Sql.optInt(r, "flag").orElse(null),
                r.getString("label"), r.getString("text"));
    }

    /** A client's sessions, newest first, with their summary figures. */
    public List<HistoryRow> history(long clientId) throws SQLException {
        RanRule ran = new RanRule(new Settings(c).progressionPolicy());
        List<HistoryRow> rows = Sql.list(c, HISTORY + " WHERE s.client_id = ? ORDER BY s.opened_at DESC, s.id DESC",
                r -> historyRow(r, ran), clientId);
        Set<Long> corrected = correctedSessions();
        List<HistoryRow> out = new ArrayList<>(rows.size());
        for (HistoryRow row : rows) {
            out.add(corrected.contains(row.sessionId()) ? corrected(row, ran.policy) : row);
        }
        return out;
    }

    /** The sessions whose figures a correction changes (a correction of "other" changes none). */
    Set<Long> correctedSessions() throws SQLException {
        return new HashSet<>(Sql.list(c, "SELECT DISTINCT session_id FROM amendments WHERE field_key IS NOT NULL"
                + " AND field_key <> 'OTHER'", r -> r.getLong(1)));
    }

    /** A session's figures as its corrections make them, whether it counts as run, and what changed. */
    private record Figures(SessionSummary summary, boolean ran, Set<Figure> changed) {
    }

    private Figures figures(long sessionId, Progression.Policy policy) throws SQLException {
        SessionRecord record = find(sessionId).orElseThrow(() -> new SQLException("no session " + sessionId));
        Corrected k = corrected(record);
        SessionSummary s = k.summary();
        boolean ran = policy.ran(s.ending().filter(e -> e == SessionEnded.Ending.COMPLETED).isPresent(), s.activeTime(),
                planOf(record).plannedDuration());
        return new Figures(s, ran, k.changed());
    }

    /** A history line with its session's corrections applied, and the figures they changed marked. */
    private HistoryRow corrected(HistoryRow row, Progression.Policy policy) throws SQLException {
        Figures f = figures(row.sessionId(), policy);
        SessionSummary s = f.summary();
        return new HistoryRow(row.sessionId(), row.openedAt(), row.planName(), row.planVersion(), row.mode(),
                Optional.of(s.activeTime()), Optional.of(s.timeHandsFree()), s.maxBackwardSpeed(), s.maxHandsFreeBackwardSpeed(),
                score(s.painBefore()), score(s.painAfter()), s.ending(), row.amendments(), score(s.sessionRpe()), row.sessionsPerWeek(),
                f.ran(), f.changed());
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
            Optional<Long> active = optLong(r, "active_ms");
            if (active.isEmpty()) {
                return false; // not finished: nothing ran yet
            }
            String body = Optional.ofNullable(r.getString("plan_run")).orElse(r.getString("body"));
            Duration plan = planned.computeIfAbsent(body, b -> PlanCodec.fromJson(b).plannedDuration());
            return policy.ran("COMPLETED".equals(r.getString("ending")), Duration.ofMillis(active.get()), plan);
        }
    }

    /** Every session of every client (and those run for nobody), oldest first, for a clinic-wide export. */
    public List<NamedHistoryRow> everyone() throws SQLException {
        RanRule ran = new RanRule(new Settings(c).progressionPolicy());
        List<NamedHistoryRow> rows = Sql.list(c, HISTORY + " ORDER BY s.opened_at, s.id", r -> new NamedHistoryRow(optLong(r, "client_id"),
                Optional.ofNullable(r.getString("client_name")), historyRow(r, ran)));
        Set<Long> corrected = correctedSessions();
        List<NamedHistoryRow> out = new ArrayList<>(rows.size());
        for (NamedHistoryRow n : rows) {
            out.add(corrected.contains(n.row().sessionId()) ? new NamedHistoryRow(n.clientId(), n.client(), corrected(n.row(), ran.policy))
                    : n);
        }
        return out;
    }

    private static final String HISTORY = "SELECT s.id, s.client_id, s.opened_at, v.name, v.version, s.mode, s.ending, m.active_ms, m.hands_free_ms,"
            + " m.max_backward_mps, m.max_hands_free_mps, m.pain_before, m.pain_after, m.rpe,"
            + " json_extract(v.body, '$.sessionsPerWeek') AS per_week, s.plan_run, v.body,"
            + " (SELECT COUNT(*) FROM amendments a WHERE a.session_id = s.id) AS amendments,"
            + " (SELECT name FROM clients c WHERE c.id = s.client_id) AS client_name"
            + " FROM sessions s JOIN plan_versions v ON v.id = s.plan_version_id"
            + " LEFT JOIN session_summaries m ON m.session_id = s.id";

    private static HistoryRow historyRow(ResultSet r, RanRule ran) throws SQLException {
        return new HistoryRow(r.getLong("id"),
                Instant.parse(r.getString("opened_at")), r.getString("name"), r.getInt("version"),
                TreadmillMode.valueOf(r.getString("mode")), optLong(r, "active_ms").map(Duration::ofMillis),
                optLong(r, "hands_free_ms").map(Duration::ofMillis), Sql.optDouble(r, "max_backward_mps").map(Speed::new),
                Sql.optDouble(r, "max_hands_free_mps").map(Speed::new),
                Sql.optInt(r, "pain_before"), Sql.optInt(r, "pain_after"),
                Optional.ofNullable(r.getString("ending")).map(SessionEnded.Ending::valueOf), r.getInt("amendments"),
                Sql.optInt(r, "rpe"), Sql.optInt(r, "per_week").orElse(Plan.DEFAULT_SESSIONS_PER_WEEK), ran.ran(r), Set.of());
    }

    /**
     * Adds a correction to a finished session; the original record is left exactly as it was. The correction
     * is checked against the session as its earlier corrections left it ({@link CorrectionCheck}): a refusal is
     * a {@link CorrectionRefused} with the reason, and nothing is written.
     */
    public Amendment amend(long sessionId, String author, String reason, Correction correction) throws SQLException {
        Instant now = clock.instant();
        String uuid = RecordIds.fresh();
        String field = correction.field().name() + correction.eventSeq().stream().mapToObj(seq -> " #" + seq).findFirst().orElse("");
        String seq = correction.eventSeq().isPresent() ? String.valueOf(correction.eventSeq().getAsLong()) : null;
        return Sql.inTransaction(c, x -> {
            SessionRecord record = find(sessionId).orElseThrow(() -> new SQLException("no session " + sessionId));
            if (!record.sealed()) {
                throw new CorrectionRefused(Message.of("correction.open"));
            }
            Corrected asItStands = corrected(record);
            Optional<Message> refusal = CorrectionCheck.refusal(asItStands, correction,
                    record.context().treadmillMaxSpeed());
            if (refusal.isPresent()) {
                throw new CorrectionRefused(refusal.get());
            }
            String oldValue = Corrections.current(asItStands, correction.field(), correction.eventSeq());
            // The chain: this amendment's link covers the one before it (or the seal) and its own values as stored.
            String before = SealChain.lastLink(c, sessionId).orElse("");
            String link = SealChain.link(before, Arrays.asList(uuid, now.toString(), author, reason, field, oldValue,
                    correction.value(), correction.field().name(), seq, correction.value()));
            long id = Sql.insert(c, "INSERT INTO amendments (uuid, session_id, made_at, author, reason, field, old_value, new_value,"
                    + " field_key, event_seq, value, chain_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", uuid, sessionId,
                    now.toString(), author, reason, field, oldValue, correction.value(), correction.field().name(),
                    correction.eventSeq().isPresent() ? correction.eventSeq().getAsLong() : null, correction.value(), link);
            AuditTrail.record(c, clock, author, record.clientId(), AuditTrail.Action.SESSION_AMENDED, sessionId + " " + correction.field().name()
                    + (seq == null ? "" : " " + seq), oldValue,
                    correction.value());
            return new Amendment(id, sessionId, now, author, reason, field, oldValue, correction.value(), Optional.of(correction));
        });
    }

    public List<Amendment> amendments(long sessionId) throws SQLException {
        return Sql.list(c, "SELECT * FROM amendments WHERE session_id = ? ORDER BY id", Sessions::amendment, sessionId);
    }

    private static Amendment amendment(ResultSet r) throws SQLException {
        String key = r.getString("field_key");
        Optional<Correction> correction = key == null ? Optional.empty() : Optional.of(new Correction(CorrectedField.valueOf(key),
                optLong(r, "event_seq").map(OptionalLong::of).orElse(OptionalLong.empty()), r.getString("value")));
        return new Amendment(r.getLong("id"), r.getLong("session_id"), Instant.parse(r.getString("made_at")), r.getString("author"),
                r.getString("reason"), r.getString("field"), r.getString("old_value"), r.getString("new_value"), correction);
    }

    /** A finished session with its corrections applied: the figures every screen, sheet and rule uses. */
    public Corrected corrected(long sessionId) throws SQLException {
        return corrected(find(sessionId).orElseThrow(() -> new SQLException("no session " + sessionId)));
    }

    private Corrected corrected(SessionRecord record) throws SQLException {
        List<Correction> corrections = amendments(record.id()).stream().map(Amendment::correction).flatMap(Optional::stream).toList();
        return Corrections.apply(planOf(record), record.context(), events(record.id()), corrections);
    }

    /** The plan exactly as a session ran it. */
    Plan planOf(SessionRecord record) throws SQLException {
        if (record.planRun().isPresent()) {
            return record.planRun().get();
        }
        return Sql.one(c, "SELECT body FROM plan_versions WHERE id = ?", r -> PlanCodec.fromJson(r.getString(1)), record.planVersionId())
                .orElseThrow(() -> new SQLException("no plan version " + record.planVersionId()));
    }

    private static Optional<Long> optLong(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static SessionRecord read(ResultSet r) throws SQLException {
        SessionContext context = new SessionContext(Sql.optDouble(r, "client_max_speed_mps").map(Speed::new),
                new Speed(r.getDouble("treadmill_max_speed_mps")), Sql.optDouble(r, "body_mass_kg").map(BodyMass::new));
        return new SessionRecord(r.getLong("id"), r.getString("uuid"), optLong(r, "client_id"), r.getLong("plan_version_id"),
                TreadmillMode.valueOf(r.getString("mode")), r.getString("operator"), context,
                Instant.parse(r.getString("opened_at")), Duration.ofNanos(r.getLong("last_seen_ns")),
                Optional.ofNullable(r.getString("last_seen_at")).map(Instant::parse),
                Optional.ofNullable(r.getString("ended_at")).map(Instant::parse),
                Optional.ofNullable(r.getString("ending")).map(SessionEnded.Ending::valueOf),
                Optional.ofNullable(r.getString("end_reason")), r.getInt("sealed") == 1,
                Optional.ofNullable(r.getString("plan_run")).map(PlanCodec::fromJson), progression(r));
    }

    /** The progression a session ran under, if its plan had one (sessions from before version 4 keep no decision). */
    private static Optional<Progression.Record> progression(ResultSet r) throws SQLException {
        Optional<Double> percent = Sql.optDouble(r, "progression_percent");
        String outcome = r.getString("progression_outcome");
        if (percent.isEmpty() || outcome == null || r.getString("progression_reason") == null) {
            return Optional.empty();
        }
        return Optional.of(new Progression.Record(percent.get(), Progression.Outcome.valueOf(outcome),
                Progression.Decision.valueOf(r.getString("progression_decision")), Sql.optDouble(r, "progression_proposed_percent"),
                MessageCodec.fromJson(r.getString("progression_reason"))));
    }
}
