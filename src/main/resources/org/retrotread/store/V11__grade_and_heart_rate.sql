-- Retrotread schema, version 11: a client's limits beyond speed. Grades and heart rates in a session are events
-- (session_events.n1, as whole tenths of a percent and beats per minute), so they need no column of their own.

-- The steepest grade the clinician allows, in tenths of a percent (50 = 5 %); NULL: no limit of the client's.
ALTER TABLE clients ADD COLUMN max_grade_tenths INTEGER
    CHECK (max_grade_tenths IS NULL OR max_grade_tenths BETWEEN 0 AND 400);
--;
-- The heart-rate ceiling in beats per minute; NULL: none set.
ALTER TABLE clients ADD COLUMN heart_rate_ceiling_bpm INTEGER
    CHECK (heart_rate_ceiling_bpm IS NULL OR heart_rate_ceiling_bpm BETWEEN 30 AND 230);
--;
-- 1: heart rate does not reflect effort for this client (the clinician's judgement): the ceiling is off.
ALTER TABLE clients ADD COLUMN heart_rate_not_a_guide INTEGER NOT NULL DEFAULT 0 CHECK (heart_rate_not_a_guide IN (0, 1));
--;
-- What a session opened with beyond speed, so that a session resumed after a crash keeps the same limits: the
-- client's steepest grade, the deck's range, and the heart-rate ceiling (NULL: none). Each heart rate recorded also
-- keeps the ceiling in force with it (sealed with the events); these columns serve the live session alone.
ALTER TABLE sessions ADD COLUMN client_max_grade_tenths INTEGER;
--;
ALTER TABLE sessions ADD COLUMN grade_lowest_tenths INTEGER;
--;
ALTER TABLE sessions ADD COLUMN grade_highest_tenths INTEGER;
--;
ALTER TABLE sessions ADD COLUMN heart_rate_ceiling_bpm INTEGER;
--;
ALTER TABLE sessions ADD COLUMN heart_rate_not_a_guide INTEGER NOT NULL DEFAULT 0 CHECK (heart_rate_not_a_guide IN (0, 1));
--;
-- A sealed session's grade and heart-rate figures, for history lists and progress charts (sealed with the rest of
-- its summary, seal format 3): average and steepest grade (tenths of a percent), metres climbed backward uphill,
-- lowest and highest heart rate, active time above the ceiling. NULL: none (walked level, no heart rate taken).
ALTER TABLE session_summaries ADD COLUMN average_grade_tenths INTEGER;
--;
ALTER TABLE session_summaries ADD COLUMN max_grade_tenths INTEGER;
--;
ALTER TABLE session_summaries ADD COLUMN climbed_m REAL;
--;
ALTER TABLE session_summaries ADD COLUMN heart_rate_lowest_bpm INTEGER;
--;
ALTER TABLE session_summaries ADD COLUMN heart_rate_highest_bpm INTEGER;
--;
ALTER TABLE session_summaries ADD COLUMN above_ceiling_ms INTEGER;
