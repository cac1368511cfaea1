-- What the application's runtime role (${runtime_role}) may do in this schema. The schema and every table belong to
-- the owner role that runs these migrations; the runtime role reads and appends, updates only the rows whose state the
-- workflow moves, deletes only expired Idempotency-Key records, and may never TRUNCATE, alter or drop anything, so the
-- append-only tables (archive records, the chain's signatures and checkpoints, the agenda book, quarantined arrivals,
-- retention rules, applied events) stay as written; of an archive order, what was signed never changes.
-- Re-run by Flyway after every versioned migration whenever this file changes. A new table gets SELECT and INSERT by
-- the default privileges below; give it UPDATE or DELETE here only if the design needs it.
DO $grants$
DECLARE
    runtime text := '${runtime_role}';
    s text := '${flyway:defaultSchema}';
BEGIN
    IF runtime = current_user THEN
        RAISE NOTICE 'one role runs the migrations and the application (%): no separate runtime grants', runtime;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT ON TABLES TO %I', s, runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', s, runtime);
    -- From nothing each time, so a grant removed from this file is removed from the database too.
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, runtime);
    EXECUTE format('GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA %I TO %I', s, runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, runtime);
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', s, '${flyway:table}', runtime);
    -- State rows the workflow moves.
    EXECUTE format('GRANT UPDATE ON %I.task, %I.agenda_counter, %I.outbox_event, %I.idempotency_record TO %I',
                   s, s, s, s, runtime);
    -- The end of the chain moves with every filing.
    EXECUTE format('GRANT UPDATE (last_sequence, last_hash) ON %I.chain_head TO %I', s, runtime);
    -- An order moves through its steps and takes its record's access class when filed; what was signed (content,
    -- hash, seals, amendments, document number, who sent it) never changes.
    EXECUTE format('GRANT UPDATE (state, version, ordered_by_upn, ordered_by_nip, ordered_by_name, ordered_acting, '
                   'ordered_at, order_note, delegated_by_upn, delegated_by_nip, delegated_by_name, delegated_acting, '
                   'delegated_at, delegation_note, archivist_upn, archivist_nip, record_id, filed_at, access_class) '
                   'ON %I.archive_order TO %I', s, runtime);
    EXECUTE format('GRANT DELETE ON %I.idempotency_record TO %I', s, runtime);
END
$grants$;
