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
