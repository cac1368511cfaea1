-- archive-service: SOP 45 steps 8–10. This service's schema only.

-- A signed correction received from review-service, on its way into the archive.
CREATE TABLE archive_order (
    id                 uuid PRIMARY KEY,
    event_id           uuid          NOT NULL UNIQUE,
    case_id            uuid          NOT NULL,
    review_id          uuid          NOT NULL,
    correction_version integer       NOT NULL,
    draft_version      integer       NOT NULL,
    title              varchar(200)  NOT NULL,
    year               integer       NOT NULL,
    period             varchar(10)   NOT NULL,
    content            text          NOT NULL,
    content_hash       varchar(64)   NOT NULL,
    seals              jsonb         NOT NULL,
    signed_at          timestamptz   NOT NULL,
    received_at        timestamptz   NOT NULL,
    received_from      varchar(100)  NOT NULL,
    state              varchar(20)   NOT NULL,
    version            integer       NOT NULL,
    ordered_by_upn     varchar(100),
    ordered_by_nip     varchar(18),
    ordered_by_name    varchar(200),
    ordered_acting     boolean       NOT NULL DEFAULT false,
    ordered_at         timestamptz,
    order_note         varchar(2000),
    delegated_by_upn   varchar(100),
    delegated_by_nip   varchar(18),
    delegated_by_name  varchar(200),
    delegated_acting   boolean       NOT NULL DEFAULT false,
    delegated_at       timestamptz,
    delegation_note    varchar(2000),
    archivist_upn      varchar(100),
    archivist_nip      varchar(18),
    record_id          uuid,
    filed_at           timestamptz,
    UNIQUE (case_id, correction_version)
);
CREATE INDEX archive_order_state_idx ON archive_order (state, received_at);
CREATE INDEX archive_order_archivist_idx ON archive_order (archivist_upn) WHERE state = 'DELEGATED';

-- Arrivals whose content does not match their hash: refused, never filed, kept for investigation.
CREATE TABLE quarantined_arrival (
    id            uuid PRIMARY KEY,
    event_id      uuid          NOT NULL UNIQUE,
    case_id       uuid          NOT NULL,
    correction_version integer  NOT NULL,
    claimed_hash  varchar(64)   NOT NULL,
    actual_hash   varchar(64)   NOT NULL,
    reason        varchar(40)   NOT NULL,
    payload       jsonb         NOT NULL,
    received_at   timestamptz   NOT NULL,
    received_from varchar(100)  NOT NULL
);
CREATE INDEX quarantined_arrival_received_idx ON quarantined_arrival (received_at DESC);

-- Jadwal Retensi Arsip: kept as data so that the archive can extend it.
CREATE TABLE retention_rule (
    classification_code varchar(30)   PRIMARY KEY,
    title               varchar(300)  NOT NULL,
    active_years        integer       NOT NULL CHECK (active_years >= 0),
    inactive_years      integer       NOT NULL CHECK (inactive_years >= 0),
    final_disposition   varchar(20)   NOT NULL CHECK (final_disposition IN ('DESTROY', 'PERMANENT', 'REVIEW')),
    note                varchar(2000),
    created_at          timestamptz   NOT NULL,
    created_by          varchar(100)  NOT NULL
);
INSERT INTO retention_rule VALUES
    ('000.8.6.3', 'Government agency performance accountability (SAKIP)', 2, 3, 'DESTROY', NULL, now(), 'migration'),
    ('000.8.3.3', 'Standard operating procedures', 2, 3, 'PERMANENT', NULL, now(), 'migration'),
    ('000.5.3.1', 'Agenda books', 2, 3, 'DESTROY', NULL, now(), 'migration');

