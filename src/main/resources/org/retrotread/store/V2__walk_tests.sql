-- Retrotread schema, version 2: the 3-Metre Backward Walk Test (time to walk 3 m backward).

CREATE TABLE walk_tests (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients (id),
    taken_on    TEXT NOT NULL,
    seconds     REAL NOT NULL CHECK (seconds > 0 AND seconds < 600),
    aid         TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
--;
CREATE INDEX walk_tests_by_client ON walk_tests (client_id, taken_on);
--;
-- A result is a clinical record: it is never changed or removed (a mistake is corrected by a new note).
CREATE TRIGGER walk_tests_never_change BEFORE UPDATE ON walk_tests
BEGIN
    SELECT RAISE(ABORT, 'a test result never changes');
END;
--;
CREATE TRIGGER walk_tests_never_go BEFORE DELETE ON walk_tests
BEGIN
    SELECT RAISE(ABORT, 'a test result is never deleted');
END;
