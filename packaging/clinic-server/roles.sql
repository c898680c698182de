-- Retrotread on a clinic's PostgreSQL server: the three group roles (decision 0021). Safe to run again.
--   retrotread_owner      owns Retrotread's tables; nobody signs in as it (it cannot log in)
--   retrotread_clinician  clients, sessions, amendments, walk tests: the day's work
--   retrotread_admin      also the plan library, the settings, archiving; a member of both the others
-- Each member of staff signs in as their own role, made a member of one group (see setup.sql).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'retrotread_owner') THEN
        CREATE ROLE retrotread_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'retrotread_clinician') THEN
        CREATE ROLE retrotread_clinician NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'retrotread_admin') THEN
        CREATE ROLE retrotread_admin NOLOGIN;
    END IF;
    GRANT retrotread_clinician TO retrotread_admin;
    GRANT retrotread_owner TO retrotread_admin;
END
$$;
