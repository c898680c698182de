-- Retrotread on a clinic's PostgreSQL server: run once, as a PostgreSQL superuser, on the server:
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -f setup.sql
-- It makes the group roles and an empty database "retrotread" owned by retrotread_owner. Retrotread makes its
-- tables itself the first time a member of retrotread_admin signs in, and grants each group its part then.
-- Staff: one login each, in one group (createuser asks for the password; Retrotread never stores it):
--   sudo -u postgres createuser --pwprompt --role=retrotread_clinician ana
--   sudo -u postgres createuser --pwprompt --role=retrotread_admin ben
\ir roles.sql
CREATE DATABASE retrotread OWNER retrotread_owner ENCODING 'UTF8' TEMPLATE template0;
\connect retrotread
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO retrotread_clinician;
GRANT USAGE, CREATE ON SCHEMA public TO retrotread_owner;
