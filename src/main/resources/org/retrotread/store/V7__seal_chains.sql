-- Retrotread schema, version 7: tamper evidence. When a session is sealed, a SHA-256 over everything stored
-- for it (its row, every event, its summary) is kept with it; each amendment keeps a SHA-256 over itself and
-- the link before it (the seal, or the amendment before), a chain. Retrotread works them out again whenever a
-- session is opened, printed or exported: a record changed outside Retrotread (the guards dropped, a row
-- rewritten) no longer matches, and says so. Sessions sealed before this version have no seal to check.
ALTER TABLE sessions ADD COLUMN seal_sha256 TEXT;
--;
ALTER TABLE amendments ADD COLUMN chain_sha256 TEXT;
--;
-- From which session on every sealed session has a seal: one without, from here on, lost it outside Retrotread.
INSERT INTO settings (key, value) SELECT 'sealsSinceSessionId', COALESCE(MAX(id), 0) + 1 FROM sessions;
