-- Retrotread schema on a clinic server, version 11: as the laptop's V11 (a client's limits beyond speed), with the
-- clinicians' right to change them like the rest of the profile.
ALTER TABLE clients ADD COLUMN max_grade_tenths BIGINT
    CHECK (max_grade_tenths IS NULL OR max_grade_tenths BETWEEN 0 AND 400);
--;
ALTER TABLE clients ADD COLUMN heart_rate_ceiling_bpm BIGINT
    CHECK (heart_rate_ceiling_bpm IS NULL OR heart_rate_ceiling_bpm BETWEEN 30 AND 230);
--;
ALTER TABLE clients ADD COLUMN heart_rate_not_a_guide BIGINT NOT NULL DEFAULT 0 CHECK (heart_rate_not_a_guide IN (0, 1));
--;
-- What a session opened with beyond speed (as the laptop's V11), for a session resumed after a crash.
ALTER TABLE sessions ADD COLUMN client_max_grade_tenths BIGINT;
--;
ALTER TABLE sessions ADD COLUMN grade_lowest_tenths BIGINT;
--;
ALTER TABLE sessions ADD COLUMN grade_highest_tenths BIGINT;
--;
ALTER TABLE sessions ADD COLUMN heart_rate_ceiling_bpm BIGINT;
--;
ALTER TABLE sessions ADD COLUMN heart_rate_not_a_guide BIGINT NOT NULL DEFAULT 0 CHECK (heart_rate_not_a_guide IN (0, 1));
--;
-- A sealed session's grade and heart-rate figures, for history lists and progress charts (sealed with the rest of
-- its summary, seal format 3): average and steepest grade (tenths of a percent), metres climbed backward uphill,
-- lowest and highest heart rate, active time above the ceiling. NULL: none (walked level, no heart rate taken).
ALTER TABLE session_summaries ADD COLUMN average_grade_tenths BIGINT;
--;
ALTER TABLE session_summaries ADD COLUMN max_grade_tenths BIGINT;
--;
ALTER TABLE session_summaries ADD COLUMN climbed_m DOUBLE PRECISION;
--;
ALTER TABLE session_summaries ADD COLUMN heart_rate_lowest_bpm BIGINT;
--;
ALTER TABLE session_summaries ADD COLUMN heart_rate_highest_bpm BIGINT;
--;
ALTER TABLE session_summaries ADD COLUMN above_ceiling_ms BIGINT;
--;
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'retrotread_clinician') THEN
        GRANT UPDATE (max_grade_tenths, heart_rate_ceiling_bpm, heart_rate_not_a_guide) ON clients TO retrotread_clinician;
    END IF;
END
$$;
