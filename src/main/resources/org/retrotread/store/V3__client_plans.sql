-- Retrotread schema, version 3: plans kept for one client with a weekly progression, the exact plan a
-- progressed session ran, and each session's effort rating for the progress charts.

-- NULL: a library plan anyone may run. Otherwise the plan is that client's own.
ALTER TABLE plans ADD COLUMN client_id INTEGER REFERENCES clients (id);
--;
-- NULL: no progression. Otherwise each week since baseline_at raises speeds by this % of the baseline.
ALTER TABLE plans ADD COLUMN progression_percent REAL
    CHECK (progression_percent IS NULL OR (progression_percent > 0 AND progression_percent <= 50));
--;
-- When the baseline (the saved version progression counts from) was set, as an ISO-8601 instant.
ALTER TABLE plans ADD COLUMN baseline_at TEXT;
--;
CREATE INDEX plans_by_client ON plans (client_id);
--;
-- A progressed session runs faster than the version it points at: the plan it really ran is kept
-- here (as JSON, like plan_versions.body) with the week level and what the rule did, so a replay
-- rebuilds exactly what ran and the next session knows where the client got to.
ALTER TABLE sessions ADD COLUMN plan_run TEXT;
--;
ALTER TABLE sessions ADD COLUMN progression_week INTEGER CHECK (progression_week IS NULL OR progression_week >= 0);
--;
ALTER TABLE sessions ADD COLUMN progression_outcome TEXT;
--;
ALTER TABLE session_summaries ADD COLUMN rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10);
--;
-- The load is RPE x active minutes, so the RPE of sessions sealed before this column is recoverable.
UPDATE session_summaries SET rpe = CAST(round(session_load * 60000.0 / active_ms) AS INTEGER)
WHERE session_load IS NOT NULL AND active_ms > 0;
