-- The embedded demo database (H2) has no PL/pgSQL: there the audit log is append-only because the
-- application offers no way to change or delete a row. Production (PostgreSQL) adds a trigger.
SELECT 1;
