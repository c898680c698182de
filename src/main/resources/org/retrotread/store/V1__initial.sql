-- Retrotread schema, version 1. Statements are separated by lines reading "--;" (triggers contain ";").
-- Times: wall-clock instants as ISO-8601 text (UTC); session offsets as nanoseconds on the session's
-- monotonic clock. Speeds in metres per second, masses in kilograms, durations in milliseconds.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
--;
CREATE TABLE clients (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    identifier    TEXT,
    date_of_birth TEXT,
    body_mass_kg  REAL CHECK (body_mass_kg IS NULL OR body_mass_kg BETWEEN 10 AND 400),
    max_speed_mps REAL CHECK (max_speed_mps IS NULL OR max_speed_mps > 0),
    notes         TEXT NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at    TEXT NOT NULL
);
--;
CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE);
--;
-- A client with sessions is archived, never deleted: the sessions would lose their person.
CREATE TRIGGER clients_keep_with_sessions BEFORE DELETE ON clients
WHEN EXISTS (SELECT 1 FROM sessions WHERE client_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a client with sessions is archived, not deleted');
END;
--;
CREATE TABLE plans (
    id         INTEGER PRIMARY KEY,
    starter_id TEXT UNIQUE,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL
);
--;
-- Each edit of a plan is a new version; a session points at the exact version it ran.
CREATE TABLE plan_versions (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plans (id),
    version    INTEGER NOT NULL CHECK (version >= 1),
    name       TEXT NOT NULL,
    mode       TEXT NOT NULL CHECK (mode IN ('POWERED', 'UNPOWERED')),
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (plan_id, version)
);
--;
CREATE TRIGGER plan_versions_never_change BEFORE UPDATE ON plan_versions
BEGIN
    SELECT RAISE(ABORT, 'plan versions never change: save a new version');
END;
--;
CREATE TRIGGER plan_versions_never_go BEFORE DELETE ON plan_versions
BEGIN
    SELECT RAISE(ABORT, 'plan versions are kept for the sessions that ran them');
END;
--;
CREATE TABLE sessions (
    id                      INTEGER PRIMARY KEY,
    client_id               INTEGER REFERENCES clients (id),
    plan_version_id         INTEGER NOT NULL REFERENCES plan_versions (id),
    mode                    TEXT NOT NULL CHECK (mode IN ('POWERED', 'UNPOWERED')),
    operator                TEXT NOT NULL DEFAULT '',
    client_max_speed_mps    REAL,
    treadmill_max_speed_mps REAL NOT NULL,
    body_mass_kg            REAL,
    opened_at               TEXT NOT NULL,
    -- Heartbeat while a session runs: after a crash, the time from here to the restart is a pause.
    last_seen_ns            INTEGER NOT NULL DEFAULT 0,
    last_seen_at            TEXT,
    ended_at                TEXT,
    ending                  TEXT CHECK (ending IS NULL OR ending IN ('COMPLETED', 'ENDED_EARLY', 'INTERRUPTED')),
    end_reason              TEXT,
    sealed                  INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1))
);
--;
CREATE INDEX sessions_by_client ON sessions (client_id, opened_at);
--;
CREATE INDEX sessions_unsealed ON sessions (sealed) WHERE sealed = 0;
--;
-- A sealed (finished and closed) session never changes: corrections are amendments.
CREATE TRIGGER sessions_sealed_never_change BEFORE UPDATE ON sessions WHEN OLD.sealed = 1
BEGIN
    SELECT RAISE(ABORT, 'a finished session never changes: add an amendment');
END;
--;
CREATE TRIGGER sessions_never_go BEFORE DELETE ON sessions
BEGIN
    SELECT RAISE(ABORT, 'sessions are never deleted');
END;
--;
CREATE TABLE session_events (
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    at_ns      INTEGER NOT NULL CHECK (at_ns >= 0),
    type       TEXT NOT NULL,
    speed_mps  REAL,
    n1         INTEGER,
    n2         INTEGER,
    flag       INTEGER,
    label      TEXT,
    text       TEXT,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
--;
CREATE TRIGGER session_events_never_change BEFORE UPDATE ON session_events
BEGIN
    SELECT RAISE(ABORT, 'session events never change');
END;
--;
CREATE TRIGGER session_events_never_go BEFORE DELETE ON session_events
BEGIN
    SELECT RAISE(ABORT, 'session events are never deleted');
END;
--;
CREATE TRIGGER session_events_only_while_open BEFORE INSERT ON session_events
WHEN (SELECT sealed FROM sessions WHERE id = NEW.session_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'a finished session never changes: add an amendment');
END;
--;
-- Figures worked out from the events when a session is sealed, for fast history lists.
-- Derived and rebuildable from session_events at any time; written once, with the seal.
CREATE TABLE session_summaries (
    session_id          INTEGER PRIMARY KEY REFERENCES sessions (id),
    active_ms           INTEGER NOT NULL,
    on_rails_ms         INTEGER NOT NULL,
    hands_free_ms       INTEGER NOT NULL,
    backward_m          REAL NOT NULL,
    max_backward_mps    REAL,
    max_hands_free_mps  REAL,
    pain_before         INTEGER,
    pain_after          INTEGER,
    session_load        REAL,
    energy_kcal         REAL
);
--;
CREATE TABLE amendments (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    made_at    TEXT NOT NULL,
    author     TEXT NOT NULL CHECK (length(trim(author)) > 0),
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
--;
CREATE INDEX amendments_by_session ON amendments (session_id);
--;
CREATE TRIGGER amendments_never_change BEFORE UPDATE ON amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments never change: add another');
END;
--;
CREATE TRIGGER amendments_never_go BEFORE DELETE ON amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments are never deleted');
END;
