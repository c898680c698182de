package org.retrotread.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.SessionContext;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.event.SessionEnded;
import org.retrotread.session.event.SessionEvent;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.summary.EnergyEstimate;
import org.retrotread.session.summary.SessionSummary;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Distance;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/** Sessions, their event journal and their summaries; their amendments in {@link Amendments}, their lists in {@link SessionHistory}. */
public final class Sessions {

    private final Connection c;
    private final Clock clock;
    private final Amendments amendments;
    private final SessionHistory history;

    Sessions(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
        this.amendments = new Amendments(c, clock, this);
        this.history = new SessionHistory(c, this, amendments);
    }

    /**
     * The next free session id; safe because only one Retrotread holds the database (see InstanceLock). A file's own
     * numbering: sessions reach a clinic server only by push ({@link SessionPush}), and the server numbers them.
     */
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
                        + " progression_proposed_percent, progression_decision, progression_reason, client_max_grade_tenths,"
                        + " grade_lowest_tenths, grade_highest_tenths, heart_rate_ceiling_bpm, heart_rate_not_a_guide)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.id(), o.uuid(), o.clientId(), planVersionId, o.plan().mode().name(), o.operator(),
                x.clientMaxSpeed().map(Speed::metresPerSecond), x.treadmillMaxSpeed().metresPerSecond(),
                x.bodyMass().map(BodyMass::kilograms), o.openedAt().toString(),
                p.map(r -> PlanCodec.toJson(o.plan())), p.map(r -> r.outcome().name()), p.map(Progression.Record::percent),
                p.flatMap(Progression.Record::proposedPercent), p.map(r -> r.decision().name()),
                p.map(r -> MessageCodec.toJson(r.reason())), x.clientMaxGrade().map(Grade::tenthsOfPercent),
                x.gradeRange().lowest().tenthsOfPercent(), x.gradeRange().highest().tenthsOfPercent(),
                x.heartRate().ceiling().map(HeartRate::beatsPerMinute), x.heartRate().notAGuide());
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
        HistoryRow.GradeAndHeart g = HistoryRow.GradeAndHeart.of(s); // what history lists and progress charts read back
        Sql.update(c, "INSERT INTO session_summaries (session_id, active_ms, on_rails_ms, hands_free_ms, backward_m,"
                        + " max_backward_mps, max_hands_free_mps, pain_before, pain_after, rpe, session_load, energy_kcal,"
                        + " average_grade_tenths, max_grade_tenths, climbed_m, heart_rate_lowest_bpm, heart_rate_highest_bpm,"
                        + " above_ceiling_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessionId, s.activeTime().toMillis(), s.timeOnRails().toMillis(), s.timeHandsFree().toMillis(),
                s.backwardDistance().metres(), s.maxBackwardSpeed().map(Speed::metresPerSecond),
                s.maxHandsFreeBackwardSpeed().map(Speed::metresPerSecond),
                s.painBefore().isPresent() ? s.painBefore().getAsInt() : null,
                s.painAfter().isPresent() ? s.painAfter().getAsInt() : null,
                s.sessionRpe().isPresent() ? s.sessionRpe().getAsInt() : null,
                s.sessionLoad().isPresent() ? s.sessionLoad().getAsDouble() : null,
                s.energy() instanceof EnergyEstimate.Estimated e ? e.energy().kilocalories() : null,
                g.averageGrade().map(Grade::tenthsOfPercent), g.steepestGrade().map(Grade::tenthsOfPercent),
                g.climbed().map(Distance::metres), g.lowestHeartRate().map(HeartRate::beatsPerMinute),
                g.highestHeartRate().map(HeartRate::beatsPerMinute), g.aboveCeiling().map(Duration::toMillis));
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

    /** A client's sessions, newest first, with their summary figures (corrected): see {@link SessionHistory}. */
    public List<HistoryRow> history(long clientId) throws SQLException {
        return history.of(clientId);
    }

    /** Every session of every client (and those run for nobody), oldest first, for a clinic-wide export. */
    public List<NamedHistoryRow> everyone() throws SQLException {
        return history.everyone();
    }

    /** A past session with corrections as the progression sees it, corrected. */
    Progression.Run corrected(long sessionId, Progression.Run run, Progression.Policy policy) throws SQLException {
        return history.corrected(sessionId, run, policy);
    }

    /** Adds a correction to a finished session: see {@link Amendments#amend}. */
    public Amendment amend(long sessionId, String author, String reason, Correction correction) throws SQLException {
        return amendments.amend(sessionId, author, reason, correction);
    }

    public List<Amendment> amendments(long sessionId) throws SQLException {
        return amendments.of(sessionId);
    }

    /** A finished session with its corrections applied: the figures every screen, sheet and rule uses. */
    public Corrected corrected(long sessionId) throws SQLException {
        return amendments.corrected(sessionId);
    }

    /** The sessions whose figures a correction changes. */
    Set<Long> correctedSessions() throws SQLException {
        return amendments.correctedSessions();
    }

    /** The plan exactly as a session ran it. */
    Plan planOf(SessionRecord record) throws SQLException {
        if (record.planRun().isPresent()) {
            return record.planRun().get();
        }
        return Sql.one(c, "SELECT body FROM plan_versions WHERE id = ?", r -> PlanCodec.fromJson(r.getString(1)), record.planVersionId())
                .orElseThrow(() -> new SQLException("no plan version " + record.planVersionId()));
    }

    static Optional<Long> optLong(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static SessionRecord read(ResultSet r) throws SQLException {
        SessionContext context = new SessionContext(Sql.optDouble(r, "client_max_speed_mps").map(Speed::new),
                new Speed(r.getDouble("treadmill_max_speed_mps")), Sql.optDouble(r, "body_mass_kg").map(BodyMass::new),
                Sql.optInt(r, "client_max_grade_tenths").map(Grade::new), gradeRange(r), new HeartRateGuide(
                Sql.optInt(r, "heart_rate_ceiling_bpm").map(HeartRate::new), r.getInt("heart_rate_not_a_guide") == 1));
        return new SessionRecord(r.getLong("id"), r.getString("uuid"), optLong(r, "client_id"), r.getLong("plan_version_id"),
                TreadmillMode.valueOf(r.getString("mode")), r.getString("operator"), context,
                Instant.parse(r.getString("opened_at")), Duration.ofNanos(r.getLong("last_seen_ns")),
                Optional.ofNullable(r.getString("last_seen_at")).map(Instant::parse),
                Optional.ofNullable(r.getString("ended_at")).map(Instant::parse),
                Optional.ofNullable(r.getString("ending")).map(SessionEnded.Ending::valueOf),
                Optional.ofNullable(r.getString("end_reason")), r.getInt("sealed") == 1,
                Optional.ofNullable(r.getString("plan_run")).map(PlanCodec::fromJson), progression(r));
    }

    /** The deck's range when the session opened; sessions opened before grades (schema 11) had the usual one. */
    private static GradeRange gradeRange(ResultSet r) throws SQLException {
        Optional<Integer> lowest = Sql.optInt(r, "grade_lowest_tenths");
        Optional<Integer> highest = Sql.optInt(r, "grade_highest_tenths");
        return lowest.isPresent() && highest.isPresent() ? new GradeRange(new Grade(lowest.get()), new Grade(highest.get()))
                : GradeRange.DEFAULT;
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
