-- Retrotread schema, version 6: every record has a stable UUID, made when it is created.
-- A record keeps its identity wherever it goes (an export brought back, the clinic server of a later
-- version); the integer ids stay as this file's own keys. New records get theirs from the app (an event's is
-- derived from its session's UUID and its number, so an export can say it again); records from before this
-- version get a random one here.
--
-- The history tables refuse every UPDATE, so their "never change" triggers are set aside for the one UPDATE
-- that gives old rows their UUIDs, and put back as they were, in the same transaction.
DROP TRIGGER sessions_sealed_never_change;
--;
DROP TRIGGER session_events_never_change;
--;
DROP TRIGGER amendments_never_change;
--;
DROP TRIGGER plan_versions_never_change;
--;
DROP TRIGGER walk_tests_never_change;
--;
DROP TRIGGER walk_test_corrections_never_change;
--;
ALTER TABLE clients ADD COLUMN uuid TEXT;
--;
UPDATE clients SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX clients_by_uuid ON clients (uuid);
--;
CREATE TRIGGER clients_have_a_uuid BEFORE INSERT ON clients
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
ALTER TABLE plans ADD COLUMN uuid TEXT;
--;
UPDATE plans SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX plans_by_uuid ON plans (uuid);
--;
CREATE TRIGGER plans_have_a_uuid BEFORE INSERT ON plans
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
ALTER TABLE plan_versions ADD COLUMN uuid TEXT;
--;
UPDATE plan_versions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX plan_versions_by_uuid ON plan_versions (uuid);
--;
CREATE TRIGGER plan_versions_have_a_uuid BEFORE INSERT ON plan_versions
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
ALTER TABLE sessions ADD COLUMN uuid TEXT;
--;
UPDATE sessions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX sessions_by_uuid ON sessions (uuid);
--;
CREATE TRIGGER sessions_have_a_uuid BEFORE INSERT ON sessions
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
ALTER TABLE session_events ADD COLUMN uuid TEXT;
--;
UPDATE session_events SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX session_events_by_uuid ON session_events (uuid);
--;
CREATE TRIGGER session_events_have_a_uuid BEFORE INSERT ON session_events
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
ALTER TABLE amendments ADD COLUMN uuid TEXT;
--;
UPDATE amendments SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX amendments_by_uuid ON amendments (uuid);
--;
CREATE TRIGGER amendments_have_a_uuid BEFORE INSERT ON amendments
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
ALTER TABLE walk_tests ADD COLUMN uuid TEXT;
--;
UPDATE walk_tests SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX walk_tests_by_uuid ON walk_tests (uuid);
--;
CREATE TRIGGER walk_tests_have_a_uuid BEFORE INSERT ON walk_tests
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
ALTER TABLE walk_test_corrections ADD COLUMN uuid TEXT;
--;
UPDATE walk_test_corrections SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
--;
CREATE UNIQUE INDEX walk_test_corrections_by_uuid ON walk_test_corrections (uuid);
--;
CREATE TRIGGER walk_test_corrections_have_a_uuid BEFORE INSERT ON walk_test_corrections
WHEN NEW.uuid IS NULL OR length(NEW.uuid) <> 36
BEGIN
    SELECT RAISE(ABORT, 'every record has a UUID');
END;
--;
CREATE TRIGGER clients_keep_their_uuid BEFORE UPDATE OF uuid ON clients WHEN NEW.uuid IS NOT OLD.uuid
BEGIN
    SELECT RAISE(ABORT, 'a record''s UUID never changes');
END;
--;
CREATE TRIGGER plans_keep_their_uuid BEFORE UPDATE OF uuid ON plans WHEN NEW.uuid IS NOT OLD.uuid
BEGIN
    SELECT RAISE(ABORT, 'a record''s UUID never changes');
END;
--;
CREATE TRIGGER sessions_keep_their_uuid BEFORE UPDATE OF uuid ON sessions WHEN NEW.uuid IS NOT OLD.uuid
BEGIN
    SELECT RAISE(ABORT, 'a record''s UUID never changes');
END;
--;
-- As in versions 1, 2 and 4.
CREATE TRIGGER sessions_sealed_never_change BEFORE UPDATE ON sessions WHEN OLD.sealed = 1
BEGIN
    SELECT RAISE(ABORT, 'a finished session never changes: add an amendment');
END;
--;
CREATE TRIGGER session_events_never_change BEFORE UPDATE ON session_events
BEGIN
    SELECT RAISE(ABORT, 'session events never change');
END;
--;
CREATE TRIGGER amendments_never_change BEFORE UPDATE ON amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments never change: add another');
END;
--;
CREATE TRIGGER plan_versions_never_change BEFORE UPDATE ON plan_versions
BEGIN
    SELECT RAISE(ABORT, 'plan versions never change: save a new version');
END;
--;
CREATE TRIGGER walk_tests_never_change BEFORE UPDATE ON walk_tests
BEGIN
    SELECT RAISE(ABORT, 'a test result never changes');
END;
--;
CREATE TRIGGER walk_test_corrections_never_change BEFORE UPDATE ON walk_test_corrections
BEGIN
    SELECT RAISE(ABORT, 'a correction never changes: add another');
END;
