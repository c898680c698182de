package org.retrotread.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.Progression;
import org.retrotread.session.units.Speed;

/** Plans and their versions. A version, once saved, never changes (the schema enforces it). */
public final class Plans {

    private final Connection c;
    private final Clock clock;

    Plans(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /** A new plan, as its version 1. */
    public PlanVersion create(Plan plan) throws SQLException {
        return Sql.inTransaction(c, x -> {
            long planId = Sql.insert(c, "INSERT INTO plans (uuid, created_at) VALUES (?, ?)", RecordIds.fresh(), clock.instant().toString());
            return addVersion(planId, plan);
        });
    }

    /** An edited plan, as its next version; earlier versions stay as they were. */
    public PlanVersion saveVersion(long planId, Plan plan) throws SQLException {
        return Sql.inTransaction(c, x -> addVersion(planId, plan));
    }

    /**
     * The stored version of a shipped starter plan, saved on first use. If a later release changes
     * the starter, the change becomes a new version and sessions run on the old one keep pointing at it.
     */
    public PlanVersion starter(String starterId, Plan plan) throws SQLException {
        return Sql.inTransaction(c, x -> {
            Optional<Long> planId = Sql.one(c, "SELECT id FROM plans WHERE starter_id = ?", r -> r.getLong(1), starterId);
            long id = planId.isPresent() ? planId.get()
                    : Sql.insert(c, "INSERT INTO plans (uuid, starter_id, created_at) VALUES (?, ?, ?)", RecordIds.fresh(), starterId,
                            clock.instant().toString());
            Optional<PlanVersion> latest = latestVersion(id);
            String body = PlanCodec.toJson(plan);
            if (latest.isPresent() && PlanCodec.toJson(latest.get().plan()).equals(body)) {
                return latest.get();
            }
            return addVersion(id, plan);
        });
    }

    public PlanVersion load(long versionId) throws SQLException {
        return Sql.one(c, "SELECT id, plan_id, version, body FROM plan_versions WHERE id = ?", Plans::read, versionId)
                .orElseThrow(() -> new SQLException("no plan version " + versionId));
    }

    public Optional<PlanVersion> latestVersion(long planId) throws SQLException {
        return Sql.one(c, "SELECT id, plan_id, version, body FROM plan_versions WHERE plan_id = ? ORDER BY version DESC LIMIT 1",
                Plans::read, planId);
    }

    /**
     * The library: every plan that is not a shipped starter and not archived, by name. A client's
     * own plans are listed with everyone's; the start screen shows each client only theirs.
     */
    public List<SavedPlan> library() throws SQLException {
        return Sql.list(c, SAVED + " AND v.version = (SELECT MAX(version) FROM plan_versions WHERE plan_id = p.id)"
                + " WHERE p.starter_id IS NULL AND p.archived = 0 ORDER BY lower(v.name), p.id", Plans::readSaved);
    }

    /** A plan row with its versions, read by {@link #readSaved}; callers choose which version. */
    private static final String SAVED = "SELECT p.id AS plan_id, p.client_id, p.progression_percent, p.baseline_at,"
            + " v.id, v.plan_id, v.version, v.body FROM plans p JOIN plan_versions v ON v.plan_id = p.id";

    /** A plan of the library by its id, archived or not. */
    public Optional<SavedPlan> saved(long planId) throws SQLException {
        return Sql.one(c, SAVED + " WHERE p.id = ? ORDER BY v.version DESC LIMIT 1", Plans::readSaved, planId);
    }

    /**
     * Saves an edited plan: a new plan, or the next version of {@code planId} when the plan changed
     * (saving it unchanged adds no version). Whose it is and its progression are set as given.
     * Progression counts its weeks from a baseline, reset whenever the plan itself changes or the
     * progression is newly turned on: raising a plan the clinician has just rewritten by weeks of
     * earlier progress would skip the new plan's first week.
     */
    public SavedPlan save(Optional<Long> planId, Plan plan, Optional<Long> clientId, Optional<Progression.Rule> progression)
            throws SQLException {
        if (progression.isPresent() && clientId.isEmpty()) {
            throw new IllegalArgumentException("a progression belongs to a client's plan");
        }
        return Sql.inTransaction(c, x -> {
            Optional<SavedPlan> before = planId.isPresent() ? saved(planId.get()) : Optional.empty();
            long id = planId.isPresent() ? planId.get()
                    : Sql.insert(c, "INSERT INTO plans (uuid, created_at) VALUES (?, ?)", RecordIds.fresh(), clock.instant().toString());
            boolean changed = before.isEmpty() || !PlanCodec.toJson(before.get().latest().plan()).equals(PlanCodec.toJson(plan));
            if (changed) {
                addVersion(id, plan);
            }
            boolean newlyOn = progression.isPresent() && (before.isEmpty() || before.get().progression().isEmpty());
            Optional<Instant> baseline = progression.isEmpty() ? Optional.empty()
                    : changed || newlyOn ? Optional.of(clock.instant()) : before.get().baselineAt();
            Sql.update(c, "UPDATE plans SET client_id = ?, progression_percent = ?, baseline_at = ? WHERE id = ?", clientId,
                    progression.map(Progression.Rule::raisePercent), baseline.map(Instant::toString), id);
            return saved(id).orElseThrow();
        });
    }

    /** Takes a plan out of the library; its versions stay for the sessions that ran them. */
    public void archive(long planId) throws SQLException {
        Sql.update(c, "UPDATE plans SET archived = 1 WHERE id = ? AND starter_id IS NULL", planId);
    }

    /**
     * What a client's plan with a progression runs at today and the raise it proposes, from the sessions
     * the client ran on it since its baseline (see {@link Progression#assess}).
     */
    public Progression.Assessment assess(SavedPlan plan, Optional<Speed> clientMax, Progression.Policy policy) throws SQLException {
        Progression.Rule rule = plan.progression().orElseThrow(() -> new IllegalArgumentException("no progression on this plan"));
        Instant baseline = plan.baselineAt().orElseThrow();
        record Found(long sessionId, Instant openedAt, Progression.Run run) {
        }
        // Instants are compared as instants, here, not as text: "…:00Z" and "…:00.5Z" do not sort as text does.
        List<Found> found = Sql.list(c, "SELECT s.id, s.progression_percent, s.progression_week, s.opened_at, s.ended_at,"
                        + " s.ending, s.plan_run, v.body, m.active_ms, m.pain_before, m.pain_after FROM sessions s"
                        + " JOIN plan_versions v ON v.id = s.plan_version_id LEFT JOIN session_summaries m ON m.session_id = s.id"
                        + " WHERE v.plan_id = ? AND s.client_id IS NOT DISTINCT FROM ? AND s.sealed = 1 ORDER BY s.id",
                r -> new Found(r.getLong("id"), Instant.parse(r.getString("opened_at")), run(r, rule, policy)), plan.planId(),
                plan.clientId().orElse(null));
        Sessions sessions = new Sessions(c, clock);
        Set<Long> corrected = sessions.correctedSessions();
        List<Progression.Run> runs = new ArrayList<>();
        List<Found> since = found.stream().filter(f -> !f.openedAt().isBefore(baseline))
                .sorted(Comparator.comparing(Found::openedAt).thenComparingLong(Found::sessionId)).toList();
        for (Found f : since) { // a corrected pain or ending is the one that counts
            runs.add(corrected.contains(f.sessionId()) ? sessions.corrected(f.sessionId(), f.run(), policy) : f.run());
        }
        return Progression.assess(plan.latest().plan(), rule, policy, runs, clock.instant(), clientMax);
    }

    /** One past session as the progression sees it: its level, when it ended, whether it ran, its pain. */
    private static Progression.Run run(ResultSet r, Progression.Rule rule, Progression.Policy policy) throws SQLException {
        // Before version 4 a session kept its week level: that many raises of the plan's rule.
        double percent = Sql.optDouble(r, "progression_percent")
                .orElse(Sql.optInt(r, "progression_week").orElse(0) * rule.raisePercent());
        Instant at = Instant.parse(Optional.ofNullable(r.getString("ended_at")).orElse(r.getString("opened_at")));
        String ranPlan = Optional.ofNullable(r.getString("plan_run")).orElse(r.getString("body"));
        Duration active = Duration.ofMillis(r.getLong("active_ms"));
        boolean ran = policy.ran("COMPLETED".equals(r.getString("ending")), active, PlanCodec.fromJson(ranPlan).plannedDuration());
        return new Progression.Run(percent, at, ran, score(Sql.optInt(r, "pain_before")), score(Sql.optInt(r, "pain_after")));
    }

    private static OptionalInt score(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static SavedPlan readSaved(ResultSet r) throws SQLException {
        long client = r.getLong("client_id");
        Optional<Long> clientId = r.wasNull() ? Optional.empty() : Optional.of(client);
        return new SavedPlan(r.getLong("plan_id"), read(r), clientId,
                Sql.optDouble(r, "progression_percent").map(Progression.Rule::new),
                Optional.ofNullable(r.getString("baseline_at")).map(Instant::parse));
    }

    private PlanVersion addVersion(long planId, Plan plan) throws SQLException {
        int next = Sql.one(c, "SELECT COALESCE(MAX(version), 0) + 1 FROM plan_versions WHERE plan_id = ?",
                r -> r.getInt(1), planId).orElse(1);
        long id = Sql.insert(c, "INSERT INTO plan_versions (uuid, plan_id, version, name, mode, body, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", RecordIds.fresh(), planId, next, plan.name(), plan.mode().name(), PlanCodec.toJson(plan), clock.instant().toString());
        return new PlanVersion(id, planId, next, plan);
    }

    private static PlanVersion read(ResultSet r) throws SQLException {
        return new PlanVersion(r.getLong("id"), r.getLong("plan_id"), r.getInt("version"), PlanCodec.fromJson(r.getString("body")));
    }
}
