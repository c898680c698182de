-- Retrotread schema, version 8: corrections that count, and an audit trail.
-- An amendment may now name what it corrects: field_key (a CorrectedField), event_seq (the check-in, speed
-- entry or note it changes) and value (the new value in its canonical form). Every figure is worked out again
-- with the corrections applied; amendments from before this version (field_key NULL) stay in the trail as text.
ALTER TABLE amendments ADD COLUMN field_key TEXT CHECK (field_key IS NULL OR field_key IN ('PAIN_BEFORE', 'PAIN_AFTER',
    'CHECK_IN_EFFORT', 'CHECK_IN_PAIN', 'SPEED', 'ENDING', 'NOTE', 'OTHER'));
--;
ALTER TABLE amendments ADD COLUMN event_seq INTEGER;
--;
ALTER TABLE amendments ADD COLUMN value TEXT;
--;
-- Who did what to the record, and when: profile changes (field, before, after), archiving, amendments, exports
-- (what, to where), backups and restores. Rows are written once, each with a SHA-256 over itself and the row
-- before it, so a row changed or taken away outside Retrotread shows.
CREATE TABLE audit_trail (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    at          TEXT NOT NULL,
    author      TEXT NOT NULL CHECK (length(trim(author)) > 0),
    client_id   INTEGER, -- no foreign key: the trail outlives a client removed as a typing mistake
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    before      TEXT,
    after       TEXT,
    chain_sha256 TEXT NOT NULL
);
--;
CREATE INDEX audit_trail_by_client ON audit_trail (client_id);
--;
CREATE TRIGGER audit_trail_never_changes BEFORE UPDATE ON audit_trail
BEGIN
    SELECT RAISE(ABORT, 'the audit trail never changes');
END;
--;
CREATE TRIGGER audit_trail_never_goes BEFORE DELETE ON audit_trail
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never deleted');
END;
--;
CREATE TRIGGER audit_trail_never_replaced BEFORE INSERT ON audit_trail
WHEN EXISTS (SELECT 1 FROM audit_trail WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail never changes');
END;
