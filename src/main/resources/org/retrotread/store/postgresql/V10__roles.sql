-- Retrotread schema on a clinic server, version 10: the two groups' rights, enforced by the server (decision 0021).
-- The groups come from packaging/clinic-server/roles.sql; a server without them (a test's, a single user's) gets
-- none of this and is used by its owner alone. "Never changes" stays the triggers' work for everyone.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'retrotread_clinician')
        OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'retrotread_admin') THEN
        RETURN;
    END IF;
    GRANT USAGE ON SCHEMA public TO retrotread_clinician;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO retrotread_clinician;
    -- The day's work: clients, sessions and what belongs to them.
    GRANT INSERT, DELETE ON clients TO retrotread_clinician;
    GRANT UPDATE (name, identifier, date_of_birth, body_mass_kg, max_speed_mps, notes, referral, affected_side, surgery_date,
        precautions, goals) ON clients TO retrotread_clinician;
    GRANT INSERT ON sessions, session_events, session_summaries, amendments, audit_trail, walk_tests, walk_test_corrections
        TO retrotread_clinician;
    GRANT UPDATE (last_seen_ns, last_seen_at, ended_at, ending, end_reason, sealed, seal_sha256) ON sessions TO retrotread_clinician;
    -- Sessions open on starters and on plans made for one session or one client; a client's plan progresses.
    GRANT INSERT ON plans, plan_versions TO retrotread_clinician;
    GRANT UPDATE (client_id, progression_percent, baseline_at) ON plans TO retrotread_clinician;
    -- The administrators: also the settings, archiving, and the library's plans (below).
    GRANT INSERT, UPDATE, DELETE ON settings TO retrotread_admin;
    GRANT UPDATE (archived) ON clients, plans TO retrotread_admin;
END
$$;
--;
CREATE FUNCTION retrotread_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'retrotread_admin')
        OR pg_has_role(session_user, 'retrotread_admin', 'MEMBER')
        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
$$;
--;
-- A library plan (no starter, no client) changes by its next version: that is the administrators' work.
CREATE FUNCTION retrotread_library_by_admin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT retrotread_is_admin() AND EXISTS (SELECT FROM plans p WHERE p.id = NEW.plan_id AND p.starter_id IS NULL
            AND p.client_id IS NULL) AND EXISTS (SELECT FROM plan_versions v WHERE v.plan_id = NEW.plan_id) THEN
        RAISE EXCEPTION 'only an administrator changes a plan in the library' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
--;
CREATE TRIGGER plan_versions_library_by_admin BEFORE INSERT ON plan_versions FOR EACH ROW
EXECUTE FUNCTION retrotread_library_by_admin();
--;
-- The author of an amendment, a correction or an audit row is the login that writes it, not a typed name. An
-- administrator moving a laptop's records in keeps the names they were written under.
CREATE FUNCTION retrotread_author_is_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.author IS DISTINCT FROM session_user AND NOT retrotread_is_admin() THEN
        RAISE EXCEPTION 'the author is the login that writes it (%), not %', session_user, NEW.author
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
--;
CREATE TRIGGER amendments_by_their_login BEFORE INSERT ON amendments FOR EACH ROW EXECUTE FUNCTION retrotread_author_is_login();
--;
CREATE TRIGGER walk_test_corrections_by_their_login BEFORE INSERT ON walk_test_corrections FOR EACH ROW
EXECUTE FUNCTION retrotread_author_is_login();
--;
CREATE TRIGGER audit_trail_by_their_login BEFORE INSERT ON audit_trail FOR EACH ROW EXECUTE FUNCTION retrotread_author_is_login();
