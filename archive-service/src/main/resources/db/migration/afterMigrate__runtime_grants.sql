-- What the application's runtime role (${runtime_role}) may do in this schema. The schema and every table belong to
-- the owner role that runs these migrations; the runtime role reads and appends, updates only the rows whose state the
-- workflow moves, deletes only expired Idempotency-Key records, and may never TRUNCATE, alter or drop anything, so the
-- append-only tables (archive records, the chain's signatures and checkpoints, the agenda book, quarantined arrivals,
-- applied events) stay as written; of an archive order, what was signed never changes.
-- A Flyway callback run after every migrate, in one transaction: first what every service grants (platform's
-- db/runtime-role/afterMigrate.sql: SELECT and INSERT on every table, nothing else), then only the UPDATE and DELETE
-- rights this service's workflow needs.
SELECT ${flyway:defaultSchema}.grant_runtime_role_base('${runtime_role}');
-- State rows the workflow moves.
GRANT UPDATE ON
    ${flyway:defaultSchema}.task,
    ${flyway:defaultSchema}.agenda_counter,
    ${flyway:defaultSchema}.outbox_event,
    ${flyway:defaultSchema}.idempotency_record
    TO ${runtime_role};
-- The end of the chain moves with every filing.
GRANT UPDATE (last_sequence, last_hash) ON ${flyway:defaultSchema}.chain_head TO ${runtime_role};
-- An order moves through its steps and takes its record's access class when filed; what was signed (content,
-- hash, seals, amendments, document number, who sent it) never changes.
GRANT UPDATE (state, version, ordered_by_upn, ordered_by_nip, ordered_by_name, ordered_acting, ordered_at,
    order_note, delegated_by_upn, delegated_by_nip, delegated_by_name, delegated_acting, delegated_at,
    delegation_note, archivist_upn, archivist_nip, record_id, filed_at, access_class)
    ON ${flyway:defaultSchema}.archive_order TO ${runtime_role};
-- An approved proposal changes its retention rule's terms (never its code or who first added it); a proposal is
-- decided once (what was proposed, by whom and why never changes). Retention minimums only change by migration.
GRANT UPDATE (title, active_years, inactive_years, final_disposition, note, version, approved_at, approved_by,
    proposal_id) ON ${flyway:defaultSchema}.retention_rule TO ${runtime_role};
GRANT UPDATE (state, decided_by_upn, decided_by_nip, decided_by_name, decided_acting, decided_at, decision_reason,
    resulting_version) ON ${flyway:defaultSchema}.retention_proposal TO ${runtime_role};
-- The last answer of the register of officers per officer is replaced by the next one.
GRANT UPDATE ON ${flyway:defaultSchema}.officer_seen TO ${runtime_role};
GRANT DELETE ON ${flyway:defaultSchema}.idempotency_record TO ${runtime_role};
