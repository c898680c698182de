package org.retrotread.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.retrotread.session.plan.Plan;

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
            long planId = Sql.insert(c, "INSERT INTO plans (created_at) VALUES (?)", clock.instant().toString());
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
                    : Sql.insert(c, "INSERT INTO plans (starter_id, created_at) VALUES (?, ?)", starterId, clock.instant().toString());
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

    private PlanVersion addVersion(long planId, Plan plan) throws SQLException {
        int next = Sql.one(c, "SELECT COALESCE(MAX(version), 0) + 1 FROM plan_versions WHERE plan_id = ?",
                r -> r.getInt(1), planId).orElse(1);
        long id = Sql.insert(c, "INSERT INTO plan_versions (plan_id, version, name, mode, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                planId, next, plan.name(), plan.mode().name(), PlanCodec.toJson(plan), clock.instant().toString());
        return new PlanVersion(id, planId, next, plan);
    }

    private static PlanVersion read(ResultSet r) throws SQLException {
        return new PlanVersion(r.getLong("id"), r.getLong("plan_id"), r.getInt("version"), PlanCodec.fromJson(r.getString("body")));
    }
}
