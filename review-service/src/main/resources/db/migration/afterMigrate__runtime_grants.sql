-- What the application's runtime role (${runtime_role}) may do in this schema. The schema and every table belong to
-- the owner role that runs these migrations; the runtime role reads and appends, updates only the rows whose state the
-- workflow moves, deletes only expired Idempotency-Key records, and may never TRUNCATE, alter or drop anything, so the
-- append-only tables (review versions, acts, seals, applied events) stay as written.
-- A Flyway callback run after every migrate, in one transaction: first what every service grants (platform's
-- db/runtime-role/afterMigrate.sql: SELECT and INSERT on every table, nothing else), then only the UPDATE and DELETE
-- rights this service's workflow needs.
SELECT ${flyway:defaultSchema}.grant_runtime_role_base('${runtime_role}');
-- State rows the workflow moves.
GRANT UPDATE ON
    ${flyway:defaultSchema}.review,
    ${flyway:defaultSchema}.review_task,
    ${flyway:defaultSchema}.outbox_event,
    ${flyway:defaultSchema}.idempotency_record,
    ${flyway:defaultSchema}.correction_counter,
    ${flyway:defaultSchema}.pending_signed_document
    TO ${runtime_role};
GRANT DELETE ON ${flyway:defaultSchema}.idempotency_record TO ${runtime_role};
-- A signature's PDF that is no longer pending (V60): the row goes when the signed document is stored.
GRANT DELETE ON ${flyway:defaultSchema}.pending_signed_document TO ${runtime_role};
