-- What every service's runtime role may do in its schema, the same in all three services, as a function that each
-- service's own afterMigrate__runtime_grants.sql calls first and then adds the few UPDATE and DELETE rights its
-- workflow needs — in the same transaction, so a running replica never sees the rights half rebuilt.
-- The schema and every table belong to the owner role that runs the migrations; the runtime role reads and appends,
-- and may never TRUNCATE, alter or drop anything, so the append-only tables stay as written. The rights are rebuilt
-- from nothing after every migrate, so a grant removed from a file is gone from the database too.
-- A Flyway callback; it runs before the service's (Flyway orders a callback without a description first).
CREATE OR REPLACE FUNCTION ${flyway:defaultSchema}.grant_runtime_role_base(runtime text) RETURNS boolean
LANGUAGE plpgsql AS $base$
DECLARE
    s text := '${flyway:defaultSchema}';
BEGIN
    IF runtime = current_user THEN
        RAISE NOTICE 'one role runs the migrations and the application (%): no separate runtime grants', runtime;
        RETURN false;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT ON TABLES TO %I', s, runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', s, runtime);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, runtime);
    EXECUTE format('GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA %I TO %I', s, runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, runtime);
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', s, '${flyway:table}', runtime);
    -- Notifications (platform's notification package, the same tables in every service): a stream ticket is deleted
    -- when used or expired; a removed webhook is marked, never deleted.
    EXECUTE format('GRANT DELETE ON %I.stream_ticket TO %I', s, runtime);
    EXECUTE format('GRANT UPDATE (deleted_at) ON %I.webhook TO %I', s, runtime);
    -- The working calendar (platform's db/platform) is replaced whole when it changes.
    IF to_regclass(format('%I.office_interval', s)) IS NOT NULL THEN
        EXECUTE format('GRANT UPDATE ON %I.working_calendar TO %I', s, runtime);
        EXECUTE format('GRANT DELETE ON %I.office_interval TO %I', s, runtime);
    END IF;
    RETURN true;
END
$base$;
REVOKE ALL ON FUNCTION ${flyway:defaultSchema}.grant_runtime_role_base(text) FROM PUBLIC;
