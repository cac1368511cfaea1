-- What the application's runtime role (${runtime_role}) may do in this schema. The schema and every table belong to
-- the owner role that runs these migrations; the runtime role reads and appends, updates only the rows whose state the
-- workflow moves, deletes only expired Idempotency-Key records, and may never TRUNCATE, alter or drop anything, so the
-- append-only tables (draft versions, the case timeline, units' rows, applied events) stay as written.
-- A Flyway callback run after every migrate, in one transaction: first what every service grants (platform's
-- db/runtime-role/afterMigrate.sql: SELECT and INSERT on every table, nothing else), then only the UPDATE and DELETE
-- rights this service's workflow needs.
SELECT ${flyway:defaultSchema}.grant_runtime_role_base('${runtime_role}');
-- State rows the workflow moves.
GRANT UPDATE ON
    ${flyway:defaultSchema}.correction_case,
    ${flyway:defaultSchema}.draft,
    ${flyway:defaultSchema}.memo_counter,
    ${flyway:defaultSchema}.task,
    ${flyway:defaultSchema}.outbox_event,
    ${flyway:defaultSchema}.idempotency_record
    TO ${runtime_role};
-- A unit's resubmission supersedes its earlier one; nothing else of a submission changes.
GRANT UPDATE (superseded_at) ON ${flyway:defaultSchema}.submission TO ${runtime_role};
-- A reopening records the unit's answer and its closing when the Kabag forwards again; the rest never changes.
GRANT UPDATE (submission_id, resubmitted_at, closed_at, closed_by_upn, closing_note)
    ON ${flyway:defaultSchema}.reopening TO ${runtime_role};
-- A frozen draft version is marked when review returns it; its content never changes.
GRANT UPDATE (return_reason, returned_at) ON ${flyway:defaultSchema}.draft_version TO ${runtime_role};
-- Reference data: the admin replaces a unit or an officer (each change is appended to reference_change).
GRANT UPDATE ON ${flyway:defaultSchema}.unit, ${flyway:defaultSchema}.officer TO ${runtime_role};
-- The reply letter uploaded to the case before the reply was entered on behalf of a unit moves to that submission.
GRANT UPDATE (parent_kind, submission_id, unit_code) ON ${flyway:defaultSchema}.attachment TO ${runtime_role};
GRANT DELETE ON ${flyway:defaultSchema}.idempotency_record TO ${runtime_role};
-- The admin keeps the working calendar: a year's decree is replaced whole, a dated exception or a change of hours is
-- set or removed.
GRANT UPDATE, DELETE ON ${flyway:defaultSchema}.calendar_holiday_year, ${flyway:defaultSchema}.calendar_day,
    ${flyway:defaultSchema}.calendar_hours_change TO ${runtime_role};
-- document_pdf (a rendered disposition or Nota Dinas, its bytes and SHA-256) is append-only: the base grants suffice.
