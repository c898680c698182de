-- Retrotread schema, version 5: a record is never replaced, and the file says whose it is.
--
-- INSERT OR REPLACE (and REPLACE, and UPDATE OR REPLACE) removes the row in the way without firing its
-- DELETE triggers, so the "never changes, never goes" triggers of earlier versions did not stop it. Each
-- table of records refuses, before the insert, a row whose key is taken; and no update may change a key.
-- A retry of a write that went through is recognised by the app (the same row is there already), never by
-- the database quietly doing nothing.
--
-- SQLite's application_id marks the file as Retrotread's ("RTRD" in ASCII), so another program's database
-- is refused at opening instead of being given these tables.
PRAGMA application_id = 1381257796;
--;
CREATE TRIGGER clients_never_replaced BEFORE INSERT ON clients
WHEN EXISTS (SELECT 1 FROM clients WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a client is never replaced: change the profile instead');
END;
--;
CREATE TRIGGER clients_keep_their_number BEFORE UPDATE OF id ON clients WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'a client''s number never changes');
END;
--;
CREATE TRIGGER plans_never_replaced BEFORE INSERT ON plans
WHEN EXISTS (SELECT 1 FROM plans WHERE id = NEW.id OR (NEW.starter_id IS NOT NULL AND starter_id = NEW.starter_id))
BEGIN
    SELECT RAISE(ABORT, 'a plan is never replaced: save a new version');
END;
--;
CREATE TRIGGER plans_keep_their_number BEFORE UPDATE ON plans
WHEN NEW.id IS NOT OLD.id OR NEW.starter_id IS NOT OLD.starter_id
BEGIN
    SELECT RAISE(ABORT, 'a plan''s number never changes');
END;
--;
CREATE TRIGGER plan_versions_never_replaced BEFORE INSERT ON plan_versions
WHEN EXISTS (SELECT 1 FROM plan_versions WHERE id = NEW.id OR (plan_id = NEW.plan_id AND version = NEW.version))
BEGIN
    SELECT RAISE(ABORT, 'plan versions never change: save a new version');
END;
--;
CREATE TRIGGER sessions_never_replaced BEFORE INSERT ON sessions
WHEN EXISTS (SELECT 1 FROM sessions WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a session is never replaced');
END;
--;
CREATE TRIGGER sessions_keep_their_number BEFORE UPDATE OF id ON sessions WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'a session''s number never changes');
END;
--;
CREATE TRIGGER session_events_never_replaced BEFORE INSERT ON session_events
WHEN EXISTS (SELECT 1 FROM session_events WHERE session_id = NEW.session_id AND seq = NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'session events never change');
END;
--;
-- The summary is written once, with the seal, and then only read.
CREATE TRIGGER session_summaries_never_replaced BEFORE INSERT ON session_summaries
WHEN EXISTS (SELECT 1 FROM session_summaries WHERE session_id = NEW.session_id)
    OR (SELECT sealed FROM sessions WHERE id = NEW.session_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a finished session never changes: add an amendment');
END;
--;
CREATE TRIGGER session_summaries_never_change BEFORE UPDATE ON session_summaries
BEGIN
    SELECT RAISE(ABORT, 'a finished session never changes: add an amendment');
END;
--;
CREATE TRIGGER session_summaries_never_go BEFORE DELETE ON session_summaries
BEGIN
    SELECT RAISE(ABORT, 'a finished session never changes: add an amendment');
END;
--;
CREATE TRIGGER amendments_never_replaced BEFORE INSERT ON amendments
WHEN EXISTS (SELECT 1 FROM amendments WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'amendments never change: add another');
END;
--;
CREATE TRIGGER walk_tests_never_replaced BEFORE INSERT ON walk_tests
WHEN EXISTS (SELECT 1 FROM walk_tests WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a walk-test result never changes: add a correction');
END;
--;
CREATE TRIGGER walk_test_corrections_never_replaced BEFORE INSERT ON walk_test_corrections
WHEN EXISTS (SELECT 1 FROM walk_test_corrections WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a correction never changes: add another');
END;
