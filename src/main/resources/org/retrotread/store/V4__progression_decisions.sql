-- Retrotread schema, version 4: progression by sessions that ran, proposed and decided by a clinician.
-- A session keeps the level it ran at (a % above the plan's baseline), the raise the rule proposed, what
-- the clinician did with it, and the rule's reason (a message key and its arguments, as JSON), so its
-- sheet can say all of it and the next session knows where the client got to.
ALTER TABLE sessions ADD COLUMN progression_percent REAL
    CHECK (progression_percent IS NULL OR progression_percent >= 0);
--;
ALTER TABLE sessions ADD COLUMN progression_proposed_percent REAL
    CHECK (progression_proposed_percent IS NULL OR progression_proposed_percent > 0);
--;
ALTER TABLE sessions ADD COLUMN progression_decision TEXT
    CHECK (progression_decision IS NULL OR progression_decision IN ('NONE', 'ACCEPTED', 'ADJUSTED', 'HELD'));
--;
ALTER TABLE sessions ADD COLUMN progression_reason TEXT;
-- Sessions from before this version keep their week level only (a finished session never changes): the
-- level they ran at is read as that many raises of the plan's rule (see Plans.runs).
--;
-- A walk-test result typed wrongly is corrected, not changed: the correction is a row of its own (who,
-- when, why, the right time), written once; the original result stays as it was. The newest correction
-- of a result is the one its figures use.
CREATE TABLE walk_test_corrections (
    id           INTEGER PRIMARY KEY,
    walk_test_id INTEGER NOT NULL REFERENCES walk_tests (id),
    made_at      TEXT NOT NULL,
    author       TEXT NOT NULL CHECK (length(trim(author)) > 0),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    seconds      REAL NOT NULL CHECK (seconds > 0 AND seconds < 600)
);
--;
CREATE INDEX walk_test_corrections_by_test ON walk_test_corrections (walk_test_id);
--;
CREATE TRIGGER walk_test_corrections_never_change BEFORE UPDATE ON walk_test_corrections
BEGIN
    SELECT RAISE(ABORT, 'a correction never changes: add another');
END;
--;
CREATE TRIGGER walk_test_corrections_never_go BEFORE DELETE ON walk_test_corrections
BEGIN
    SELECT RAISE(ABORT, 'a correction is never deleted');
END;
--;
-- What a physiotherapist writes first about a client: the reason for referral or the diagnosis, the side
-- affected, the date of surgery, precautions and red flags (shown wherever a session is started or run),
-- and the goals. Empty text means not written yet.
ALTER TABLE clients ADD COLUMN referral TEXT NOT NULL DEFAULT '';
--;
ALTER TABLE clients ADD COLUMN affected_side TEXT NOT NULL DEFAULT 'NOT_STATED'
    CHECK (affected_side IN ('NOT_STATED', 'LEFT', 'RIGHT', 'BOTH'));
--;
ALTER TABLE clients ADD COLUMN surgery_date TEXT;
--;
ALTER TABLE clients ADD COLUMN precautions TEXT NOT NULL DEFAULT '';
--;
ALTER TABLE clients ADD COLUMN goals TEXT NOT NULL DEFAULT '';
