-- Retrotread schema on a clinic server, version 9: as V9 beside the SQLite scripts. The table is a workstation's
-- bookmark of what it pushed; kept here too so that both databases have one schema. It stays empty on a server.
CREATE TABLE server_pushes (
    session_uuid  TEXT PRIMARY KEY CHECK (length(session_uuid) = 36),
    last_seq      BIGINT NOT NULL DEFAULT 0,
    sealed        BIGINT NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    amendments    BIGINT NOT NULL DEFAULT 0,
    pushed_at     TEXT COLLATE "C" NOT NULL
);