-- A filed record. Never changes: see the trigger below.
CREATE TABLE archive_record (
    id                  uuid PRIMARY KEY,
    sequence            bigint        NOT NULL UNIQUE,
    order_id            uuid          NOT NULL UNIQUE REFERENCES archive_order (id),
    case_id             uuid          NOT NULL,
    correction_version  integer       NOT NULL,
    title               varchar(200)  NOT NULL,
    year                integer       NOT NULL,
    period              varchar(10)   NOT NULL,
    classification_code varchar(30)   NOT NULL REFERENCES retention_rule (classification_code),
    file_number         varchar(50)   NOT NULL,
    item_number         integer       NOT NULL,
    processing_unit     varchar(100)  NOT NULL,
    description         varchar(2000) NOT NULL,
    covered_from        date          NOT NULL,
    covered_to          date          NOT NULL,
    closing_year        integer       NOT NULL,
    quantity            integer       NOT NULL,
    medium              varchar(20)   NOT NULL,
    authenticity        varchar(20)   NOT NULL,
    access_class        varchar(20)   NOT NULL,
    location_folder     varchar(50)   NOT NULL,
    location_box        varchar(50)   NOT NULL,
    location_shelf      varchar(50)   NOT NULL,
    active_years        integer       NOT NULL,
    inactive_years      integer       NOT NULL,
    final_disposition   varchar(20)   NOT NULL,
    disposition_note    varchar(2000),
    inactive_from       date          NOT NULL,
    disposition_due     date          NOT NULL,
    content             text          NOT NULL,
    content_hash        varchar(64)   NOT NULL,
    previous_hash       varchar(64)   NOT NULL,
    record_hash         varchar(64)   NOT NULL,
    filed_at            timestamptz   NOT NULL,
    filed_by_upn        varchar(100)  NOT NULL,
    filed_by_nip        varchar(18),
    filed_by_name       varchar(200),
    filed_acting        boolean       NOT NULL,
    UNIQUE (classification_code, file_number, item_number)
);
CREATE INDEX archive_record_case_idx ON archive_record (case_id);
CREATE INDEX archive_record_class_idx ON archive_record (classification_code varchar_pattern_ops);
CREATE INDEX archive_record_due_idx ON archive_record (disposition_due);
CREATE INDEX archive_record_inactive_idx ON archive_record (inactive_from);

CREATE FUNCTION refuse_archive_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'archive_record is append-only: % refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER archive_record_immutable BEFORE UPDATE OR DELETE ON archive_record
    FOR EACH ROW EXECUTE FUNCTION refuse_archive_record_change();
CREATE TRIGGER archive_record_no_truncate BEFORE TRUNCATE ON archive_record
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_archive_record_change();

-- The end of the chain: locked by each filing, so appends queue and no two records share a predecessor.
CREATE TABLE chain_head (
    id            integer PRIMARY KEY CHECK (id = 1),
    last_sequence bigint      NOT NULL,
    last_hash     varchar(64) NOT NULL
);
INSERT INTO chain_head VALUES (1, 0, repeat('0', 64));

-- Buku Agenda: every document that passes between officers, numbered gap-free within a year.
CREATE TABLE agenda_entry (
    id              uuid PRIMARY KEY,
    year            integer       NOT NULL,
    number          integer       NOT NULL,
    source_service  varchar(60)   NOT NULL,
    source_ref      varchar(200)  NOT NULL,
    case_id         uuid,
    direction       varchar(10)   NOT NULL,
    date            timestamptz   NOT NULL,
    from_party      varchar(200)  NOT NULL,
    to_party        varchar(200)  NOT NULL,
    document_number varchar(100),
    document_date   date,
    subject         varchar(500)  NOT NULL,
    attachments     integer       NOT NULL,
    forwarded_to    varchar(200),
    remarks         varchar(2000),
    registered_at   timestamptz   NOT NULL,
    registered_by   varchar(100)  NOT NULL,
    UNIQUE (year, number),
    UNIQUE (source_service, source_ref)
);
CREATE INDEX agenda_entry_case_idx ON agenda_entry (case_id);

CREATE TABLE agenda_counter (
    year      integer PRIMARY KEY,
    last_used integer NOT NULL
);

-- Every step is a task: who acts, when it became actionable, when it was done, against which standard.
CREATE TABLE task (
    id               uuid PRIMARY KEY,
    order_id         uuid          NOT NULL REFERENCES archive_order (id),
    case_id          uuid          NOT NULL,
    step             integer       NOT NULL,
    kind             varchar(20)   NOT NULL,
    actor_role       varchar(20)   NOT NULL,
    assignee_upn     varchar(100),
    actionable_at    timestamptz   NOT NULL,
    done_at          timestamptz,
    done_by_upn      varchar(100),
    standard_minutes integer       NOT NULL,
    output           varchar(200)  NOT NULL
);
CREATE INDEX task_order_idx ON task (order_id);
CREATE INDEX task_done_idx ON task (done_at, step) WHERE done_at IS NOT NULL;

-- Handoffs to other services, written in the same transaction as the change.
CREATE TABLE outbox_event (
    id              uuid PRIMARY KEY,
    type            varchar(60)  NOT NULL,
    aggregate_id    uuid         NOT NULL,
    payload         jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(2000),
    delivered_at    timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL;

-- Events from other services applied here, so a repeated delivery changes nothing.
CREATE TABLE applied_event (
    event_id   uuid PRIMARY KEY,
    applied_at timestamptz NOT NULL
);

-- Idempotency-Key records: a retry returns the first answer.
CREATE TABLE idempotency_record (
    principal     varchar(100) NOT NULL,
    idem_key      varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    status        integer      NOT NULL,
    body          text,
    location      varchar(500),
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_created_idx ON idempotency_record (created_at);
