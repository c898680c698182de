-- Retrotread schema, version 9: what of each session a workstation has pushed to the clinic server (decision 0021).
-- A workstation runs its sessions into its own file first and a sender copies them to the server; this table is
-- the sender's bookmark, so that it asks the server only about sessions with something new. A bookmark behind the
-- truth is harmless (the push itself skips what the server has, by UUID); one ahead of it cannot happen, because
-- it is written only after the server's commit. On a laptop without a server, and on the server, it stays empty.
CREATE TABLE server_pushes (
    session_uuid  TEXT PRIMARY KEY CHECK (length(session_uuid) = 36),
    last_seq      INTEGER NOT NULL DEFAULT 0,
    sealed        INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    amendments    INTEGER NOT NULL DEFAULT 0,
    pushed_at     TEXT NOT NULL
);
